/**
 * The direction of dependencies is proved by lint (eslint.config.mjs, rule boundaries/imports): these cases show the
 * rule fires — core importing outside core (src/i18n above all: messages are injected), validate importing
 * consolidate — and stays quiet for imports that keep within their layer.
 */
import { spawnSync } from 'node:child_process';
import { ROOT } from './sourceFiles';

/**
 * The boundary problems ESLint reports for each `code` as if it were the file `file` (a path from the root). ESLint
 * runs in a child process: it loads its ES-module config with a dynamic import, which Jest's sandbox does not allow.
 */
function lintAs(cases: readonly { file: string; code: string }[]): string[][] {
  const script = `
    const path = require('node:path');
    const { ESLint } = require('eslint');
    const eslint = new ESLint({ cwd: process.cwd() });
    (async () => {
      const out = [];
      for (const c of JSON.parse(process.argv[1])) {
        const [r] = await eslint.lintText(c.code, { filePath: path.join(process.cwd(), c.file) });
        out.push(r.messages.filter((m) => m.ruleId === 'boundaries/imports').map((m) => m.message));
      }
      process.stdout.write(JSON.stringify(out));
    })();`;
  const r = spawnSync(process.execPath, ['-e', script, JSON.stringify(cases)], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`eslint failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as string[][];
}

const CASES = {
  i18n: {
    file: 'src/core/consolidate/sheets/example.ts',
    code: "import { issueMessage } from '../../../i18n';\nexport const x = issueMessage;\n",
  },
  outward: {
    file: 'src/core/plan/example.ts',
    code: [
      "export { planContext } from '../../app/plan';",
      "export { readWorkbook } from '../../xlsx/read';",
      "export { run } from '../../cli/main';",
      "export const pane = () => import('../../taskpane/App');",
    ].join('\n'),
  },
  validateToConsolidate: {
    file: 'src/core/validate/example.ts',
    code: "import { CONSOLIDATED_SHEETS } from '../consolidate/labels';\nexport const x = CONSOLIDATED_SHEETS;\n",
  },
  withinCore: {
    file: 'src/core/consolidate/example.ts',
    code: "import { validate } from '../validate';\nimport { planHash } from '../plan/hash';\nexport const x = [validate, planHash];\n",
  },
  i18nToCore: { file: 'src/i18n/example.ts', code: "export { issue } from '../core/issues/issue';\n" },
  appToI18n: { file: 'src/app/example.ts', code: "export { issueMessage } from '../i18n';\n" },
  appToShell: { file: 'src/app/example.ts', code: "export { run } from '../cli/main';\n" },
};

let problems: Record<keyof typeof CASES, string[]>;

beforeAll(() => {
  const names = Object.keys(CASES) as (keyof typeof CASES)[];
  const found = lintAs(names.map((n) => CASES[n]));
  problems = Object.fromEntries(names.map((n, i) => [n, found[i] ?? []])) as typeof problems;
}, 60000);

describe('dependency boundaries', () => {
  it('core may not import src/i18n (messages are injected as a describe function)', () => {
    expect(problems.i18n).toEqual([expect.stringContaining('"../../../i18n" leaves src/core')]);
  });

  it('core may not import the app layer, an adapter or a shell (static, re-export or dynamic import)', () => {
    expect(problems.outward).toHaveLength(4);
  });

  it('validate may not import consolidate', () => {
    expect(problems.validateToConsolidate).toEqual([
      expect.stringContaining('reaches into src/core/consolidate'),
    ]);
  });

  it('allows imports within core, and consolidate importing validate', () => {
    expect(problems.withinCore).toEqual([]);
  });

  it('lets i18n import core and the app layer import i18n, but not a shell', () => {
    expect(problems.i18nToCore).toEqual([]);
    expect(problems.appToI18n).toEqual([]);
    expect(problems.appToShell).toHaveLength(1);
  });
});
