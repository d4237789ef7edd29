/**
 * Workbooks crafted byte by byte for what second writers never produce but the format allows (or Excel writes and
 * openpyxl does not): namespaces and markup compatibility, extension elements, conditional-format number formats,
 * the edges of Excel's 1900 date system, escapes. Each is a regression case of issue 16 and part of the differential
 * corpus.
 */
import { bookParts, buildXlsx, escapeAttr, styles, worksheet, zipParts } from '../../support/hostile';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006';
const X14 = 'http://schemas.microsoft.com/office/spreadsheetml/2009/9/main';
const X14AC = 'http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac';
const X15 = 'http://schemas.microsoft.com/office/spreadsheetml/2010/11/main';
const FOREIGN = 'urn:example:not-spreadsheetml';

/** A crafted workbook. */
export interface Crafted {
  name: string;
  bytes: Uint8Array;
}

/**
 * A 1904 workbook whose workbook.xml ends, as Excel 2013+ writes it, with `<x15:workbookPr chartTrackingRefBase>` in
 * an extension: read by local name, it reset the date system and dates came out 4 years and a day early.
 */
export function extensionWorkbookPr(): Uint8Array {
  const parts = bookParts({
    sheets: [{ name: 'Ngày', xml: worksheet('<row r="1"><c r="A1" s="1"><v>44394</v></c></row>') }],
    styles: styles([0, 14]),
  });
  parts['xl/workbook.xml'] =
    `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:mc="${MC}" mc:Ignorable="x15" xmlns:x15="${X15}">` +
    `<workbookPr date1904="1" defaultThemeVersion="166925"/><sheets><sheet name="Ngày" sheetId="1" r:id="rId1"/></sheets>` +
    `<extLst><ext uri="{140A7094-0E35-4892-8432-C4D2E57EDEB5}"><x15:workbookPr chartTrackingRefBase="1"/></ext></extLst></workbook>`;
  return zipParts(parts);
}

/** A row whose real cell A1 (1) is followed by an element of another namespace that looks like a cell. */
export function foreignCellInRow(): Uint8Array {
  const rows =
    `<row r="1"><c r="A1"><v>1</v></c><f:c r="A1" xmlns:f="${FOREIGN}"><f:v>2</f:v></f:c>` +
    `<c r="B1"><f:v xmlns:f="${FOREIGN}">9</f:v><v>3</v></c><c r="C1" f:t="s" xmlns:f="${FOREIGN}"><v>4</v></c></row>`;
  return buildXlsx({ sheets: [{ name: 'Lạ', xml: worksheet(rows) }] });
}

/**
 * Markup compatibility in sheetData: an AlternateContent whose Choice needs x14 (not understood: the Fallback's row
 * is read), one whose Choice needs only SpreadsheetML (read; its Fallback is not), an ignorable x14ac element and
 * attribute in a row, and an ignorable wrapper that mc:ProcessContent says to read through.
 */
export function markupCompatibility(): Uint8Array {
  const alt = (requires: string, choice: string, fallback: string) =>
    `<mc:AlternateContent><mc:Choice Requires="${requires}">${choice}</mc:Choice><mc:Fallback>${fallback}</mc:Fallback></mc:AlternateContent>`;
  const rows =
    `<row r="1" x14ac:dyDescent="0.25"><c r="A1"><v>1</v></c><x14ac:note r="A1"><v>99</v></x14ac:note></row>` +
    alt('x14', '<row r="2"><c r="A2"><v>14</v></c></row>', '<row r="2"><c r="A2"><v>2</v></c></row>') +
    alt('s', '<row r="3"><c r="A3"><v>3</v></c></row>', '<row r="3"><c r="A3"><v>30</v></c></row>') +
    `<v2:wrap><row r="4"><c r="A4"><v>4</v></c></row></v2:wrap>`;
  const xml =
    `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}" xmlns:s="${MAIN}" xmlns:mc="${MC}" xmlns:x14="${X14}" ` +
    `xmlns:x14ac="${X14AC}" xmlns:v2="urn:example:v2" mc:Ignorable="x14ac v2" mc:ProcessContent="v2:wrap"><sheetData>${rows}</sheetData></worksheet>`;
  return buildXlsx({ sheets: [{ name: 'MCE', xml }] });
}

/**
 * A date format (164, dd/mm/yyyy) on A1, and a conditional format whose dxf defines its own numFmt 164 as "0%":
 * read as part of the format table, the dxf turned the date into a percentage.
 */
export function dxfNumberFormat(): Uint8Array {
  const stylesXml =
    `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="${MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts>` +
    `<cellStyleXfs count="1"><xf numFmtId="10"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/></cellXfs>` +
    `<dxfs count="1"><dxf><numFmt numFmtId="164" formatCode="0%"/></dxf></dxfs></styleSheet>`;
  const sheet = worksheet(
    '<row r="1"><c r="A1" s="1"><v>45856</v></c><c r="B1"><v>0.5</v></c></row>',
  ).replace(
    '</worksheet>',
    '<conditionalFormatting sqref="A1"><cfRule type="cellIs" dxfId="0" priority="1" operator="greaterThan"><formula>0</formula></cfRule></conditionalFormatting></worksheet>',
  );
  return buildXlsx({ sheets: [{ name: 'Định dạng', xml: sheet }], styles: stylesXml });
}

/** The edges of the 1900 date system in a date format: 0, 1, 59, 60 (29/02/1900, which never was), 61, 62. */
export function leapYearBug(): Uint8Array {
  const serials = [0, 1, 59, 60, 61, 62, 60.5];
  const cells = serials.map((v, i) => `<c r="A${i + 1}" s="1"><v>${v}</v></c>`);
  const rows = cells.map((c, i) => `<row r="${i + 1}">${c}</row>`).join('');
  return buildXlsx({ sheets: [{ name: '1900', xml: worksheet(rows) }], styles: styles([0, 14]) });
}

/** Prefixed SpreadsheetML (the Open XML SDK writes `<x:c>`), inline and rich strings, CDATA, escapes, no `r`. */
export function textAndStructure(): Uint8Array {
  const rows =
    `<x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:r><x:t>Gần </x:t></x:r><x:r><x:t>đạt</x:t></x:r><x:rPh sb="0" eb="1"><x:t>bỏ</x:t></x:rPh></x:is></x:c>` +
    `<x:c r="B1" t="inlineStr"><x:is><x:t><![CDATA[<Sở & Ngành>]]></x:t></x:is></x:c>` +
    `<x:c r="C1" t="s"><x:v>0</x:v></x:c><x:c r="D1" t="s"><x:v>1</x:v></x:c><x:c r="E1" t="str"><x:f>"a"&amp;"b"</x:f><x:v>ab</x:v></x:c></x:row>` +
    `<x:row><x:c><x:v>1</x:v></x:c><x:c t="b"><x:v>1</x:v></x:c><x:c t="b"><x:v>0</x:v></x:c><x:c t="e"><x:v>#N/A</x:v></x:c></x:row>` +
    `<x:row r="5"><x:c r="A5"><x:f t="shared" ref="A5:A6" si="0">ROW()</x:f><x:v>5</x:v></x:c></x:row>` +
    `<x:row r="6"><x:c r="A6"><x:f t="shared" si="0"/><x:v>6</x:v></x:c><x:c r="B6" t="inlineStr"><x:is><x:t>dòng\r\nhai</x:t></x:is></x:c></x:row>`;
  const sst = `<?xml version="1.0" encoding="UTF-8"?><x:sst xmlns:x="${MAIN}"><x:si><x:t>Tổng_x000D_hợp</x:t></x:si><x:si><x:t xml:space="preserve">  ${escapeAttr('a < b & c')}  </x:t></x:si></x:sst>`;
  return buildXlsx({ sheets: [{ name: 'Chữ', xml: worksheet(rows, [], 'x') }], sharedStrings: sst });
}

/** A workbook in ISO/IEC 29500 Strict namespaces (Excel's "Strict Open XML Spreadsheet"). */
export function strictWorkbook(): Uint8Array {
  const strict = (s: string) =>
    s
      .replaceAll(MAIN, 'http://purl.oclc.org/ooxml/spreadsheetml/main')
      .replaceAll(
        'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
        'http://purl.oclc.org/ooxml/officeDocument/relationships',
      );
  const parts = bookParts({
    sheets: [
      {
        name: 'Strict',
        xml: worksheet('<row r="1"><c r="A1"><v>7</v></c><c r="B1" s="1"><v>45856</v></c></row>'),
      },
    ],
    styles: styles([0, 14]),
  });
  for (const [name, content] of Object.entries(parts))
    if (typeof content === 'string') parts[name] = strict(content);
  return zipParts(parts);
}

/** A text of 40,000 characters, more than an Excel cell holds (another writer made it). */
export function overlongText(): Uint8Array {
  const text = 'Giải trình '.repeat(4000).slice(0, 40_000);
  return buildXlsx({
    sheets: [
      { name: 'Dài', xml: worksheet(`<row r="1"><c r="A1" t="inlineStr"><is><t>${text}</t></is></c></row>`) },
    ],
  });
}

/** Every crafted workbook, for the differential test. */
export function craftedBooks(): Crafted[] {
  return [
    { name: 'extension-workbookpr.xlsx', bytes: extensionWorkbookPr() },
    { name: 'foreign-cell.xlsx', bytes: foreignCellInRow() },
    { name: 'markup-compatibility.xlsx', bytes: markupCompatibility() },
    { name: 'dxf-numfmt.xlsx', bytes: dxfNumberFormat() },
    { name: 'leap-year-bug.xlsx', bytes: leapYearBug() },
    { name: 'text-structure.xlsx', bytes: textAndStructure() },
    { name: 'strict.xlsx', bytes: strictWorkbook() },
    { name: 'overlong-text.xlsx', bytes: overlongText() },
  ];
}
