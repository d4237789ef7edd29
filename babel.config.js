/**
 * One transpiler for jest and webpack: Babel strips TypeScript and compiles JSX (React's automatic runtime); type
 * checking is `npm run typecheck`, not the transpiler's job.
 *
 * Why Babel and not SWC: SWC's native binaries are optional per-platform packages, and npm 11 writes a lock file that
 * `npm ci` then rejects when the registry lacks some of them (https://github.com/npm/cli/issues/9846) — this project's
 * registry does. Babel is plain JavaScript, so the lock file is the same on every machine.
 *
 * - jest (NODE_ENV=test): CommonJS for Node 20.
 * - webpack: ES modules left to webpack (so dynamic `import()` splits and `new Worker(new URL(…, import.meta.url))`
 *   bundles the reader worker), syntax lowered for the browsers Office add-ins run in (Edge WebView2, Safari 14+).
 */
'use strict';

module.exports = (api) => {
  const test = api.env('test');
  const production = api.env('production');
  return {
    presets: [
      [
        '@babel/preset-env',
        test
          ? { targets: { node: '20' }, modules: 'commonjs' }
          : { targets: { chrome: '87', edge: '87', safari: '14', firefox: '78' }, modules: false, bugfixes: true },
      ],
      ['@babel/preset-typescript', { allowDeclareFields: true }],
      ['@babel/preset-react', { runtime: 'automatic', development: !test && !production }],
    ],
  };
};
