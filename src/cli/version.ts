/** Program name and version as recorded in stamps and document properties. */
// Read at runtime so the compiled CLI and package.json never disagree.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const pkg = require('../../package.json') as { version: string };

/** "chitieu 0.1.0 (cli)". */
export const GENERATOR = `chitieu ${pkg.version} (cli)`;

/** The package version. */
export const VERSION = pkg.version;
