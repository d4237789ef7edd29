/**
 * The Excel add-in's web part: taskpane.html (React + Fluent UI) and commands.html (the manifest's FunctionFile),
 * icons and the manifest, into dist/.
 *
 * - TypeScript through babel-loader (babel.config.js), emitted as ES modules so webpack can split on dynamic `import()` and bundle the
 *   reader Web Worker from `new Worker(new URL(…, import.meta.url))` (https://webpack.js.org/guides/web-workers/).
 * - help.html (the pane footer's help link) is plain HTML, no script of ours.
 * - Office.js is never bundled: both pages load it from Microsoft's CDN, as add-ins must.
 * - Production: dist/manifest.xml has https://localhost:3000/ replaced by ADDIN_BASE_URL, else package.json
 *   config.productionBaseUrl. dist/bundle-stats.json records raw and gzip sizes of the initial task-pane JavaScript
 *   and of the lazy chunks (read by tests/browser/bundleSize.test.ts and tests/bench/run.js).
 * - `webpack serve` (npm run dev-server / npm start): https on port 3000 with office-addin-dev-certs' certificate.
 */
'use strict';
const { readFileSync } = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { Compilation, sources } = require('webpack');
const pkg = require('./package.json');

const DEV_BASE_URL = 'https://localhost:3000/';
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const DIST = path.resolve(__dirname, 'dist');
/** The theme-first <script> and <style> both pages put first in their <head> (no white flash before dark). */
const START_THEME = readFileSync(path.join(__dirname, 'src', 'taskpane', 'startTheme.html'), 'utf8');

/** The deployment base URL: https, ending with "/" (every URL in the manifest is this plus a path). */
function productionBaseUrl() {
  const raw = process.env.ADDIN_BASE_URL || pkg.config.productionBaseUrl;
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`ADDIN_BASE_URL / config.productionBaseUrl is not a URL: "${raw}"`);
  }
  if (url.protocol !== 'https:') throw new Error(`Office add-ins must be served over https: "${raw}"`);
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

/** A chunk's name, or for an unnamed (split) chunk its id and the packages in it, e.g. "316 (exceljs)". */
function chunkLabel(compilation, chunk) {
  if (chunk.name) return chunk.name;
  const packages = new Set();
  for (const module of compilation.chunkGraph.getChunkModulesIterable(chunk)) {
    const m = /node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/.exec(module.nameForCondition?.() ?? '');
    packages.add(m ? m[1].replace('\\', '/') : 'src');
  }
  return `${chunk.id} (${[...packages].sort().join(', ')})`;
}

/**
 * Writes dist/bundle-stats.json: the initial JavaScript of taskpane.html (its entry chunks) and every other
 * JavaScript file of the task pane (lazy chunks and the worker), each raw and gzipped.
 */
class BundleStatsPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('BundleStatsPlugin', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'BundleStatsPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_REPORT },
        (assets) => {
          const size = (file) => {
            const buffer = Buffer.from(assets[file].source());
            return { file, raw: buffer.length, gzip: zlib.gzipSync(buffer, { level: 9 }).length };
          };
          const total = (files) => ({
            raw: files.reduce((s, f) => s + f.raw, 0),
            gzip: files.reduce((s, f) => s + f.gzip, 0),
            files,
          });
          const js = (files) => [...files].filter((f) => f.endsWith('.js'));
          const initialFiles = js(compilation.entrypoints.get('taskpane').getFiles());
          const commandFiles = js(compilation.entrypoints.get('commands').getFiles());
          const entryFiles = new Set([...initialFiles, ...commandFiles]);
          const lazy = [];
          for (const chunk of compilation.chunks) {
            const files = js(chunk.files).filter((f) => !entryFiles.has(f));
            if (files.length) lazy.push({ chunk: chunkLabel(compilation, chunk), ...total(files.map(size)) });
          }
          lazy.sort((a, b) => b.gzip - a.gzip);
          const stats = {
            initial: total(initialFiles.map(size)),
            lazy: {
              raw: lazy.reduce((s, c) => s + c.raw, 0),
              gzip: lazy.reduce((s, c) => s + c.gzip, 0),
              chunks: lazy,
            },
            commands: total(commandFiles.map(size)),
          };
          compilation.emitAsset(
            'bundle-stats.json',
            new sources.RawSource(`${JSON.stringify(stats, null, 2)}\n`),
          );
        },
      );
    });
  }
}

module.exports = async (env, argv) => {
  const production = argv.mode === 'production';
  const serving = Boolean(env && env.WEBPACK_SERVE);
  const baseUrl = production ? productionBaseUrl() : DEV_BASE_URL;

  return {
    mode: production ? 'production' : 'development',
    target: 'web',
    devtool: production ? 'source-map' : 'eval-cheap-module-source-map',
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/taskpane/commands.ts',
    },
    output: {
      path: DIST,
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      clean: true,
    },
    resolve: { extensions: ['.ts', '.tsx', '.js', '.json'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: 'babel-loader', options: { envName: production ? 'production' : 'development' } },
        },
        {
          // Our modules have no import-time side effects, so webpack may drop whole modules nobody uses — notably the
          // zod schema that src/i18n reaches through core/plan/check (formatPlanPath) but the pane never runs.
          test: /[\\/]src[\\/](core|i18n)[\\/]/,
          sideEffects: false,
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        templateParameters: { officeJs: OFFICE_JS, startTheme: START_THEME },
        chunks: ['taskpane'],
        scriptLoading: 'defer',
      }),
      // The help page the pane's footer links to (no script of ours: it is plain HTML with the pane's theme).
      new HtmlWebpackPlugin({
        filename: 'help.html',
        template: './src/taskpane/help.html',
        templateParameters: { startTheme: START_THEME },
        chunks: [],
      }),
      new HtmlWebpackPlugin({
        filename: 'commands.html',
        template: './src/taskpane/commands.html',
        templateParameters: { officeJs: OFFICE_JS },
        chunks: ['commands'],
        scriptLoading: 'defer',
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'assets/help.html', to: 'assets/help.html' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) =>
              production ? content.toString().split(DEV_BASE_URL).join(baseUrl) : content,
          },
        ],
      }),
      new BundleStatsPlugin(),
    ],
    performance: {
      // The budget that matters is the gzipped initial JavaScript (≤ 400 KB), checked by tests/browser/bundleSize.
      hints: false,
    },
    devServer: serving
      ? {
          port: 3000,
          headers: { 'Access-Control-Allow-Origin': '*' },
          server: { type: 'https', options: await require('office-addin-dev-certs').getHttpsServerOptions() },
          static: false,
          hot: false,
          client: { overlay: { runtimeErrors: false } },
        }
      : undefined,
    ignoreWarnings: [],
    infrastructureLogging: { level: 'warn' },
    stats: production ? 'errors-warnings' : 'minimal',
    name: 'chitieu-addin',
  };
};
