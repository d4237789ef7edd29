/**
 * xl/styles.xml, only as far as number formats matter to values: for each cell style index (`s`), whether its number
 * format shows a date (the number is a date serial) or a percentage (the number is the fraction the user saw ×100).
 * Only the places the schema gives them count (ECMA-376 Part 1 §18.8): the format table is `<numFmts>` under
 * `<styleSheet>`, cell styles are the `<xf>` of `<cellXfs>`. A conditional format's `<dxf>` carries its own
 * `<numFmt>`, which applies only while its rule holds: read as part of the table it let a percent rule's format turn
 * dates into percentages. `<cellStyleXfs>` (named styles) and extensions are not cell formats either.
 */
import {
  builtinDateKind,
  builtinIsPercent,
  formatDateKind,
  formatIsPercent,
  type DateKind,
} from '../../core/text/numFmt';
import { NS, UNDERSTOOD } from './xml/namespaces';
import { XmlReader } from './xml/reader';
import { forEachChild, readRoot } from './xml/root';

/** What a cell style's number format means for the value. */
export interface NumberStyle {
  dateKind: DateKind;
  percent: boolean;
}

/** Number style by cell style index (the position of the `<xf>` in `<cellXfs>`). */
export type NumberStyles = readonly NumberStyle[];

/** Parses styles.xml. Custom `<numFmt>` codes override built-in ids (some writers redefine them). */
export function parseNumberStyles(text: string, part: string): NumberStyles {
  const custom = new Map<number, string>();
  const xfFormats: number[] = [];
  const r = new XmlReader(text, part, UNDERSTOOD.spreadsheet);
  readRoot(r, NS.main, 'styleSheet');
  forEachChild(r, (local, uri) => {
    if (uri !== NS.main) return;
    if (local === 'numFmts')
      forEachChild(r, (child, childUri) => {
        const id = r.attr('numFmtId');
        if (child === 'numFmt' && childUri === NS.main && id !== undefined)
          custom.set(Number(id), r.attr('formatCode') ?? '');
      });
    else if (local === 'cellXfs')
      forEachChild(r, (child, childUri) => {
        if (child === 'xf' && childUri === NS.main) xfFormats.push(Number(r.attr('numFmtId') ?? 0));
      });
  });
  return xfFormats.map((id) => {
    const code = custom.get(id);
    return code === undefined
      ? { dateKind: builtinDateKind(id), percent: builtinIsPercent(id) }
      : { dateKind: formatDateKind(code), percent: formatIsPercent(code) };
  });
}
