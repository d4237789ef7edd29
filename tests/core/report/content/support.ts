/**
 * What the content tests share: a month of the test plan consolidated from agencies' files (the month before too,
 * when asked), its record and data as the workbook keeps them, the report built from them, and the report's text
 * read back from the model — one line per paragraph, heading, table row or figure bar.
 */
import { consolidate } from '../../../../src/core/consolidate/consolidate';
import { accumulateData } from '../../../../src/core/consolidate/data';
import { monthRecord, type MonthRecord } from '../../../../src/core/consolidate/record';
import type { Consolidation, DataRow, SubmissionInput } from '../../../../src/core/consolidate/types';
import { sha256Hex } from '../../../../src/core/plan/hash';
import type { Plan } from '../../../../src/core/plan/schema';
import type { Block, DocumentModel, TableBlock } from '../../../../src/core/report';
import { textOf } from '../../../../src/core/report';
import { monthlyReport } from '../../../../src/core/report/content';
import type { WorkbookSnapshot } from '../../../../src/core/snapshot/types';
import { validate } from '../../../../src/core/validate';
import { cleanSubmission } from '../../../support/snapshots';

/** An agency's file for a month, edited. */
export function sent(
  plan: Plan,
  agencyId: string,
  period: string,
  edit: (s: WorkbookSnapshot) => void = () => {},
  receivedOn = `${period}-16`,
): SubmissionInput {
  const snap = cleanSubmission(plan, agencyId, period);
  edit(snap);
  const fileName = `${period}_${agencyId}.xlsx`;
  return {
    provenance: { fileName, sha256: sha256Hex(`${fileName}|${JSON.stringify(snap)}`), size: 1 },
    report: validate(snap, plan, { received: { date: receivedOn, source: 'fileTime' } }),
  };
}

/** A month consolidated on top of earlier months, and what the workbook then keeps. */
export interface Month {
  c: Consolidation;
  record: MonthRecord;
  data: DataRow[];
  records: MonthRecord[];
}

/** Consolidates `inputs` for `period` after the `earlier` month (if any), as `merge --into` does. */
export function month(plan: Plan, period: string, inputs: SubmissionInput[], earlier?: Month): Month {
  const c = consolidate(plan, period, inputs, { history: earlier?.data ?? [] });
  const keys = c.files
    .filter((f) => f.status === 'merged')
    .map((f): [string, string] => [period, f.agencyId ?? '']);
  const data = accumulateData(earlier?.data ?? [], c.data, keys);
  const record = monthRecord(c);
  return { c, record, data, records: [...(earlier?.records ?? []), record] };
}

/** The report of a month. */
export function reportOf(plan: Plan, m: Month): DocumentModel {
  return monthlyReport(
    { plan, record: m.record, data: m.data, records: m.records },
    { createdIso: '2025-07-20T00:00:00Z', creator: 'test' },
  );
}

function tableLines(t: TableBlock): string[] {
  return [...t.headerRows, ...t.rows].map((r) =>
    r.cells
      .map((c) =>
        c.content
          .flatMap((b) => (b.kind === 'paragraph' && textOf(b.runs) !== '' ? [textOf(b.runs)] : []))
          .join(' / '),
      )
      .join(' | '),
  );
}

function blockLines(b: Block): string[] {
  switch (b.kind) {
    case 'paragraph':
      return [textOf(b.runs)];
    case 'heading':
      return [`${b.label} ${b.title}`];
    case 'table':
      return tableLines(b);
    case 'figure':
      return [b.caption, ...b.bars.map((bar) => `${bar.label} | ${bar.valueText}`)];
    case 'rule':
      return [];
  }
}

/** The text of every section, line by line. */
export function sectionLines(model: DocumentModel): string[][] {
  return model.sections.map((s) => s.blocks.flatMap(blockLines));
}

/** The whole text. */
export function modelText(model: DocumentModel): string {
  return sectionLines(model)
    .map((lines) => lines.join('\n'))
    .join('\n');
}
