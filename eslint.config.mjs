// ESLint flat config. The direction of dependencies is enforced here (and by tsconfig.core.json), not by goodwill:
// src/core imports nothing outside src/core; src/core/validate never imports src/core/consolidate (consolidation is
// built on validation, not the other way round). tests/repo/boundaries.test.ts proves both rules fire.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import officeAddins from 'eslint-plugin-office-addins';
import reactHooks from 'eslint-plugin-react-hooks';
import prettier from 'eslint-plugin-prettier/recommended';

const coreForbidden = [
  { name: 'exceljs', message: 'src/core is pure: ExcelJS belongs in src/xlsx.' },
  { name: 'react', message: 'src/core is pure: React belongs in src/taskpane.' },
  { name: 'react-dom', message: 'src/core is pure.' },
  { name: '@microsoft/office-js', message: 'src/core is pure: Office.js belongs in src/office.' },
  { name: 'fflate', message: 'src/core is pure: unzipping belongs in src/xlsx.' },
  { name: 'saxes', message: 'src/core is pure: XML parsing belongs in src/xlsx.' },
  { name: 'commander', message: 'src/core is pure: argument parsing belongs in src/cli.' },
  { name: 'fs', message: 'src/core does no I/O.' },
  { name: 'path', message: 'src/core does no I/O.' },
  { name: 'os', message: 'src/core does no I/O.' },
  { name: 'child_process', message: 'src/core does no I/O.' },
  { name: 'worker_threads', message: 'src/core does no I/O.' },
  { name: 'crypto', message: 'src/core is pure: use @noble/hashes.' },
];

const ROOT = path.dirname(fileURLToPath(import.meta.url));

/** Where a relative import points, as a path from the repository root ("src/core/plan/schema"); null for packages. */
function importTarget(context, source) {
  if (typeof source !== 'string' || !source.startsWith('.')) return null;
  const file = path.resolve(context.physicalFilename ?? context.filename);
  return path
    .relative(ROOT, path.resolve(path.dirname(file), source))
    .split(path.sep)
    .join('/');
}

const inside = (target, folder) => target === folder || target.startsWith(`${folder}/`);

/**
 * `boundaries/imports`: relative imports must stay within `allow` (folders from the repository root) and never
 * reach into `forbid` — exact, whatever the folder is called, unlike a list of name patterns.
 */
const boundaries = {
  rules: {
    imports: {
      meta: {
        type: 'problem',
        docs: { description: 'Keeps imports inside the folders a layer may depend on' },
        schema: [
          {
            type: 'object',
            properties: {
              allow: { type: 'array', items: { type: 'string' } },
              forbid: { type: 'array', items: { type: 'string' } },
              why: { type: 'string' },
            },
            additionalProperties: false,
          },
        ],
        messages: {
          outside: '"{{source}}" leaves {{allowed}}: {{why}}',
          forbidden: '"{{source}}" reaches into {{folder}}: {{why}}',
        },
      },
      create(context) {
        const { allow = [], forbid = [], why = '' } = context.options[0] ?? {};
        const check = (node, source) => {
          const target = importTarget(context, source);
          if (target === null) return;
          const folder = forbid.find((f) => inside(target, f));
          if (folder) context.report({ node, messageId: 'forbidden', data: { source, folder, why } });
          else if (allow.length && !allow.some((f) => inside(target, f)))
            context.report({ node, messageId: 'outside', data: { source, allowed: allow.join(', '), why } });
        };
        const fromSource = (node) => node.source && check(node.source, node.source.value);
        return {
          ImportDeclaration: fromSource,
          ExportNamedDeclaration: fromSource,
          ExportAllDeclaration: fromSource,
          ImportExpression: (node) => node.source.type === 'Literal' && check(node.source, node.source.value),
          TSExternalModuleReference: (node) => check(node.expression, node.expression.value),
        };
      },
    },
  },
};

const CORE_WHY =
  'src/core is pure and depends on nothing outside it; messages are injected (a describe(issue) function), see docs/design.md';

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'build/',
      'dist/',
      'coverage/',
      'tests/artifacts/',
      'tmp/',
      '**/*.js',
      '**/*.mjs',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'error',
      'no-empty': ['error', { allowEmptyCatch: false }],
      eqeqeq: ['error', 'smart'],
    },
  },
  {
    files: ['src/core/**/*.ts', 'src/i18n/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: coreForbidden,
          patterns: [
            { group: ['node:*'], message: 'src/core does no I/O: no Node built-ins.' },
            { group: ['@fluentui/*'], message: 'src/core is pure: UI belongs in src/taskpane.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'Excel', 'Office', 'window', 'document', 'process', 'require'],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    plugins: { boundaries },
    rules: { 'boundaries/imports': ['error', { allow: ['src/core'], why: CORE_WHY }] },
  },
  {
    files: ['src/core/validate/**/*.ts'],
    plugins: { boundaries },
    rules: {
      'boundaries/imports': [
        'error',
        {
          allow: ['src/core'],
          forbid: ['src/core/consolidate'],
          why: 'validation judges one submission; consolidation is built on it, never the other way round',
        },
      ],
    },
  },
  {
    files: ['src/i18n/**/*.ts'],
    plugins: { boundaries },
    rules: {
      'boundaries/imports': [
        'error',
        { allow: ['src/i18n', 'src/core'], why: 'messages know the issue model and nothing of the shells' },
      ],
    },
  },
  {
    files: ['src/app/**/*.ts'],
    plugins: { boundaries },
    rules: {
      'boundaries/imports': [
        'error',
        {
          allow: ['src/app', 'src/core', 'src/i18n'],
          why: 'the application layer composes core for both shells and runs on Node and in the browser alike',
        },
      ],
      'no-restricted-imports': [
        'error',
        {
          paths: coreForbidden,
          patterns: [{ group: ['node:*'], message: 'src/app runs in the browser too.' }],
        },
      ],
      'no-restricted-globals': ['error', 'Excel', 'Office', 'window', 'document', 'process', 'require'],
    },
  },
  {
    files: ['src/office/**/*.ts', 'src/taskpane/**/*.{ts,tsx}'],
    plugins: { 'office-addins': officeAddins },
    rules: {
      'office-addins/call-sync-after-load': 'error',
      'office-addins/call-sync-before-read': 'error',
      'office-addins/load-object-before-read': 'error',
      'office-addins/no-context-sync-in-loop': 'error',
      'office-addins/no-empty-load': 'error',
      'office-addins/no-navigational-load': 'error',
      'office-addins/no-office-initialize': 'error',
      'office-addins/test-for-null-using-isNullObject': 'error',
    },
  },
  {
    files: ['src/taskpane/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    files: ['src/cli/**/*.ts', 'scripts/**/*.ts', 'bench/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['tests/**/*.{ts,tsx}'],
    rules: { 'no-console': 'off' },
  },
);
