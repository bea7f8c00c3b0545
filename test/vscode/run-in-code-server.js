#!/usr/bin/env node
// Runs Crosscheck's tests in a real VS Code (code-server + headless Chromium) with the packaged
// extension installed from its .vsix:
//   1. the integration suite (a mocha `run()` module) inside the extension host, via the workbench's
//      `payload` (what @vscode/test-electron does on desktop);
//   2. the same kind of suite in an untrusted workspace (Restricted Mode), test/restricted/;
//   3. the UI test (test/vscode/ui.test.js), which drives the workbench with Playwright.
// Each phase gets a fresh server, user-data, extensions and workspace folder, which are always
// removed; the exit code is non-zero when anything fails or times out.
'use strict';

const fs = require('fs');
const path = require('path');
const { parseArgs } = require('util');
const { ROOT, CACHE, Session, withTimeout, installCleanupHandlers, finish, interrupted } = require('./code-server');

const USAGE = `usage: node test/vscode/run-in-code-server.js [options]
  --phase integration|restricted|ui|all   what to run (default all)
  --vsix FILE                  packaged extension (default crosscheck.vsix)
  --tests FILE                 integration suite module exporting run() (default out/test/integration/index.js)
  --ui FILE                    Playwright UI test, a mocha file (default test/vscode/ui.test.js)
  --workspace DIR              copied into the test workspace; repeatable (default seeds/ and test/fixtures/drafts/)
  --timeout SECONDS            limit per phase (default 600)`;

function options() {
  const { values } = parseArgs({
    options: {
      phase: { type: 'string', default: 'all' },
      vsix: { type: 'string', default: path.join(ROOT, 'crosscheck.vsix') },
      tests: { type: 'string', default: path.join(ROOT, 'out/test/integration/index.js') },
      restricted: { type: 'string', default: path.join(ROOT, 'out/test/restricted/index.js') },
      ui: { type: 'string', default: path.join(__dirname, 'ui.test.js') },
      workspace: { type: 'string', multiple: true },
      timeout: { type: 'string', default: process.env.CROSSCHECK_VSCODE_TIMEOUT || '600' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  if (!['integration', 'restricted', 'ui', 'all'].includes(values.phase)) usageError(`unknown phase ${values.phase}`);
  const workspace = (values.workspace || [path.join(ROOT, 'seeds'), path.join(ROOT, 'test/fixtures/drafts')])
    .map((d) => path.resolve(d));
  for (const d of workspace) if (!fs.existsSync(d)) usageError(`workspace source ${d} does not exist`);
  const wants = (phase) => values.phase === 'all' || values.phase === phase;
  for (const f of [values.vsix, ...(wants('integration') ? [values.tests] : []), ...(wants('restricted') ? [values.restricted] : []), ...(wants('ui') ? [values.ui] : [])]) {
    if (!fs.existsSync(f)) usageError(`${f} does not exist (build and package first: npm run package && npm run compile-tests)`);
  }
  return { ...values, vsix: path.resolve(values.vsix), tests: path.resolve(values.tests), restricted: path.resolve(values.restricted), ui: path.resolve(values.ui),
    workspace, timeoutMs: Number(values.timeout) * 1000 };
}

function usageError(message) {
  console.error(`run-in-code-server: ${message}\n${USAGE}`);
  process.exit(2);
}

function vscodeVersion() {
  const pkg = (p) => JSON.parse(fs.readFileSync(path.join(CACHE, 'node_modules/code-server', p), 'utf8')).version;
  return `VS Code ${pkg('lib/vscode/package.json')} (code-server ${pkg('package.json')})`;
}

/** A mocha suite inside the extension host (phases 1 and 2). Resolves to the suite's exit code. */
async function runIntegration(opts, { tests = opts.tests, workspaceTrust = false, label = 'crosscheck-integration' } = {}) {
  const session = new Session({ workspaceFrom: opts.workspace, label, workspaceTrust });
  try {
    const ext = await session.installExtension(opts.vsix);
    console.log(`[vscode] installed ${ext.id}@${ext.version} from ${path.relative(ROOT, opts.vsix) || opts.vsix}`);
    await session.start();
    console.log(`[vscode] ${vscodeVersion()} on http://${session.host}/, workspace ${session.workspaceDir}`);
    // The extension host refuses to load a test runner without an extension under development, so
    // that is the folder the .vsix was installed into: the packaged extension, not the repository.
    const payload = [
      ['extensionDevelopmentPath', session.remoteUri(ext.folder)],
      ['extensionTestsPath', session.remoteUri(tests)],
      ['skipWelcome', 'true'],
      ['skipReleaseNotes', 'true'],
    ];
    const { exited, failure } = await session.openWorkbench({ payload, onLog: printHostLog });
    const code = await withTimeout(Promise.race([exited, failure]), opts.timeoutMs,
      `the integration suite did not finish within ${opts.timeoutMs / 1000} s`);
    return code;
  } catch (err) {
    if (interrupted()) throw err;
    // A timeout or crash: say so, show the end of the server's log, and go on to the next phase.
    console.error(`[vscode] integration suite did not complete: ${err.message}`);
    printTail(session.serverLog);
    return 1;
  } finally {
    await session.dispose();
  }
}

function printTail(file, lines = 30) {
  if (!fs.existsSync(file)) return;
  const tail = fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines);
  console.error(`[vscode] last lines of ${path.basename(file)}:\n${tail.map((l) => `  ${l}`).join('\n')}`);
}

// The workbench's automation log carries the extension host's console (mocha's reporter among it)
// and the workbench's own messages; the latter are noise unless something goes wrong.
const WORKBENCH_NOISE = [/open-vsx\.org/, /ERR_NAME_NOT_RESOLVED/, /Failed to fetch/, /^Resolv(ing|ed) connection token/,
  /^Creating a socket/, /^Updating additional builtin extensions cache/, /^\[Service Worker\]/, /^ChatSessionStore:/,
  /DialogService: refused to show dialog in tests/]; // the trust prompt nobody answers in the Restricted Mode phase
const hostCounts = {};
function printHostLog(type, message) {
  // Mocha's own summary lines, to sum up both phases at the end.
  const plain = message.replace(/\x1b\[[0-9;]*m/g, '');
  const count = /^\s*(\d+) (passing|failing|pending)\b/.exec(plain);
  if (count) hostCounts[count[2]] = Number(count[1]);
  if (WORKBENCH_NOISE.some((re) => re.test(message)) && process.env.CROSSCHECK_VERBOSE !== '1') return;
  const out = type === 'error' || type === 'warn' ? process.stderr : process.stdout;
  out.write(message.endsWith('\n') ? message : `${message}\n`);
}

/** Phase 2: the Playwright UI test, run by mocha in this process. Resolves to mocha's stats. */
function runUi(opts) {
  process.env.CROSSCHECK_VSIX = opts.vsix;
  const mochaModule = require('mocha'); // mocha 12 is an ES module; require() gives its namespace
  const Mocha = mochaModule.default || mochaModule.Mocha || mochaModule;
  const mocha = new Mocha({ reporter: 'spec', timeout: 120_000, color: process.stdout.isTTY });
  mocha.addFile(opts.ui);
  const run = new Promise((resolve) => {
    const runner = mocha.run(() => resolve(runner.stats));
  });
  return withTimeout(run, opts.timeoutMs, `the UI test did not finish within ${opts.timeoutMs / 1000} s`);
}

async function main() {
  const opts = options();
  installCleanupHandlers((signal) => console.error(`\n[vscode] ${signal}: stopping code-server and the browser`));
  const results = []; // [phase, passing, failing]
  let failed = false;
  const wants = (phase) => opts.phase === 'all' || opts.phase === phase;
  if (wants('integration')) {
    console.log('[vscode] integration suite in the extension host');
    const code = await runIntegration(opts);
    console.log(`[vscode] integration suite ${code === 0 ? 'passed' : `FAILED (exit code ${code})`}`);
    // A suite that dies before mocha's summary still counts as one failure.
    results.push(['integration', hostCounts.passing || 0, hostCounts.failing || (code === 0 ? 0 : 1)]);
    failed ||= code !== 0;
  }
  if (wants('restricted')) {
    console.log('[vscode] Restricted Mode suite (untrusted workspace) in the extension host');
    hostCounts.passing = 0;
    hostCounts.failing = 0;
    const code = await runIntegration(opts, { tests: opts.restricted, workspaceTrust: true, label: 'crosscheck-restricted' });
    console.log(`[vscode] Restricted Mode suite ${code === 0 ? 'passed' : `FAILED (exit code ${code})`}`);
    results.push(['restricted', hostCounts.passing || 0, hostCounts.failing || (code === 0 ? 0 : 1)]);
    failed ||= code !== 0;
  }
  if (wants('ui')) {
    console.log(`[vscode] UI test (Playwright) in ${vscodeVersion()}`);
    const stats = await runUi(opts);
    console.log(`[vscode] UI test ${stats.failures === 0 ? 'passed' : `FAILED (${stats.failures} failing)`}`);
    results.push(['UI', stats.passes, stats.failures]);
    failed ||= stats.failures !== 0;
  }
  const sum = (i) => results.reduce((n, r) => n + r[i], 0);
  const parts = (i) => results.map((r) => `${r[0]} ${r[i]}`).join(', ');
  console.log(`\n[vscode] in ${vscodeVersion()}:`);
  console.log(`  ${sum(1)} passing (${parts(1)})`);
  if (sum(2) > 0) console.log(`  ${sum(2)} failing (${parts(2)})`);
  return failed ? 1 : 0;
}

main().then(
  (code) => finish(code),
  (err) => {
    if (!interrupted()) console.error(`[vscode] FAILED: ${process.env.CROSSCHECK_VERBOSE === '1' && err.stack ? err.stack : err.message || err}`);
    finish(1);
  },
);
