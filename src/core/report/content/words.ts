/**
 * How the report writes figures and lists, the Vietnamese way (docs/report.md, "Content"): 4.480,9; 20,6 % with a
 * no-break space before the sign; a change as "tăng 0,3 điểm phần trăm"; names joined by commas. Every number the
 * report prints goes through here, so a test can write the consolidation's figures the same way and find them.
 */
import type { Indicator } from '../../plan/schema';
import type { Reference } from '../../verdict';
import { formatDateVi } from '../../text/dates';

/** The no-break space before "%" (a line never starts with the sign). */
export const NBSP = '\u00a0';

const ONE_DECIMAL = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });
const WHOLE = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 });

/** A number with at most one decimal (4.480,9; 20,6; 100), never "-0". */
export function numberText(n: number): string {
  const text = ONE_DECIMAL.format(n);
  return /^-0(,0)?$/.test(text) ? '0' : text;
}

/** A whole number (a count of agencies, days, tasks): 1.309. */
export function countText(n: number): string {
  return WHOLE.format(n);
}

/** A percentage: "20,6 %". */
export function percentText(n: number): string {
  return `${numberText(n)}${NBSP}%`;
}

/** A value in the indicator's unit: "4.480,9 tỷ đồng", "29,6 %", "10 tỉnh" (counts whole). */
export function valueText(ind: Pick<Indicator, 'unit' | 'measure'>, n: number): string {
  if (ind.unit === '%') return percentText(n);
  return `${ind.measure === 'count' ? countText(n) : numberText(n)} ${ind.unit}`;
}

/**
 * The change from `before` to `now` in the indicator's unit: "tăng 300,5 tỷ đồng", "giảm 0,4 điểm phần trăm" (a
 * rate changes by points, not by per cent), "không đổi" when it rounds to nothing.
 */
export function changeText(ind: Pick<Indicator, 'unit' | 'measure'>, before: number, now: number): string {
  const diff = now - before;
  const size = ind.measure === 'count' ? countText(Math.abs(diff)) : numberText(Math.abs(diff));
  if (size === '0') return 'không đổi';
  const unit = ind.unit === '%' ? 'điểm phần trăm' : ind.unit;
  return `${diff > 0 ? 'tăng' : 'giảm'} ${size} ${unit}`;
}

/** "tháng 7/2025" for "2025-07". */
export function monthWords(period: string): string {
  return `tháng ${Number(period.slice(5))}/${period.slice(0, 4)}`;
}

/** "tháng 7 năm 2025" for "2025-07" (the title's way). */
export function monthYearWords(period: string): string {
  return `tháng ${Number(period.slice(5))} năm ${period.slice(0, 4)}`;
}

/** A date as the body writes it: 14/07/2025. */
export function dateText(iso: string): string {
  return formatDateVi(iso);
}

/** What a verdict was judged against: "kế hoạch năm (8 %)", "mốc 30/06/2025 (50 %)", "mốc 31/05/2025 đã qua (100 %)". */
export function referenceWords(ind: Pick<Indicator, 'unit' | 'measure'>, ref: Reference): string {
  const value = valueText(ind, ref.value);
  if (ref.kind === 'annual') return `kế hoạch năm (${value})`;
  const label = ref.label ? `, ${ref.label}` : '';
  const passed = ref.kind === 'passedMilestone' ? ' đã qua' : '';
  return `mốc ${dateText(ref.date)}${passed} (${value}${label})`;
}

/** Names joined as a list: "A", "A và B", "A, B và C". */
export function listWords(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} và ${items[items.length - 1]}`;
}

/** Text an agency wrote, cleaned for quoting: inner whitespace collapsed, no final full stop doubled. */
export function quoted(text: string): string {
  return `“${text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.;,]+$/, '')}”`;
}

/** The first letter in lower case, unless the first word is an abbreviation ("Nhiệm vụ" → "nhiệm vụ"; "KT-XH" kept). */
export function lowerFirst(text: string): string {
  const [first, second] = [...text];
  if (!first || !second || second !== second.toLocaleLowerCase('vi')) return text;
  return first.toLocaleLowerCase('vi') + text.slice(first.length);
}
