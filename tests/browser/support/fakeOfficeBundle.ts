/**
 * Bundles tests/browser/fakeOfficeEntry.ts (the strict fake host, no Node built-ins) for the browser with webpack's
 * Node API — a separate small build used only by the tests, never part of dist/.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import webpack from 'webpack';

const ROOT = path.join(__dirname, '..', '..', '..');
const OUT_DIR = path.join(ROOT, 'tests', 'artifacts', 'fake-office');

/** Builds the fake host bundle and returns its JavaScript. */
export async function buildFakeOfficeBundle(): Promise<string> {
  const compiler = webpack({
    mode: 'development',
    devtool: false,
    target: 'web',
    context: ROOT,
    entry: './tests/browser/fakeOfficeEntry.ts',
    output: { path: OUT_DIR, filename: 'fake-office.js' },
    resolve: { extensions: ['.ts', '.js'] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: { loader: 'babel-loader', options: { envName: 'development' } },
        },
      ],
    },
    infrastructureLogging: { level: 'error' },
  });
  const stats = await new Promise<webpack.Stats>((resolve, reject) =>
    compiler.run((error, result) => {
      compiler.close(() => undefined);
      if (error || !result) reject(error ?? new Error('webpack gave no stats'));
      else resolve(result);
    }),
  );
  if (stats.hasErrors()) throw new Error(`fake Office bundle failed:\n${stats.toString('errors-only')}`);
  return fs.readFile(path.join(OUT_DIR, 'fake-office.js'), 'utf8');
}
