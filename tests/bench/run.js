#!/usr/bin/env node
/* eslint-disable */
// `npm run bench`: prints figures (not a test; nothing here fails on speed). Uses the compiled build/ output,
// exactly what `npx chitieu` runs. Targets from the issues are printed beside each figure.
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const zlib = require('node:zlib');
const { unzipSync } = require('fflate');

const root = path.join(__dirname, '..', '..');
const build = (p) => require(path.join(root, 'build', p));
const { checkPlan } = build('core/plan/check.js');
const { periodInfo } = build('core/plan/period.js');
const { layout, resolveTemplateRequest } = build('core/template/layout.js');
const { validate } = build('core/validate/index.js');
const { writeWorkbook } = build('xlsx/write/index.js');
const { readWorkbook } = build('xlsx/read/index.js');
const { fillTemplate } = build('demo/fill.js');
const { agencyFill, seeded } = build('demo/scenario.js');
const { runMerge } = build('cli/consolidation.js');
const { planContext } = build('app/plan.js');
const { writeTemplates } = build('cli/commands/templates.js');

const plan = (() => {
  const r = checkPlan(JSON.parse(fs.readFileSync(path.join(root, 'seeds/sonla-2025/plan.json'), 'utf8')));
  if (!r.ok) throw new Error('seed plan invalid');
  return r.plan;
})();
const ctx = planContext(plan, { kind: 'builtIn' });
const period = '2025-07';
const info = periodInfo(plan, period);
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'chitieu-bench-'));
const ms = (t) => `${t.toFixed(0)} ms`;
const mb = (b) => `${(b / 1048576).toFixed(1)} MB`;
const line = (label, value, target = '') =>
  console.log(`${label.padEnd(58)} ${value.padStart(12)}   ${target}`);
const time = async (fn) => {
  const t = process.hrtime.bigint();
  const value = await fn();
  return { ms: Number(process.hrtime.bigint() - t) / 1e6, value };
};

let peakRss = 0;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20);

async function filledFile(agency, n) {
  const req = resolveTemplateRequest(plan, agency.id, period);
  const fill = agencyFill(plan, agency, info, seeded(`${agency.id}|${n}`));
  fill.savedAt = `${period}-1${5 + (n % 3)}T0${n % 10}:00:00Z`;
  const spec = fillTemplate(
    layout(plan, req.agency, req.info, { generatedAt: `${period}-01T00:00:00Z`, generator: 'bench' }),
    plan,
    req.info,
    fill,
  );
  return writeWorkbook(spec);
}

async function main() {
  console.log(
    `chitieu bench — ${os.cpus().length} cores, Node ${process.version}, plan ${plan.id} (${plan.agencies.length} agencies), period ${period}\n`,
  );

  // 1. Templates for every agency, one month (CLI path: layout + ExcelJS + atomic write).
  const tplDir = path.join(tmp, 'templates');
  await writeTemplates(ctx, period, [plan.agencies[0].id], tplDir, { now: new Date(), overwrite: true }); // warm-up (module load, JIT)
  const tpl = await time(() => writeTemplates(ctx, period, [], tplDir, { now: new Date(), overwrite: true }));
  line(`templates: all ${tpl.value.written.length} agencies, one month`, ms(tpl.ms), 'aim < 2000 ms');

  // 2. Validation in-process: 1,000 snapshots.
  const reporters = plan.agencies.filter((a) => a.reportsMonthly);
  const sample = await filledFile(reporters.find((a) => a.id === 'so-tai-chinh') ?? reporters[0], 1);
  const read = readWorkbook(sample, 'sample.xlsx');
  if (!read.ok) throw new Error('sample unreadable');
  for (let i = 0; i < 50; i++) validate(read.snapshot, plan);
  const v = await time(() => {
    for (let i = 0; i < 1000; i++) validate(read.snapshot, plan);
  });
  line('validate: 1,000 snapshots in-process', ms(v.ms), `${(v.ms / 1000).toFixed(3)} ms each`);

  // 3. One file end to end: read (guarded) + validate.
  const one = await time(() => validate(readWorkbook(sample, 'sample.xlsx').snapshot, plan));
  line('validate: one file end to end (read + validate)', ms(one.ms));

  // 4. Merge 300 generated submissions, beside the I/O floor (just unzipping each file's sheet XML).
  const dir = path.join(tmp, 'inbox');
  fs.mkdirSync(dir, { recursive: true });
  const files = [];
  for (let n = 0; n < 300; n++) {
    const agency = reporters[n % reporters.length];
    const file = path.join(dir, `${String(n).padStart(3, '0')}_${agency.id}.xlsx`);
    fs.writeFileSync(file, await filledFile(agency, n));
    files.push(file);
  }
  const totalBytes = files.reduce((s, f) => s + fs.statSync(f).size, 0);
  const floor = await time(() => {
    for (const f of files) {
      const entries = unzipSync(fs.readFileSync(f), {
        filter: (e) => e.name.startsWith('xl/worksheets/') || e.name === 'xl/sharedStrings.xml',
      });
      for (const bytes of Object.values(entries)) new TextDecoder().decode(bytes);
    }
  });
  line(`I/O floor: unzip sheet XML of 300 files (${mb(totalBytes)})`, ms(floor.ms));
  peakRss = process.memoryUsage().rss;
  const merge = await time(() =>
    runMerge({
      ctx,
      files,
      period,
      out: path.join(tmp, 'tong-hop.xlsx'),
      csv: path.join(tmp, 'du-lieu.csv'),
      now: new Date(),
      lang: 'vi',
    }),
  );
  line(
    'merge: 300 submissions (read in workers, validate, consolidate, write)',
    ms(merge.ms),
    'aim ≤ 5000 ms',
  );
  line('merge: files per second', `${(300 / (merge.ms / 1000)).toFixed(0)} files/s`);
  line('merge: peak RSS of the process (workers included)', mb(peakRss), 'aim ≤ 400 MB');
  const acc = merge.value.consolidation.accounting;
  line('merge: files merged / superseded', `${acc.files.merged} / ${acc.files.superseded}`);

  // 5. Initial task-pane JavaScript (gzip), from the production build's stats.
  const stats = path.join(root, 'dist', 'bundle-stats.json');
  if (fs.existsSync(stats)) {
    const s = JSON.parse(fs.readFileSync(stats, 'utf8'));
    line('task pane: initial JavaScript (gzip)', `${(s.initial.gzip / 1024).toFixed(0)} KB`, 'aim ≤ 400 KB');
    if (s.lazy)
      line('task pane: lazy chunks (gzip, loaded on demand)', `${(s.lazy.gzip / 1024).toFixed(0)} KB`);
  } else {
    const js = fs.existsSync(path.join(root, 'dist'))
      ? fs.readdirSync(path.join(root, 'dist')).filter((f) => f.endsWith('.js'))
      : [];
    const gz = js.reduce(
      (sum, f) => sum + zlib.gzipSync(fs.readFileSync(path.join(root, 'dist', f))).length,
      0,
    );
    line('task pane: all JavaScript in dist (gzip; no stats file)', `${(gz / 1024).toFixed(0)} KB`);
  }
  clearInterval(sampler);
  fs.rmSync(tmp, { recursive: true, force: true });
}

main().catch((e) => {
  clearInterval(sampler);
  console.error(e);
  process.exitCode = 1;
});
