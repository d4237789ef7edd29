/** xl/workbook.xml: the sheets in tab order (name, visibility, relationship id) and the date system. */
import type { SheetSnapshot } from '../../core/snapshot/types';
import { corrupt } from './abort';
import { attrLocal, parseXml } from './xml';

/** A sheet as the workbook lists it. */
export interface SheetEntry {
  name: string;
  state: SheetSnapshot['state'];
  relId: string;
}

/** What the reader needs from workbook.xml. */
export interface WorkbookInfo {
  sheets: SheetEntry[];
  /** Serial numbers count from 1904-01-01 (`<workbookPr date1904="1"/>`, old Mac workbooks). */
  date1904: boolean;
}

/** Parses workbook.xml. */
export function parseWorkbook(text: string, part: string): WorkbookInfo {
  const info: WorkbookInfo = { sheets: [], date1904: false };
  parseXml(text, part, {
    open(local, attrs) {
      if (local === 'workbookPr') info.date1904 = isTrue(attrs.date1904);
      else if (local === 'sheet') {
        const relId = attrLocal(attrs, 'id');
        if (attrs.name === undefined || relId === undefined)
          corrupt(`${part}: sheet without a name or relationship`);
        info.sheets.push({ name: attrs.name, state: sheetState(attrs.state), relId });
      }
    },
  });
  return info;
}

/** xsd:boolean: "1" or "true". */
export function isTrue(value: string | undefined): boolean {
  return value === '1' || value === 'true';
}

/** LibreOffice saves "veryHidden" as "hidden"; both are read as written. */
function sheetState(state: string | undefined): SheetSnapshot['state'] {
  return state === 'hidden' || state === 'veryHidden' ? state : 'visible';
}
