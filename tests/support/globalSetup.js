// Integration tests run the compiled CLI (as users do, through bin/chitieu.js) and the compiled reader worker.
// Compile once, incrementally. Type errors do not stop the emit here: `npm run typecheck` (first step of
// `npm test`) is where they fail the build; this keeps a half-finished area from blocking unrelated tests.
const { spawnSync } = require('node:child_process');
const path = require('node:path');

module.exports = async function globalSetup() {
  const root = path.join(__dirname, '..', '..');
  const r = spawnSync(
    process.execPath,
    [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json'],
    {
      cwd: root,
      encoding: 'utf8',
    },
  );
  if (r.status !== 0)
    process.stderr.write(`\n[globalSetup] tsc reported problems (emitted anyway):\n${r.stdout}${r.stderr}\n`);
};
