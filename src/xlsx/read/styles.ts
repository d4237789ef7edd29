/** xl/styles.xml, only as far as dates go: for each cell style index (`s`), whether its number format is a date. */
import { builtinDateKind, formatDateKind, type DateKind } from '../../core/text/numFmt';
import { parseXml } from './xml';

/** Date kind by cell style index (the position of the `<xf>` in `<cellXfs>`). */
export type DateStyles = readonly DateKind[];

/** Parses styles.xml. Custom `<numFmt>` codes override built-in ids (some writers redefine them). */
export function parseDateStyles(text: string, part: string): DateStyles {
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
    return code === undefined ? builtinDateKind(id) : formatDateKind(code);
  });
}
