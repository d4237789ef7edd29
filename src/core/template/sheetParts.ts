/** Pieces every template sheet shares: the three title rows and status colouring. */
import type { CellSpec, ConditionalFormatSpec } from '../sheet/spec';

/** Title, subtitle and note rows (each merged across the sheet by the caller), padded to `width` cells. */
export function titleRows(
  width: number,
  title: string,
  subtitle: string,
  note: string,
): (CellSpec | null)[][] {
  const row = (cell: CellSpec): (CellSpec | null)[] => [cell, ...Array<null>(width - 1).fill(null)];
  return [row({ v: title, s: 'title' }), row({ v: subtitle, s: 'subtitle' }), row({ v: note, s: 'note' })];
}

/** Conditional formats that colour cells whose text is one of the given words. */
export function statusFormats(
  range: string,
  words: readonly (readonly [text: string, style: string])[],
): ConditionalFormatSpec {
  return { range, rules: words.map(([text, style]) => ({ kind: 'textEquals', text, style })) };
}
