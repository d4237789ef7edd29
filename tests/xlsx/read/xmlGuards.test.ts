/** Every XML part is checked as text before parsing (no DTD, valid UTF-8) and must be well-formed. */
import { strToU8 } from 'fflate';
import {
  billionLaughs,
  bookParts,
  buildXlsx,
  malformedXml,
  sharedStrings,
  workbookMissing,
  worksheet,
  zipParts,
} from '../../support/hostile';
import { rejected, snapshotOf } from './expect';

describe('DTDs', () => {
  it.each(['xl/workbook.xml', 'xl/worksheets/sheet1.xml', '_rels/.rels'])(
    'refuses a DTD (billion laughs) in %s, naming the part',
    (part) => {
      expect(rejected(billionLaughs(part), 'FILE_DTD').params).toEqual({ part });
    },
  );

  it('refuses a DTD in the shared strings', () => {
    const sst = sharedStrings(['<t>a</t>']).replace('?>', '?><!DOCTYPE sst [<!ENTITY x "y">]>');
    const bytes = buildXlsx({ sheets: [{ name: 'A', xml: worksheet('') }], sharedStrings: sst });
    expect(rejected(bytes, 'FILE_DTD').params).toEqual({ part: 'xl/sharedStrings.xml' });
  });
});

describe('malformed parts', () => {
  it('calls a sheet with an unclosed tag corrupt, naming the part', () => {
    expect(rejected(malformedXml(), 'FILE_CORRUPT').params?.reason).toMatch(
      /^xl\/worksheets\/sheet1\.xml: malformed XML/,
    );
  });

  it('calls an undefined entity corrupt', () => {
    const bytes = buildXlsx({
      sheets: [
        { name: 'A', xml: worksheet('<row r="1"><c r="A1" t="inlineStr"><is><t>&lol;</t></is></c></row>') },
      ],
    });
    rejected(bytes, 'FILE_CORRUPT');
  });

  it('calls text that is not UTF-8 corrupt', () => {
    const parts = bookParts({ sheets: [{ name: 'A', xml: '' }] });
    const xml = strToU8(worksheet('<row r="1"><c r="A1" t="inlineStr"><is><t>XX</t></is></c></row>'));
    xml.set([0xc3, 0x28], new TextDecoder().decode(xml).indexOf('XX'));
    parts['xl/worksheets/sheet1.xml'] = xml;
    expect(rejected(zipParts(parts), 'FILE_CORRUPT').params?.reason).toMatch(/not valid UTF-8/);
  });

  it('reads a part written in UTF-16 with a byte order mark', () => {
    const parts = bookParts({ sheets: [{ name: 'A', xml: '' }] });
    const text = worksheet('<row r="1"><c r="A1" t="inlineStr"><is><t>Đạt</t></is></c></row>').replace(
      'UTF-8',
      'UTF-16',
    );
    const utf16 = new Uint8Array(2 + text.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++)
      new DataView(utf16.buffer).setUint16(2 + i * 2, text.charCodeAt(i), true);
    parts['xl/worksheets/sheet1.xml'] = utf16;
    expect(snapshotOf(zipParts(parts)).sheets[0]?.rows).toEqual([[{ t: 's', v: 'Đạt' }]]);
  });
});

describe('missing workbook', () => {
  it('calls an OOXML package without xl/workbook.xml corrupt', () => {
    expect(rejected(workbookMissing(), 'FILE_CORRUPT').params?.reason).toBe('missing xl/workbook.xml');
  });

  it('says an OpenDocument spreadsheet renamed .xlsx is not an .xlsx', () => {
    const ods = zipParts(
      {
        mimetype: 'application/vnd.oasis.opendocument.spreadsheet',
        'content.xml': '<office:document-content/>',
      },
      0,
    );
    rejected(ods, 'FILE_NOT_XLSX');
  });

  it('says a Word document renamed .xlsx is not an .xlsx', () => {
    const docx = zipParts({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document/>' });
    rejected(docx, 'FILE_NOT_XLSX');
  });

  it('calls a sheet listed in workbook.xml but missing from the zip corrupt', () => {
    const bytes = buildXlsx({
      sheets: [{ name: 'A', xml: worksheet('') }],
      omit: ['xl/worksheets/sheet1.xml'],
    });
    expect(rejected(bytes, 'FILE_CORRUPT').params?.reason).toMatch(
      /missing part xl\/worksheets\/sheet1\.xml/,
    );
  });
});
