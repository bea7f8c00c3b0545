#!/usr/bin/env node
// Entry point of the `crosscheck` command: runs the bundled CLI, building it first on a fresh checkout.
const fs = require('fs');
const path = require('path');

const root = path.join(__dirname, '..');
const cli = path.join(root, 'dist', 'cli.js');
if (!fs.existsSync(cli)) {
  try {
    require('child_process').execFileSync(process.execPath, [path.join(root, 'esbuild.js')], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  } catch {
    process.stderr.write('crosscheck: the CLI is not built and could not be built; run `npm install && npm run build` first\n');
    process.exit(2);
  }
}
require(cli).main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
