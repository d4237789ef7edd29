/**
 * xl/styles.xml, only as far as number formats matter to values: for each cell style index (`s`), whether its number
 * format shows a date (the number is a date serial) or a percentage (the number is the fraction the user saw ×100).
 */
import {
  builtinDateKind,
  builtinIsPercent,
  formatDateKind,
  formatIsPercent,
  type DateKind,
} from '../../core/text/numFmt';
import { parseXml } from './xml';

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
  let inCellXfs = false;
  parseXml(text, part, {
    open(local, attrs) {
      if (local === 'numFmt' && attrs.numFmtId !== undefined)
        custom.set(Number(attrs.numFmtId), attrs.formatCode ?? '');
      else if (local === 'cellXfs') inCellXfs = true;
      else if (local === 'xf' && inCellXfs) xfFormats.push(Number(attrs.numFmtId ?? 0));
    },
    close(local) {
      if (local === 'cellXfs') inCellXfs = false;
    },
  });
  return xfFormats.map((id) => {
    const code = custom.get(id);
    return code === undefined
      ? { dateKind: builtinDateKind(id), percent: builtinIsPercent(id) }
      : { dateKind: formatDateKind(code), percent: formatIsPercent(code) };
  });
}
