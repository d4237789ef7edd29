/**
 * The .xlsx writer: WorkbookSpec → file bytes, with ExcelJS for cells, styles, validation, conditional formats,
 * tables, views, protection and print setup, and hand-written DrawingML for charts. No Node built-ins: the same
 * code runs in the CLI and, bundled, in a browser.
 */
import type { WorkbookSpec } from '../../core/sheet/spec';
import { checkCharts, injectCharts } from './charts/inject';
import { setDefaultFont } from './defaultFont';
import { createdDate } from './properties';
import { buildWorkbook } from './workbook';
import { closePackage, openPackage } from './zip';

/** The error writeWorkbook throws for a malformed spec. */
export { WorkbookSpecError } from './specError';

/** ExcelJS types writeBuffer as its own `Buffer` interface; at runtime it is a Node Buffer or browser bytes. */
function toBytes(raw: unknown): Uint8Array {
  if (raw instanceof Uint8Array) return raw;
  if (raw instanceof ArrayBuffer) return new Uint8Array(raw);
  throw new Error('ExcelJS writeBuffer returned neither bytes nor an ArrayBuffer');
}

/**
 * Writes the workbook described by `spec` as .xlsx bytes. Throws WorkbookSpecError when the spec is malformed
 * (a bug upstream: unknown style, overlapping validations, invalid table name, …); the same spec always gives the
 * same bytes.
 */
export async function writeWorkbook(spec: WorkbookSpec): Promise<Uint8Array> {
  checkCharts(spec);
  const wb = await buildWorkbook(spec);
  // STORE: the parts are deflated once, by closePackage, after the charts are added.
  const raw: unknown = await wb.xlsx.writeBuffer({ useSharedStrings: true, zip: { compression: 'STORE' } });
  const parts = openPackage(toBytes(raw));
  setDefaultFont(parts);
  injectCharts(parts, spec);
  return closePackage(parts, createdDate(spec));
}
