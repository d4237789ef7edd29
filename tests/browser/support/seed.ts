/** The plan the add-in bundles (seeds/sonla-2025), checked, and agency submissions written as real .xlsx files. */
import { readFileSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { checkPlan } from '../../../src/core/plan/check';
import { periodInfo } from '../../../src/core/plan/period';
import type { Plan } from '../../../src/core/plan/schema';
import { layout, resolveTemplateRequest } from '../../../src/core/template/layout';
import { fillTemplate, type IndicatorEntry } from '../../../src/demo/fill';
import { agencyFill, seeded } from '../../../src/demo/scenario';
import { writeWorkbook } from '../../../src/xlsx/write';
import { tempDir } from '../../support/external';
import { ROOT } from './dist';

/** The raw plan.json as bundled, and the plan as the checker reads it. */
export function seedPlan(): { raw: unknown; plan: Plan } {
  const raw: unknown = JSON.parse(readFileSync(path.join(ROOT, 'seeds', 'sonla-2025', 'plan.json'), 'utf8'));
  const checked = checkPlan(raw);
  if (!checked.ok) throw new Error(`seed plan rejected: ${JSON.stringify(checked.problems.slice(0, 3))}`);
  return { raw, plan: checked.plan };
}

/** A file as Playwright's setInputFiles takes it. */
export interface UploadFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** What a test types over the deterministic figures: some indicators' entries, the report date. */
export interface SubmissionEdit {
  indicators?: Record<string, IndicatorEntry>;
  reportDate?: string;
}

/** An agency's filled template for a period, as the agency would send it back (deterministic figures). */
export async function submission(
  plan: Plan,
  agencyId: string,
  period: string,
  edit: SubmissionEdit = {},
): Promise<UploadFile> {
  const request = resolveTemplateRequest(plan, agencyId, period);
  const info = periodInfo(plan, period);
  if (!request.ok || !info) throw new Error(`no template for ${agencyId} ${period}`);
  const spec = layout(plan, request.agency, info, {
    generatedAt: `${period}-01T01:00:00Z`,
    generator: 'chitieu test',
  });
  const fill = agencyFill(plan, request.agency, info, seeded(`browser|${agencyId}|${period}`));
  for (const [id, entry] of Object.entries(edit.indicators ?? {}))
    fill.indicators[id] = { ...fill.indicators[id], ...entry };
  if (edit.reportDate) fill.reportDate = edit.reportDate;
  const bytes = await writeWorkbook(fillTemplate(spec, plan, info, fill));
  return { name: `${period}_${agencyId}.xlsx`, mimeType: XLSX, buffer: Buffer.from(bytes) };
}

/**
 * Files saved on disk as the officer saves e-mail attachments, each modified on `day` (ISO, 10:00 in Vietnam), for
 * `setInputFiles`: the page then gets File objects whose lastModified is that time (the pane's received date, source
 * 'fileTime'), where a buffer handed over directly would carry the moment of the test.
 */
export function onDisk(files: readonly UploadFile[], day: string): string[] {
  const dir = tempDir('chitieu-received-');
  const when = new Date(`${day}T10:00:00+07:00`);
  return files.map((f) => {
    const file = path.join(dir, f.name);
    writeFileSync(file, f.buffer);
    utimesSync(file, when, when);
    return file;
  });
}

/** The same file cut short, as a broken e-mail attachment arrives. */
export function truncated(file: UploadFile, share: number, name: string): UploadFile {
  return { ...file, name, buffer: file.buffer.subarray(0, Math.floor(file.buffer.length * share)) };
}
