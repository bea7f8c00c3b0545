// Entry point the workbench loads in the extension host (payload `extensionTestsPath`, or
// @vscode/test-electron's runTests on desktop): runs the compiled integration tests with mocha and
// rejects when any fails.
import * as fs from 'fs';
import * as path from 'path';
import { snapshotWorkspace } from './helpers';
import { session } from './session';

// mocha 12 is an ES module package; its CommonJS build is the one the extension host can require.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const Mocha: typeof import('mocha') = require('mocha/lib/mocha.cjs');

export async function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 120_000, reporter: 'spec' });
  const files = fs.readdirSync(__dirname).filter((f) => f.endsWith('.test.js')).sort();
  for (const f of files) mocha.addFile(path.join(__dirname, f));
  // The workspace as it was before any test ran; the last test compares against it.
  session.workspaceBefore = await snapshotWorkspace();
  await mocha.loadFilesAsync();
  const failures = await new Promise<number>((resolve) => mocha.run(resolve));
  if (failures > 0) throw new Error(`${failures} integration test(s) failed`);
}
