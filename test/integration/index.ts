// Entry point the workbench loads in the extension host (payload `extensionTestsPath`, or
// @vscode/test-electron's runTests on desktop): runs the compiled integration tests with mocha and
// rejects when any fails.
//
// It runs twice, around a real window reload: the first start snapshots the workspace, ignores a claim
// through the extension's command and reloads the window; the reloaded window (a fresh extension host
// with a fresh activation) runs the suite, whose first test checks the claim is still ignored.
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { prepareReload } from './reload';
import { snapshotWorkspace } from './helpers';
import { Session, session } from './session';

// mocha 12 is an ES module package; its CommonJS build is the one the extension host can require.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const Mocha: typeof import('mocha') = require('mocha/lib/mocha.cjs');

/** Where the first start leaves its state for the reloaded window (outside the workspace). */
function markerPath(): string {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri.toString() ?? 'none';
  return path.join(os.tmpdir(), `crosscheck-reload-${createHash('sha1').update(folder).digest('hex').slice(0, 16)}.json`);
}

export async function run(): Promise<void> {
  const marker = markerPath();
  if (!fs.existsSync(marker)) {
    const before = await snapshotWorkspace();
    const ignored = await prepareReload();
    fs.writeFileSync(marker, JSON.stringify({ workspaceBefore: [...before], ignored }));
    console.log('[crosscheck] ignored a claim; reloading the window to check it persists');
    await vscode.commands.executeCommand('workbench.action.reloadWindow');
    return new Promise(() => undefined); // the reloaded window runs the suite and reports
  }
  const state = JSON.parse(fs.readFileSync(marker, 'utf8')) as { workspaceBefore: [string, string][]; ignored: Session['ignoredBeforeReload'] };
  fs.rmSync(marker, { force: true });
  session.workspaceBefore = new Map(state.workspaceBefore);
  session.ignoredBeforeReload = state.ignored;

  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 120_000, reporter: 'spec' });
  const files = fs.readdirSync(__dirname).filter((f) => f.endsWith('.test.js')).sort();
  for (const f of files) mocha.addFile(path.join(__dirname, f));
  await mocha.loadFilesAsync();
  const failures = await new Promise<number>((resolve) => mocha.run(resolve));
  if (failures > 0) throw new Error(`${failures} integration test(s) failed`);
}
