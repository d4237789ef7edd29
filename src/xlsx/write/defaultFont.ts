/**
 * The workbook's default font (the "Normal" style, font 0 of xl/styles.xml) set to Times New Roman 11, the font of
 * every cell we write. Column widths are counted in characters of the default font (ECMA-376 Part 1, 18.3.1.13):
 * ExcelJS leaves it Calibri, which LibreOffice replaces with the much wider DejaVu Sans where Carlito is not
 * installed, so a column of 10 characters printed 70 pt wide instead of Excel's 56 pt and every sheet shrank to fit
 * (measured on LibreOffice 7.4; tests/xlsx/write/printPdf.test.ts). With Times New Roman (Liberation Serif in
 * LibreOffice, metric-compatible) both print a character 5.25–5.5 pt wide, and core's print scale holds for both.
 * ExcelJS has no option for it (lib/xlsx/xform/style/styles-xform.js adds Calibri itself), so the part is edited.
 */
import { strFromU8, strToU8 } from 'fflate';
import type { Parts } from './charts/opc';
import { BODY_FONT_SIZE } from '../../core/sheet/print';
import { FONT_NAME } from './styles';

const STYLES_PART = 'xl/styles.xml';

/** Replaces the first <font> of <fonts> (the default font) with Times New Roman at the body size. */
export function setDefaultFont(parts: Parts): void {
  const bytes = parts[STYLES_PART];
  if (!bytes) throw new Error(`${STYLES_PART} missing from the package ExcelJS wrote`);
  const xml = strFromU8(bytes);
  const fonts = xml.indexOf('<fonts');
  const start = xml.indexOf('<font>', fonts);
  const end = xml.indexOf('</font>', start);
  if (fonts < 0 || start < 0 || end < 0) throw new Error(`${STYLES_PART} has no default font`);
  const font = `<font><sz val="${BODY_FONT_SIZE}"/><color theme="1"/><name val="${FONT_NAME}"/><family val="1"/></font>`;
  parts[STYLES_PART] = strToU8(xml.slice(0, start) + font + xml.slice(end + '</font>'.length));
}
