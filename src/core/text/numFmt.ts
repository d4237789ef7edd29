/**
 * Which number formats show a date or a time, so numbers in them are read as dates, and which show a percentage, so a
 * fraction in them is what the user saw ×100 (ECMA-376 Part 1 §18.8.30).
 */

/** What a number format shows: a date, a date/time (or a time), or neither. */
export type DateKind = 'date' | 'datetime' | null;

/**
 * Built-in format ids without a `<numFmt>` in styles.xml: 14–17 dates, 18–21 times, 22 date-time, 27–36 and 50–58
 * East Asian dates, 45–47 minutes/seconds (§18.8.30 lists 0–49; 50–58 are the CJK ones Excel also writes).
 */
export function builtinDateKind(id: number): DateKind {
  if ((id >= 14 && id <= 17) || (id >= 27 && id <= 36) || (id >= 50 && id <= 58)) return 'date';
  if ((id >= 18 && id <= 22) || (id >= 45 && id <= 47)) return 'datetime';
  return null;
}

/**
 * A custom format code shows a date when a d/m/y/h/s token is left after removing quoted text, [brackets] (colours,
 * locales, conditions — and elapsed [h]), backslash-escaped characters, `_x` spacers, `*x` fills and "General".
 */
export function formatDateKind(code: string): DateKind {
  const bare = withoutLiterals(code).replace(/general/gi, '');
  if (!/[dmyhs]/i.test(bare)) return null;
  return /[hs]/i.test(bare) || /AM\/PM|A\/P/i.test(bare) ? 'datetime' : 'date';
}

/** Built-in percent formats without a `<numFmt>` in styles.xml: 9 is "0%", 10 is "0.00%" (§18.8.30). */
export function builtinIsPercent(id: number): boolean {
  return id === 9 || id === 10;
}

/**
 * A format code shows numbers ×100 with a percent sign when a `%` is left after removing quoted text, [brackets] and
 * backslash-escaped characters (`"%"` and `\%` are literal signs that do not scale the value).
 */
export function formatIsPercent(code: string): boolean {
  return withoutLiterals(code).includes('%');
}

/** A format code without what only decorates it: quoted text, [brackets], backslash escapes, `_x` and `*x`. */
function withoutLiterals(code: string): string {
  return code
    .replace(/"[^"]*"/g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/[\\_*]./g, '');
}
