/**
 * Excel date serials → ISO dates, exactly as Excel shows them (ECMA-376 Part 1 §18.17.4.1, "Date Representation").
 * 1900 system: serial 1 is 1900-01-01, and Excel counts a 29 February 1900 that never was (serial 60) — kept from
 * Lotus 1-2-3 (https://learn.microsoft.com/en-us/troubleshoot/microsoft-365-apps/excel/wrongly-assumes-1900-is-leap-year),
 * so serials 1–59 are a day later than a count from 1899-12-30 gives, and 61 on are not. Serial 0 is shown as
 * "00/01/1900". 1904 system: serial 0 is 1904-01-01, no such bug. In a date format the day is the one the serial
 * falls in; in a date-time format the time is rounded to the second, as Excel shows it.
 */

const MS_PER_DAY = 86_400_000;
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);
/** Excel's last day, 9999-12-31, as a 1900-system serial; in the 1904 system it is 1462 less. */
const MAX_SERIAL_1900 = 2958465;
const MAX_SERIAL_1904 = MAX_SERIAL_1900 - 1462;

/** A serial as Excel shows it in a date format: an ISO date (or date-time), or null for a day no calendar has. */
export function serialToDate(serial: number, date1904: boolean, withTime: boolean): string | null {
  if (!(serial >= 0)) return null;
  // A date format shows the day the serial falls in (as INT() and DAY() count it); a time is shown to the second.
  const seconds = withTime ? Math.round(serial * 86_400) : Math.floor(serial + 1e-9) * 86_400;
  const day = Math.floor(seconds / 86_400);
  if (day > (date1904 ? MAX_SERIAL_1904 : MAX_SERIAL_1900)) return null;
  let ms: number;
  if (date1904) ms = EPOCH_1904 + day * MS_PER_DAY;
  else if (day === 0 || day === 60)
    return null; // "00/01/1900" and the fictitious 29/02/1900
  else ms = EPOCH_1900 + (day < 60 ? day + 1 : day) * MS_PER_DAY;
  const iso = new Date(ms + (seconds - day * 86_400) * 1000).toISOString();
  return withTime ? iso.slice(0, 19) : iso.slice(0, 10);
}
