/** Long-format data as CSV (UTF-8 with BOM so Excel opens Vietnamese correctly), for Power BI or a database. */
import { csvField, textSafety, type TextSafety } from '../text/safeText';
import type { DataRow } from './types';

/** Column names of the CSV (ASCII, stable: scripts and dashboards key on them). */
export const CSV_COLUMNS = [
  'period',
  'agency_id',
  'agency_name',
  'indicator_id',
  'indicator_name',
  'measure',
  'value',
  'unit',
  'status',
  'source',
  'notes',
] as const;

/** The CSV text (CRLF line ends, RFC 4180 quoting, risky text prefixed with an apostrophe) and what was neutralised. */
export function dataCsv(rows: readonly DataRow[]): { text: string; safety: TextSafety } {
  const safety = textSafety();
  const lines = [CSV_COLUMNS.join(',')];
  for (const r of rows) {
    lines.push(
      [
        r.period,
        r.agencyId,
        r.agencyName,
        r.indicatorId,
        r.indicatorName,
        r.measure,
        r.value,
        r.unit,
        r.status,
        r.source,
        r.notes,
      ]
        .map((v) => csvField(v, safety))
        .join(','),
    );
  }
  return { text: `\uFEFF${lines.join('\r\n')}\r\n`, safety };
}
