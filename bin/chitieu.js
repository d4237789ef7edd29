#!/usr/bin/env node
'use strict';
// Thin launcher: the CLI is compiled to build/ by `npm run build:cli` (run by `prepare` on npm ci).
const path = require('node:path');
const fs = require('node:fs');
const main = path.join(__dirname, '..', 'build', 'cli', 'main.js');
if (!fs.existsSync(main)) {
  process.stderr.write('chitieu: chưa biên dịch CLI — hãy chạy "npm ci" hoặc "npm run build:cli".\n');
  process.exit(2);
}
require(main)
  .run(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
