/**
 * Addresses as Office.js returns them → zero-based ranges. A range's address carries its sheet
 * ("'Chỉ tiêu'!B2:T40", quotes doubled inside a quoted name, which may itself contain "!" or ","), and a RangeAreas
 * address lists its areas separated by commas ("Sheet1!A1:B4, Sheet1!D1:D4"):
 * https://learn.microsoft.com/javascript/api/excel/excel.rangeareas#excel-excel-rangeareas-address-member
 */
import { parseRange, type CellRange } from '../core/sheet/a1';

/** One rectangle of an address, without its sheet prefix; null when it is not an A1 range (e.g. "A:A"). */
export function parseSheetAddress(address: string): CellRange | null {
  return parseRange(withoutSheet(address.trim()));
}

/** Every rectangle of a comma-separated address list; parts that are not A1 ranges are left out. */
export function parseAddressList(list: string): CellRange[] {
  const out: CellRange[] = [];
  for (const part of splitOutsideQuotes(list)) {
    const range = parseSheetAddress(part);
    if (range) out.push(range);
  }
  return out;
}

/** The part after the sheet name ("B2:T40" of "'Chỉ tiêu'!B2:T40"). */
function withoutSheet(address: string): string {
  if (address.startsWith("'")) {
    const end = closingQuote(address, 0);
    return end < 0 ? address : address.slice(end + 2);
  }
  const bang = address.lastIndexOf('!');
  return bang < 0 ? address : address.slice(bang + 1);
}

/** Index of the quote closing the quoted name that opens at `start` ('' inside is an escaped quote); -1 if none. */
function closingQuote(s: string, start: number): number {
  for (let i = start + 1; i < s.length; i++) {
    if (s[i] !== "'") continue;
    if (s[i + 1] === "'") i++;
    else return i;
  }
  return -1;
}

function splitOutsideQuotes(list: string): string[] {
  const parts: string[] = [];
  let from = 0;
  for (let i = 0; i < list.length; i++) {
    if (list[i] === "'") {
      const end = closingQuote(list, i);
      if (end < 0) break;
      i = end;
    } else if (list[i] === ',') {
      parts.push(list.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(list.slice(from));
  return parts.map((p) => p.trim()).filter((p) => p !== '');
}
