// ESLint flat config. Purity of src/core is enforced here (and by tsconfig.core.json), not by goodwill.
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

export default tseslint.config(
  { ignores: ['node_modules/', 'build/', 'dist/', 'coverage/', 'tests/artifacts/', 'tmp/', '**/*.js', '**/*.mjs'] },
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
            { group: ['**/xlsx/**', '**/office/**', '**/taskpane/**', '**/cli/**'], message: 'src/core never imports adapters or shells.' },
          ],
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
