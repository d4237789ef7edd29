/**
 * Generators of .xlsx files, good and hostile, built byte-exactly (fflate `zipSync`, or a raw zip writer where the
 * hostility is in the zip itself), so each reader guard is specified by a file that exercises exactly it.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';
import zlib from 'node:zlib';

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const NS_R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** One sheet of a hand-built workbook. */
export interface SheetDef {
  name: string;
  /** The whole worksheet part (see `worksheet()`). */
  xml: string;
  state?: 'hidden' | 'veryHidden';
  /** Part name; default "xl/worksheets/sheet<n>.xml". */
  path?: string;
  /** Relationship target as written in workbook.xml.rels; default relative to xl/. */
  target?: string;
}

/** A hand-built workbook: raw XML parts, defaults for the rest. */
export interface BookDef {
  sheets: SheetDef[];
  /** The whole sharedStrings part. */
  sharedStrings?: string;
  /** The whole styles part. */
  styles?: string;
  /** Attributes of `<workbookPr>`, e.g. `date1904="1"`. */
  workbookPr?: string;
  /** The whole docProps/core.xml part. */
  core?: string;
  /** Extra or replacing parts. */
  parts?: Record<string, string | Uint8Array>;
  /** Parts to leave out. */
  omit?: string[];
  /** Replaces workbook.xml entirely. */
  workbookXml?: string;
}

/** A worksheet part: rows (`<row>` elements as XML) and merges. */
export function worksheet(rowsXml: string, merges: readonly string[] = [], prefix = ''): string {
  const p = prefix ? `${prefix}:` : '';
  const xmlns = prefix ? `xmlns:${prefix}="${NS}"` : `xmlns="${NS}"`;
  const mergeXml = merges.length
    ? `<${p}mergeCells count="${merges.length}">${merges.map((m) => `<${p}mergeCell ref="${m}"/>`).join('')}</${p}mergeCells>`
    : '';
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${p}worksheet ${xmlns} xmlns:r="${NS_R}"><${p}sheetData>${rowsXml}</${p}sheetData>${mergeXml}</${p}worksheet>`;
}

/** Shared strings part from raw `<si>` contents. */
export function sharedStrings(items: readonly string[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${NS}" count="${items.length}" uniqueCount="${items.length}">${items.map((i) => `<si>${i}</si>`).join('')}</sst>`;
}

/** Styles part whose cellXfs use these number format ids, with these custom formats. */
export function styles(xfNumFmtIds: readonly number[], custom: Record<number, string> = {}): string {
  const fmts = Object.entries(custom);
  const numFmts = fmts.length
    ? `<numFmts count="${fmts.length}">${fmts.map(([id, code]) => `<numFmt numFmtId="${id}" formatCode="${escapeAttr(code)}"/>`).join('')}</numFmts>`
    : '';
  return `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="${NS}">${numFmts}<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs><cellXfs count="${xfNumFmtIds.length}">${xfNumFmtIds.map((id) => `<xf numFmtId="${id}" applyNumberFormat="1"/>`).join('')}</cellXfs></styleSheet>`;
}

/** Text as an XML attribute value. */
export function escapeAttr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
}

/** The parts of a workbook (before zipping), so tests can alter one. */
export function bookParts(def: BookDef): Record<string, string | Uint8Array> {
  const parts: Record<string, string | Uint8Array> = {};
  const sheetPaths = def.sheets.map((s, i) => s.path ?? `xl/worksheets/sheet${i + 1}.xml`);
  parts['[Content_Types].xml'] =
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
    `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
    sheetPaths
      .map(
        (p) =>
          `<Override PartName="/${p}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
      )
      .join('') +
    // Readers that find parts by content type (openpyxl) need these; ours follows the relationships.
    (def.sharedStrings
      ? `<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>`
      : '') +
    (def.styles
      ? `<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>`
      : '') +
    `</Types>`;
  parts['_rels/.rels'] =
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/>` +
    (def.core
      ? `<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>`
      : '') +
    `</Relationships>`;
  parts['xl/workbook.xml'] =
    def.workbookXml ??
    `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${NS}" xmlns:r="${NS_R}"><workbookPr ${def.workbookPr ?? ''}/><sheets>` +
      def.sheets
        .map(
          (s, i) =>
            `<sheet name="${s.name}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ''} r:id="rId${i + 1}"/>`,
        )
        .join('') +
      `</sheets></workbook>`;
  const rels = def.sheets.map(
    (s, i) =>
      `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="${s.target ?? (sheetPaths[i] as string).replace(/^xl\//, '')}"/>`,
  );
  if (def.sharedStrings)
    rels.push(`<Relationship Id="rIdS" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`);
  if (def.styles) rels.push(`<Relationship Id="rIdT" Type="${REL}/styles" Target="styles.xml"/>`);
  parts['xl/_rels/workbook.xml.rels'] =
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`;
  def.sheets.forEach((s, i) => (parts[sheetPaths[i] as string] = s.xml));
  if (def.sharedStrings) parts['xl/sharedStrings.xml'] = def.sharedStrings;
  if (def.styles) parts['xl/styles.xml'] = def.styles;
  if (def.core) parts['docProps/core.xml'] = def.core;
  Object.assign(parts, def.parts ?? {});
  for (const p of def.omit ?? []) delete parts[p];
  return parts;
}

/** Zips parts (deflated unless `level: 0`). */
export function zipParts(parts: Record<string, string | Uint8Array>, level: 0 | 1 | 6 | 9 = 6): Uint8Array {
  const files: Zippable = {};
  for (const [name, content] of Object.entries(parts))
    files[name] = typeof content === 'string' ? strToU8(content) : content;
  return zipSync(files, { level });
}

/** A whole .xlsx from a definition. */
export function buildXlsx(def: BookDef, level: 0 | 1 | 6 | 9 = 6): Uint8Array {
  return zipParts(bookParts(def), level);
}

/** `<row>` XML with numbers 1..cols in each of `rows` rows (a small, ordinary sheet). */
export function numberRows(rows: number, cols: number): string {
  let xml = '';
  for (let r = 1; r <= rows; r++) {
    xml += `<row r="${r}">`;
    for (let c = 0; c < cols; c++) xml += `<c r="${colName(c)}${r}"><v>${r * 100 + c}</v></c>`;
    xml += '</row>';
  }
  return xml;
}

/** Zero-based column → letters. */
export function colName(c: number): string {
  let n = c + 1;
  let s = '';
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** A small good workbook (the file read after hostile ones, to show the batch goes on). */
export function goodXlsx(): Uint8Array {
  return buildXlsx({
    sheets: [
      {
        name: 'Chỉ tiêu',
        xml: worksheet(
          `<row r="1"><c r="A1" t="inlineStr"><is><t>Sở Xây dựng</t></is></c><c r="B1"><v>42</v></c></row>`,
        ),
      },
    ],
  });
}

// ---- hostile files ----

/** One merged range over the whole grid, A1:XFD1048576 (17 billion cells), in a file of about 1 KB. */
export function hugeMerge(): Uint8Array {
  return buildXlsx({
    sheets: [{ name: 'Gộp', xml: worksheet(`<row r="1"><c r="A1"><v>1</v></c></row>`, ['A1:XFD1048576']) }],
  });
}

/** `count` small merges (A1:B1, A2:B2, …): ExcelJS needed minutes for 50,000. */
export function manyMerges(count = 50_000): Uint8Array {
  const merges = Array.from({ length: count }, (_, i) => `A${i + 1}:B${i + 1}`);
  return buildXlsx({
    sheets: [{ name: 'Gộp', xml: worksheet(`<row r="1"><c r="A1"><v>1</v></c></row>`, merges) }],
  });
}

/** A sheet of `cells` cells (100 per row). */
export function manyCells(cells = 300_000): Uint8Array {
  const cols = 100;
  let rows = '';
  for (let r = 1; r <= Math.ceil(cells / cols); r++) {
    rows += `<row r="${r}">`;
    for (let c = 0; c < Math.min(cols, cells - (r - 1) * cols); c++)
      rows += `<c r="${colName(c)}${r}"><v>1</v></c>`;
    rows += '</row>';
  }
  return buildXlsx({ sheets: [{ name: 'Lớn', xml: worksheet(rows) }] }, 1);
}

/** The classic "billion laughs" entity expansion, in a DTD inside `part` (default workbook.xml). */
export function billionLaughs(part = 'xl/workbook.xml'): Uint8Array {
  const entities = ['<!ENTITY lol "lol">'];
  for (let i = 1; i <= 9; i++)
    entities.push(`<!ENTITY lol${i} "${`&lol${i === 1 ? '' : i - 1};`.repeat(10)}">`);
  const dtd = `<?xml version="1.0"?>\n<!DOCTYPE lolz [\n${entities.join('\n')}\n]>\n`;
  const def: BookDef = {
    sheets: [
      { name: 'A', xml: worksheet(`<row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row>`) },
    ],
  };
  const parts = bookParts(def);
  const original = parts[part];
  if (typeof original !== 'string') throw new Error(`no part ${part}`);
  parts[part] = original.replace(/^<\?xml[^>]*\?>\s*/, dtd);
  return zipParts(parts);
}

/** A CSV export renamed .xlsx. */
export function csvAsXlsx(): Uint8Array {
  return strToU8('Mã;Chỉ tiêu;Thực hiện\nCT01;Tỷ lệ đô thị hóa;45,2\n');
}

/** An OLE compound file: an .xlsx encrypted with an opening password (it holds an "EncryptedPackage" stream). */
export function oleEncrypted(): Uint8Array {
  return oleFile(['EncryptionInfo', 'EncryptedPackage']);
}

/** An OLE compound file without an "EncryptedPackage" stream: a legacy .xls. */
export function oleXls(): Uint8Array {
  return oleFile(['Workbook', '\u0005SummaryInformation']);
}

function oleFile(streams: readonly string[]): Uint8Array {
  const out = new Uint8Array(4096);
  out.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  // Directory entries (128 bytes each) begin with the name in UTF-16LE.
  streams.forEach((name, i) => {
    for (let j = 0; j < name.length; j++) out[1024 + i * 128 + j * 2] = name.charCodeAt(j);
  });
  return out;
}

/** A good workbook plus `extra` tiny entries (1001 by default: over the entry limit). */
export function tooManyEntries(extra = 1001): Uint8Array {
  const parts = bookParts({ sheets: [{ name: 'A', xml: worksheet('') }] });
  for (let i = 0; i < extra; i++) parts[`xl/media/image${i}.png`] = new Uint8Array([i & 0xff]);
  return zipParts(parts);
}

/** A good workbook cut short, as a failed upload or download leaves it. */
export function truncated(): Uint8Array {
  const whole = buildXlsx({ sheets: [{ name: 'A', xml: worksheet(numberRows(50, 10)) }] });
  return whole.slice(0, Math.floor(whole.length * 0.6));
}

/** An OOXML package whose xl/workbook.xml is missing. */
export function workbookMissing(): Uint8Array {
  return buildXlsx({ sheets: [{ name: 'A', xml: worksheet('') }], omit: ['xl/workbook.xml'] });
}

/** A sheet with an unclosed tag. */
export function malformedXml(): Uint8Array {
  return buildXlsx({ sheets: [{ name: 'A', xml: worksheet('<row r="1"><c r="A1"><v>1</v></row>') }] });
}

/** A good workbook stored (not deflated) with one byte of a sheet changed after the CRC was computed. */
export function badCrc(): Uint8Array {
  const bytes = buildXlsx(
    { sheets: [{ name: 'A', xml: worksheet('<row r="1"><c r="A1"><v>12345</v></c></row>') }] },
    0,
  );
  const at = Buffer.from(bytes).indexOf('12345');
  bytes[at] = '9'.charCodeAt(0);
  return bytes;
}

// ---- zip bombs: the zip itself is the weapon, so it is written by hand ----

/** One entry for rawZip: compressed data with declared values, or sharing the local header of an earlier entry. */
export interface RawEntry {
  name: string;
  data: Uint8Array;
  method: number;
  crc: number;
  /** Declared inflated size. */
  size: number;
  /** Index of an earlier entry whose local header and data this one points at (overlapping entries). */
  sameDataAs?: number;
}

/** A zip written field by field (APPNOTE 4.3.7, 4.3.12, 4.3.16), so declared sizes can say anything. */
export function rawZip(entries: readonly RawEntry[]): Uint8Array {
  const chunks: Uint8Array[] = [];
  const offsets: number[] = [];
  let pos = 0;
  entries.forEach((e, i) => {
    if (e.sameDataAs !== undefined) {
      offsets[i] = offsets[e.sameDataAs] as number;
      return;
    }
    const name = strToU8(e.name);
    const h = new DataView(new ArrayBuffer(30));
    h.setUint32(0, 0x04034b50, true);
    h.setUint16(4, 20, true);
    h.setUint16(8, e.method, true);
    h.setUint32(14, e.crc, true);
    h.setUint32(18, e.data.length, true);
    h.setUint32(22, e.size, true);
    h.setUint16(26, name.length, true);
    offsets[i] = pos;
    chunks.push(new Uint8Array(h.buffer), name, e.data);
    pos += 30 + name.length + e.data.length;
  });
  const cdStart = pos;
  entries.forEach((e, i) => {
    const name = strToU8(e.name);
    const h = new DataView(new ArrayBuffer(46));
    h.setUint32(0, 0x02014b50, true);
    h.setUint16(4, 20, true);
    h.setUint16(6, 20, true);
    h.setUint16(10, e.method, true);
    h.setUint32(16, e.crc, true);
    h.setUint32(20, e.data.length, true);
    h.setUint32(24, e.size, true);
    h.setUint16(28, name.length, true);
    h.setUint32(42, offsets[i] as number, true);
    chunks.push(new Uint8Array(h.buffer), name);
    pos += 46 + name.length;
  });
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, entries.length, true);
  end.setUint16(10, entries.length, true);
  end.setUint32(12, pos - cdStart, true);
  end.setUint32(16, cdStart, true);
  chunks.push(new Uint8Array(end.buffer));
  return Buffer.concat(chunks);
}

/**
 * A deflate stream of `mb` MB of spaces, about 1 KB per MB: one MB deflated with a sync flush (so it ends on a byte
 * boundary) repeated — back-references across copies still point at spaces — then an empty final block.
 */
export function spacesKernel(mb: number): { data: Uint8Array; size: number; crc: number } {
  const oneMb = Buffer.alloc(1 << 20, 0x20);
  const unit = zlib.deflateRawSync(oneMb, { level: 9, finishFlush: zlib.constants.Z_SYNC_FLUSH });
  const oneCrc = zlib.crc32(oneMb);
  let crc = 0;
  for (let i = 0; i < mb; i++) crc = i === 0 ? oneCrc : zlib.crc32(oneMb, crc);
  return {
    data: Buffer.concat([...Array.from({ length: mb }, () => unit), Buffer.from([0x03, 0x00])]),
    size: mb << 20,
    crc,
  };
}

/** The zip of a workbook whose parts are given as raw entries after the ordinary small ones. */
function bombBook(
  sheetEntries: (kernel: ReturnType<typeof spacesKernel>) => RawEntry[],
  mb: number,
): Uint8Array {
  const kernel = spacesKernel(mb);
  const sheets = sheetEntries(kernel);
  const small = bookParts({ sheets: sheets.map((s, i) => ({ name: `S${i + 1}`, xml: '', path: s.name })) });
  const entries: RawEntry[] = Object.entries(small)
    .filter(([name]) => !sheets.some((s) => s.name === name))
    .map(([name, content]) => {
      const data = typeof content === 'string' ? strToU8(content) : content;
      return { name, data, method: 0, crc: zlib.crc32(data), size: data.length };
    });
  return rawZip([
    ...entries,
    ...sheets.map((s) => ({
      ...s,
      sameDataAs: s.sameDataAs === undefined ? undefined : entries.length + s.sameDataAs,
    })),
  ]);
}

/** Four sheet entries whose central-directory records all point at the first one's data. */
function fourSheetsSharingOneEntry(k: ReturnType<typeof spacesKernel>): RawEntry[] {
  return [0, 1, 2, 3].map((i) => ({
    name: `xl/worksheets/sheet${i + 1}.xml`,
    data: k.data,
    method: 8,
    crc: k.crc,
    size: k.size,
    ...(i ? { sameDataAs: 0 } : {}),
  }));
}

/**
 * About 300 KB that inflates to 1.2 GB: four sheets declaring 300 MB each, honestly, all pointing at the same 300 KB of
 * deflated spaces (the measured ExcelJS case was 312 KB → more than 1 GB).
 */
export function zipBomb(): Uint8Array {
  return bombBook(fourSheetsSharingOneEntry, 300);
}

/** About 300 KB whose one sheet declares 10 KB but inflates to 300 MB: only counting while inflating catches it. */
export function zipBombLying(): Uint8Array {
  return bombBook(
    (k) => [{ name: 'xl/worksheets/sheet1.xml', data: k.data, method: 8, crc: k.crc, size: 10 * 1024 }],
    300,
  );
}

/** Four sheets sharing one 1 MB-declared entry: each within every size limit, together the overlapping-entries trick. */
export function zipOverlap(): Uint8Array {
  return bombBook(fourSheetsSharingOneEntry, 1);
}

/** A sheet compressed with a method the reader does not support (12, bzip2). */
export function unsupportedMethod(): Uint8Array {
  return bombBook(
    () => [{ name: 'xl/worksheets/sheet1.xml', data: strToU8('BZh9'), method: 12, crc: 0, size: 100 }],
    1,
  );
}
