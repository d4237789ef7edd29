#!/usr/bin/env node
/* eslint-disable */
// `npm run bench`: prints figures (not a test; nothing here fails on speed). Uses the compiled build/ output,
// exactly what `npx chitieu` runs. Targets from the issues are printed beside each figure.
//
// BENCH_CORPUS=/some/dir keeps the generated submissions there and reuses them on the next run.
//
// The merges run in a fresh child process each (`run.js --merge-child list.json`), so the peak memory printed is the
// merge's own (process.resourceUsage().maxRSS: main thread and worker threads together), not the generator's.
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const zlib = require('node:zlib');
const { execFileSync, spawnSync } = require('node:child_process');
const { unzipSync, zipSync, strToU8, strFromU8 } = require('fflate');

const root = path.join(__dirname, '..', '..');
const build = (p) => require(path.join(root, 'build', p));
const ms = (t) => `${t.toFixed(0)} ms`;
const mb = (b) => `${(b / 1048576).toFixed(1)} MB`;
const line = (label, value, target = '') => console.log(`${label.padEnd(62)} ${value.padStart(12)}   ${target}`);
/** Wall time and CPU time (every thread of this process: process.cpuUsage is getrusage(RUSAGE_SELF)). */
const time = async (fn) => {
  const t = process.hrtime.bigint();
  const c = process.cpuUsage();
  const value = await fn();
  const cpu = process.cpuUsage(c);
  return { ms: Number(process.hrtime.bigint() - t) / 1e6, cpu: (cpu.user + cpu.system) / 1000, value };
};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function loadPlan() {
  const { checkPlan } = build('core/plan/check.js');
  const r = checkPlan(JSON.parse(fs.readFileSync(path.join(root, 'seeds/sonla-2025/plan.json'), 'utf8')));
  if (!r.ok) throw new Error('seed plan invalid');
  return r.plan;
}

// ---- child: one merge, timed, with its own peak memory ----
async function mergeChild(listFile) {
  const { files, out } = JSON.parse(fs.readFileSync(listFile, 'utf8'));
  const plan = loadPlan();
  const { runMerge } = build('cli/consolidation.js');
  const { planContext } = build('app/plan.js');
  const ctx = planContext(plan, { kind: 'builtIn' });
  const t = await time(() =>
    runMerge({ ctx, files, period: '2025-07', out: path.join(out, 'tong-hop.xlsx'), now: new Date(), lang: 'vi' }),
  );
  const acc = t.value.consolidation.accounting;
  process.stdout.write(
    JSON.stringify({ ms: t.ms, cpu: t.cpu, maxRss: process.resourceUsage().maxRSS * 1024, merged: acc.files.merged, superseded: acc.files.superseded }),
  );
}

// ---- the corpus ----
const DISTINCT = 100;

async function corpus(plan, dir, count) {
  const { periodInfo } = build('core/plan/period.js');
  const { layout, resolveTemplateRequest } = build('core/template/layout.js');
  const { writeWorkbook } = build('xlsx/write/index.js');
  const { fillTemplate } = build('demo/fill.js');
  const { agencyFill, seeded } = build('demo/scenario.js');
  const period = '2025-07';
  const info = periodInfo(plan, period);
  // The agencies of the month's roster (July 2025: the departments and the communes and wards, not the districts).
  const reporters = build('core/plan/resolve.js').expectedAgencies(plan, info);
  fs.mkdirSync(dir, { recursive: true });
  const files = [];
  const made = [];
  for (let n = 0; n < count; n++) {
    const agency = reporters[n % reporters.length];
    const file = path.join(dir, `${String(n).padStart(4, '0')}_${agency.id}.xlsx`);
    let bytes;
    if (n < DISTINCT) {
      // A filled template, written by our writer (ExcelJS) as the CLI writes templates.
      const req = resolveTemplateRequest(plan, agency.id, period);
      if (!req.ok) throw new Error(`no template for ${agency.id}: ${req.error.kind}`);
      const fill = agencyFill(plan, agency, info, seeded(`${agency.id}|${n}`));
      fill.savedAt = `${period}-1${5 + (n % 3)}T0${n % 10}:00:00Z`;
      const layoutSpec = layout(plan, req.agency, req.info, { generatedAt: `${period}-01T00:00:00Z`, generator: 'bench' });
      bytes = await writeWorkbook(fillTemplate(layoutSpec, plan, req.info, fill));
      made.push(bytes);
    } else {
      // The same agency's file saved again later: another modified date (so another hash), re-zipped.
      const parts = unzipSync(made[n % DISTINCT]);
      const core = strFromU8(parts['docProps/core.xml']);
      const stamp = `${period}-1${5 + (n % 3)}T${String(n % 24).padStart(2, '0')}:${String(n % 60).padStart(2, '0')}:0${n % 10}Z`;
      parts['docProps/core.xml'] = strToU8(core.replace(/(<dcterms:modified[^>]*>)[^<]*/, `$1${stamp}`));
      bytes = zipSync(parts, { level: 6 });
    }
    fs.writeFileSync(file, bytes);
    files.push(file);
  }
  return files;
}

/** The floor: unzip each file's sheet XML and shared strings and decode them to text, nothing else, one thread. */
function unzipFloor(files) {
  const decoder = new TextDecoder();
  for (const f of files) {
    const entries = unzipSync(fs.readFileSync(f), {
      filter: (e) => e.name.startsWith('xl/worksheets/') || e.name === 'xl/sharedStrings.xml',
    });
    for (const bytes of Object.values(entries)) decoder.decode(bytes);
  }
}

/** openpyxl (Debian's, /usr/bin/python3) reading every cell value of the same files; timed inside Python. */
const OPENPYXL = `
import sys, time, json, openpyxl
files = json.load(open(sys.argv[1]))
t = time.perf_counter()
for f in files:
    wb = openpyxl.load_workbook(f, data_only=True)
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            for v in row:
                pass
print((time.perf_counter() - t) * 1000)
`;

function openpyxlMs(listFile) {
  const r = spawnSync('/usr/bin/python3', ['-c', OPENPYXL, listFile], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (r.status !== 0) return null;
  return Number(r.stdout.trim());
}

function mergeInChild(files, tmp, label) {
  const list = path.join(tmp, `merge-${label}.json`);
  const out = path.join(tmp, `out-${label}`);
  fs.mkdirSync(out, { recursive: true });
  fs.writeFileSync(list, JSON.stringify({ files, out }));
  const r = spawnSync(process.execPath, [__filename, '--merge-child', list], { encoding: 'utf8', maxBuffer: 1 << 24 });
  if (r.status !== 0) throw new Error(`merge child failed: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

/** `chitieu validate FILE` as a user runs it, wall time including Node's start (median of 5). */
function cliValidateMs(file) {
  const bin = path.join(root, 'bin', 'chitieu.js');
  const runs = [];
  for (let i = 0; i < 5; i++) {
    const t = process.hrtime.bigint();
    spawnSync(process.execPath, [bin, 'validate', file], { encoding: 'utf8' });
    runs.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return median(runs);
}

/** Whether the validate command's modules pull in ExcelJS (the writer; not needed to read and check a file). */
function validateLoadsExcelJs() {
  const probe = `require(${JSON.stringify(path.join(root, 'build', 'cli', 'main.js'))});` +
    `process.stdout.write(String(Object.keys(require.cache).some((k) => k.includes('/node_modules/exceljs/'))))`;
  return execFileSync(process.execPath, ['-e', probe], { encoding: 'utf8' }).trim() === 'true';
}

async function main() {
  const plan = loadPlan();
  const { periodInfo } = build('core/plan/period.js');
  const { validate } = build('core/validate/index.js');
  const { readWorkbook } = build('xlsx/read/index.js');
  const { writeTemplates } = build('cli/commands/templates.js');
  const period = '2025-07';
  periodInfo(plan, period);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'chitieu-bench-'));
  console.log(
    `chitieu bench — ${os.cpus().length} cores, load ${os.loadavg()[0].toFixed(1)}, Node ${process.version}, plan ${plan.id} (${plan.agencies.length} agencies), period ${period}\n`,
  );
  try {
    // 1. Templates for every agency, one month (CLI path: layout + ExcelJS + atomic write).
    const tplDir = path.join(tmp, 'templates');
    const ctx = build('app/plan.js').planContext(plan, { kind: 'builtIn' });
    await writeTemplates(ctx, period, [plan.agencies[0].id], tplDir, { now: new Date(), overwrite: true }); // warm-up
    const tpl = await time(() => writeTemplates(ctx, period, [], tplDir, { now: new Date(), overwrite: true }));
    line(`templates: all ${tpl.value.written.length} agencies, one month`, ms(tpl.ms), 'aim < 2000 ms');

    // 2. The corpus: 1,000 submissions (the first 300 are the 300-file run).
    const keep = process.env.BENCH_CORPUS;
    const inbox = keep ?? path.join(tmp, 'inbox');
    const kept = keep && fs.existsSync(keep) ? fs.readdirSync(keep).filter((f) => f.endsWith('.xlsx')).sort() : [];
    const gen = await time(() =>
      kept.length >= 1000 ? kept.slice(0, 1000).map((f) => path.join(keep, f)) : corpus(plan, inbox, 1000),
    );
    const files = gen.value;
    line(`corpus: 1,000 submissions generated (${DISTINCT} written by ExcelJS, the rest re-saved)`, ms(gen.ms));

    // 3. Validation in-process, and one file as a user validates it.
    const sample = fs.readFileSync(files[0]);
    const read = readWorkbook(sample, 'sample.xlsx');
    if (!read.ok) throw new Error('sample unreadable');
    for (let i = 0; i < 50; i++) validate(read.snapshot, plan);
    const v = await time(() => {
      for (let i = 0; i < 1000; i++) validate(read.snapshot, plan);
    });
    line('validate: 1,000 snapshots in-process', ms(v.ms), `${(v.ms / 1000).toFixed(3)} ms each`);
    const { nativeInflate } = build('xlsx/nativeInflate.js');
    for (const [label, native] of [['fflate, as in the task pane', undefined], ["Node's zlib, as in the CLI", nativeInflate]]) {
      for (let i = 0; i < 300; i++) readWorkbook(sample, 'sample.xlsx', {}, native);
      const reads = await time(() => {
        for (let i = 0; i < 300; i++) readWorkbook(sample, 'sample.xlsx', {}, native);
      });
      line(`read: one submission in-process, ${label} (mean of 300)`, `${(reads.cpu / 300).toFixed(2)} ms CPU`);
    }
    line('validate: `chitieu validate FILE`, wall time (median of 5)', ms(cliValidateMs(files[0])), 'aim < 300 ms');
    line('validate: loads ExcelJS', validateLoadsExcelJs() ? 'yes' : 'no', 'aim: no');

    // 4. Merges of 300 and 1,000 beside the unzip floor and openpyxl.
    for (const n of [300, 1000]) {
      const some = files.slice(0, n);
      const bytes = some.reduce((s, f) => s + fs.statSync(f).size, 0);
      unzipFloor(some.slice(0, 20)); // warm-up
      const floor = await time(() => unzipFloor(some));
      const list = path.join(tmp, `files-${n}.json`);
      fs.writeFileSync(list, JSON.stringify(some));
      const opx = openpyxlMs(list);
      const merge = mergeInChild(some, tmp, String(n));
      console.log('');
      line(`I/O floor: unzip sheet XML of ${n} files (${mb(bytes)}), one thread`, ms(floor.ms), `CPU ${ms(floor.cpu)}`);
      line(`openpyxl: read every cell of the ${n} files`, opx === null ? 'unavailable' : ms(opx));
      line(`merge: ${n} submissions (read, validate, consolidate, write)`, ms(merge.ms), `CPU ${ms(merge.cpu)}${n === 300 ? '; aim ≤ 5000 ms' : ''}`);
      line(`merge / unzip floor (${n} files), wall time`, `${(merge.ms / floor.ms).toFixed(1)} ×`, n === 1000 ? 'aim ≤ 8 ×' : '');
      line(`merge / unzip floor (${n} files), CPU time (all threads)`, `${(merge.cpu / floor.cpu).toFixed(1)} ×`);
      if (opx !== null)
        line(`merge / openpyxl (${n} files)`, `${(merge.ms / opx).toFixed(2)} ×`, n === 1000 ? 'aim < 0.3 ×' : '');
      line(`merge: peak RSS (main + worker threads, ${n} files)`, mb(merge.maxRss), 'aim < 600 MB');
      line(`merge: files merged / superseded (${n} files)`, `${merge.merged} / ${merge.superseded}`);
    }
    console.log('');

    // 5. Initial task-pane JavaScript (gzip), from the production build's stats.
    const stats = path.join(root, 'dist', 'bundle-stats.json');
    if (fs.existsSync(stats)) {
      const s = JSON.parse(fs.readFileSync(stats, 'utf8'));
      line('task pane: initial JavaScript (gzip)', `${(s.initial.gzip / 1024).toFixed(0)} KB`, 'aim ≤ 400 KB');
      if (s.lazy) line('task pane: lazy chunks (gzip, loaded on demand)', `${(s.lazy.gzip / 1024).toFixed(0)} KB`);
    } else {
      const js = fs.existsSync(path.join(root, 'dist')) ? fs.readdirSync(path.join(root, 'dist')).filter((f) => f.endsWith('.js')) : [];
      const gz = js.reduce((sum, f) => sum + zlib.gzipSync(fs.readFileSync(path.join(root, 'dist', f))).length, 0);
      line('task pane: all JavaScript in dist (gzip; no stats file)', `${(gz / 1024).toFixed(0)} KB`);
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

const child = process.argv.indexOf('--merge-child');
(child === -1 ? main() : mergeChild(process.argv[child + 1])).catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
