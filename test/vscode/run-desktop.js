#!/usr/bin/env node
// Runs the same integration suite in desktop VS Code through @vscode/test-electron, with the
// packaged .vsix installed, for machines that can download VS Code from Microsoft's update servers.
// Without that access it stops within seconds and says so (use `npm run test:vscode` there).
// On a Linux machine without a display, run it under `xvfb-run -a`.
'use strict';

const { execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { downloadAndUnzipVSCode, resolveCliPathFromVSCodeExecutablePath, runTests } = require('@vscode/test-electron');

const ROOT = path.resolve(__dirname, '../..');
const VERSION = process.env.CROSSCHECK_VSCODE_VERSION || 'stable';
const { values: args } = require('util').parseArgs({ options: {
  vsix: { type: 'string', default: path.join(ROOT, 'crosscheck.vsix') },
  tests: { type: 'string', default: path.join(ROOT, 'out/test/integration/index.js') },
} });
const VSIX = path.resolve(args.vsix);
const TESTS = path.resolve(args.tests);
const DOWNLOAD_IDLE_MS = 20_000; // no byte for this long means no route to the update servers
const DOWNLOAD_TOTAL_MS = 10 * 60_000;

function fail(message) {
  console.error(`[desktop] ${message}`);
  process.exitCode = 1; // not process.exit(): let stdout drain first
  setTimeout(() => process.exit(1), 2000).unref(); // unless a stalled download keeps the process alive
}

/** Resolves when the update server answers within `ms`; a blocked network otherwise stalls for minutes. */
function reachUpdateServer(ms = 10_000) {
  return new Promise((resolve, reject) => {
    const req = require('https').get('https://update.code.visualstudio.com/api/releases/stable', { timeout: ms }, (res) => {
      res.resume();
      resolve();
    });
    req.on('timeout', () => req.destroy(new Error(`update.code.visualstudio.com did not answer within ${ms / 1000} s`)));
    req.on('error', reject);
  });
}

async function download() {
  const cache = path.join(ROOT, '.vscode-test');
  const cached = fs.existsSync(cache) && fs.readdirSync(cache).some((d) => d.startsWith('vscode-'));
  if (!cached) await reachUpdateServer();
  let timer;
  const limit = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no complete download within ${DOWNLOAD_TOTAL_MS / 60_000} min`)), DOWNLOAD_TOTAL_MS);
  });
  try {
    return await Promise.race([
      downloadAndUnzipVSCode({ version: VERSION, cachePath: cache, timeout: DOWNLOAD_IDLE_MS }),
      limit,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

async function main() {
  for (const f of [VSIX, TESTS]) {
    if (!fs.existsSync(f)) return fail(`${path.relative(ROOT, f)} is missing: run npm run package && npm run compile-tests`);
  }
  console.log(`[desktop] downloading VS Code ${VERSION} (cached in .vscode-test/)`);
  let executable;
  try {
    executable = await download();
  } catch (err) {
    return fail(`cannot download VS Code ${VERSION}: ${err.message}\n` +
      '[desktop] `npm run test:desktop` needs access to update.code.visualstudio.com. On machines without it, ' +
      'the same suite runs in code-server: `test/vscode/setup && npm run test:vscode`.');
  }

  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-desktop-'));
  const userData = path.join(tmp, 'user-data');
  const extensions = path.join(tmp, 'extensions');
  const workspace = path.join(tmp, 'workspace');
  try {
    fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
    fs.writeFileSync(path.join(userData, 'User/settings.json'), JSON.stringify({ 'files.autoSave': 'off' }));
    for (const from of ['seeds', 'test/fixtures/drafts']) {
      fs.cpSync(path.join(ROOT, from), workspace, { recursive: true });
    }
    const cli = resolveCliPathFromVSCodeExecutablePath(executable);
    const dirs = ['--user-data-dir', userData, '--extensions-dir', extensions];
    execFileSync(cli, [...dirs, '--install-extension', VSIX, '--force'], { stdio: 'inherit', shell: process.platform === 'win32' });
    const [installed] = JSON.parse(fs.readFileSync(path.join(extensions, 'extensions.json'), 'utf8'));
    const folder = installed.location.fsPath || installed.location.path;
    console.log(`[desktop] installed ${installed.identifier.id}@${installed.version}; running the integration suite`);
    // As in code-server: the extension under development is the installed package, not the repository.
    await runTests({
      vscodeExecutablePath: executable,
      extensionDevelopmentPath: folder,
      extensionTestsPath: TESTS,
      launchArgs: [workspace, ...dirs, '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
    });
    console.log('[desktop] integration suite passed');
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((err) => fail(`integration suite failed: ${err.message || err}`));
