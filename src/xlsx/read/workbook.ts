/**
 * xl/workbook.xml: the sheets in tab order (name, visibility, relationship id) and the date system. Only
 * SpreadsheetML elements count, where the schema puts them (ECMA-376 Part 1 §18.2): `<workbookPr>` and `<sheets>`
 * are children of `<workbook>`. Excel 2013+ also writes `<x15:workbookPr chartTrackingRefBase="1"/>` in an
 * extension; read by local name it turned a 1904 workbook's dates into 1900 ones (4 years and a day early).
 */
import type { SheetSnapshot } from '../../core/snapshot/types';
import { NS, UNDERSTOOD } from './xml/namespaces';
import { XmlReader } from './xml/reader';
import { forEachChild, isRoot } from './xml/root';

/** A sheet as the workbook lists it. */
export interface SheetEntry {
  name: string;
  state: SheetSnapshot['state'];
  relId: string;
}

/** What the reader needs from workbook.xml. */
export interface WorkbookInfo {
  sheets: SheetEntry[];
  /**
   * Serial numbers count from 1904-01-01 (`<workbookPr date1904="1"/>`, old Mac workbooks). The `dateCompatibility`
   * attribute of later editions is not read: Excel ignores it and always uses the 1900 system with its leap-year
   * bug (https://stackoverflow.com/questions/4766244).
   */
  date1904: boolean;
}

/** Parses workbook.xml; null when its root is not a SpreadsheetML workbook (another kind of document). */
export function parseWorkbook(text: string, part: string): WorkbookInfo | null {
  const r = new XmlReader(text, part, UNDERSTOOD.spreadsheet);
  if (!isRoot(r, NS.main, 'workbook')) return null;
  const info: WorkbookInfo = { sheets: [], date1904: false };
  forEachChild(r, (local, uri) => {
    if (uri !== NS.main) return;
    if (local === 'workbookPr') info.date1904 = isTrue(r.attr('date1904'));
    else if (local === 'sheets')
      forEachChild(r, (child, childUri) => {
        if (child !== 'sheet' || childUri !== NS.main) return;
        const name = r.attr('name');
        const relId = r.attrNs(NS.rel, 'id');
        if (name === undefined || relId === undefined)
          return r.invalid('sheet without a name or relationship');
        info.sheets.push({ name, state: sheetState(r.attr('state')), relId });
      });
  });
  return info;
}

/** xsd:boolean: "1" or "true" (white space collapsed). */
export function isTrue(value: string | undefined): boolean {
  const v = value?.trim();
  return v === '1' || v === 'true';
}

/** LibreOffice saves "veryHidden" as "hidden"; both are read as written. */
function sheetState(state: string | undefined): SheetSnapshot['state'] {
  return state === 'hidden' || state === 'veryHidden' ? state : 'visible';
}
