/** Calendar dates as ISO strings ("YYYY-MM-DD") and Excel serial numbers, without time zones. */

const MS_PER_DAY = 86400000;
/** Excel's 1900 date system counts from 1899-12-30 for every date after 1900-02-28 (the 1900 leap-year bug). */
const EPOCH_1900 = Date.UTC(1899, 11, 30);
/** The 1904 date system (old Mac workbooks) counts from 1904-01-01. */
const EPOCH_1904 = Date.UTC(1904, 0, 1);

/** True for a real calendar date written "YYYY-MM-DD". */
export function isIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** Builds "YYYY-MM-DD" from parts (month 1–12); null when the day does not exist. */
export function isoFromParts(year: number, month: number, day: number): string | null {
  const s = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isIsoDate(s) ? s : null;
}

/** ISO date → Excel serial (1900 system). */
export function isoToSerial(iso: string): number {
  return Math.round((Date.parse(`${iso}T00:00:00Z`) - EPOCH_1900) / MS_PER_DAY);
}

/** Excel serial → ISO date (the day part; a time of day is dropped). */
export function serialToIso(serial: number, date1904 = false): string {
  const epoch = date1904 ? EPOCH_1904 : EPOCH_1900;
  return new Date(epoch + Math.floor(serial + 1e-9) * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Excel serial → ISO date-time (UTC, no zone suffix). */
export function serialToIsoDateTime(serial: number, date1904 = false): string {
  const epoch = date1904 ? EPOCH_1904 : EPOCH_1900;
  return new Date(epoch + Math.round(serial * MS_PER_DAY)).toISOString().slice(0, 19);
}

/** Whole days from `a` to `b` (positive when b is later). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / MS_PER_DAY);
}

/** "2025-07-18" → "18/07/2025", the way Vietnamese documents write dates. */
export function formatDateVi(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

/**
 * Parses a date typed as text: "18/7/2025", "18-07-2025", "18.07.2025" (day first, as in Vietnam) or ISO
 * "2025-07-18". Returns null when it is not a real date.
 */
export function parseDateText(raw: string): string | null {
  const s = raw.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/.exec(s);
  if (iso) return isoFromParts(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  if (dmy) return isoFromParts(Number(dmy[3]), Number(dmy[2]), Number(dmy[1]));
  return null;
}

/** A zone suffix ("Z", "+07:00", "-0530") as minutes east of UTC; null when its hours or minutes cannot be. */
function zoneMinutes(zone: string): number | null {
  if (zone.toUpperCase() === 'Z') return 0;
  const hours = Number(zone.slice(1, 3));
  const minutes = Number(zone.slice(-2));
  if (hours > 23 || minutes > 59) return null;
  return (zone.startsWith('-') ? -1 : 1) * (hours * 60 + minutes);
}

/**
 * An ISO 8601 date-time ("2025-07-17T12:00:00+07:00", "…T05:00:00Z", "…T05:00:00.5Z", "…T05:00" or a date alone) as
 * the instant it names, in ms since 1970 — so times written in different zones compare as points in time. A time
 * without a zone is UTC (the zone Office files store: ECMA-376 Part 2 §11.1, dcterms:modified in W3CDTF); null when
 * the text is not such a date-time or names a day, hour or zone that cannot be.
 */
export function instantOf(text: string): number | null {
  const m =
    /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i.exec(
      text.trim(),
    );
  if (!m) return null;
  const [, y, mo, d, h = '0', mi = '0', s = '0', fraction = '', zone = 'Z'] = m;
  const date = isoFromParts(Number(y), Number(mo), Number(d));
  const offset = zoneMinutes(zone);
  if (!date || offset === null || Number(h) > 23 || Number(mi) > 59 || Number(s) > 59) return null;
  const seconds = (Number(h) * 60 + Number(mi) - offset) * 60 + Number(s);
  return Date.parse(`${date}T00:00:00Z`) + seconds * 1000 + Math.round(Number(`0${fraction}`) * 1000);
}

/** Vietnam's offset from UTC in minutes: UTC+7 all year (no daylight saving since 1975). */
const VIETNAM_OFFSET_MINUTES = 7 * 60;

/**
 * An ISO 8601 date-time as a person in Vietnam reads it: "10:22 ngày 02/12/2026" in Vietnam time (UTC+7); the
 * text itself when it is not a date-time (nothing the user gave is dropped).
 */
export function localDateTimeVi(text: string): string {
  const instant = instantOf(text);
  if (instant === null) return text;
  const t = new Date(instant + VIETNAM_OFFSET_MINUTES * 60000);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(t.getUTCHours())}:${two(t.getUTCMinutes())} ngày ${two(t.getUTCDate())}/${two(t.getUTCMonth() + 1)}/${t.getUTCFullYear()}`;
}
