/** Long-format data as CSV (UTF-8 with BOM so Excel opens Vietnamese correctly), for Power BI or a database. */
import { csvField, textSafety, type TextSafety } from '../text/safeText';
import type { DataRow } from './types';

/** The CSV's columns: ASCII names (stable: scripts and dashboards key on them) and the field each holds. */
const CSV_COLUMNS: readonly (readonly [name: string, field: keyof DataRow])[] = [
  ['period', 'period'],
  ['agency_id', 'agencyId'],
  ['agency_name', 'agencyName'],
  ['indicator_id', 'indicatorId'],
  ['indicator_name', 'indicatorName'],
  ['measure', 'measure'],
  ['value', 'value'],
  ['unit', 'unit'],
  ['status', 'status'],
  ['source', 'source'],
  ['notes', 'notes'],
];

/** The CSV text (CRLF line ends, RFC 4180 quoting, risky text prefixed with an apostrophe) and what was neutralised. */
export function dataCsv(rows: readonly DataRow[]): { text: string; safety: TextSafety } {
  const safety = textSafety();
  const lines = [CSV_COLUMNS.map(([name]) => name).join(',')];
  for (const r of rows) lines.push(CSV_COLUMNS.map(([, field]) => csvField(r[field], safety)).join(','));
  return { text: `\uFEFF${lines.join('\r\n')}\r\n`, safety };
}
