// A throwaway real VS Code for tests and the demo: code-server (VS Code 1.100 server + workbench,
// installed by test/vscode/setup) on 127.0.0.1 with its own user-data, extensions and workspace
// folders, driven by Debian's Chromium through playwright-core. See ../shared/docs/TESTING-IN-VSCODE.md.
'use strict';

const { spawn, execFile } = require('child_process');
const fs = require('fs');
const net = require('net');
const os = require('os');
const path = require('path');
const util = require('util');

const ROOT = path.resolve(__dirname, '../..');
const CACHE = process.env.CROSSCHECK_VSCODE_CACHE || path.join(ROOT, '.vscode-test');
const ENTRY = path.join(CACHE, 'node_modules/code-server/out/node/entry.js');
const CHROMIUM = process.env.CROSSCHECK_CHROMIUM || '/usr/bin/chromium';
const KEEP_TMP = process.env.CROSSCHECK_KEEP_TMP === '1';
const VERBOSE = process.env.CROSSCHECK_VERBOSE === '1';

/** Everything that must be stopped or removed when the process ends, however it ends. */
const live = new Set();

function assertSetUp() {
  if (!fs.existsSync(path.join(CACHE, '.setup-complete')) || !fs.existsSync(ENTRY)) {
    throw new Error(`code-server is not installed in ${CACHE}: run test/vscode/setup first`);
  }
  if (!fs.existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: run test/vscode/setup first`);
}

/** A port that was free on 127.0.0.1 a moment ago. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Rejects after `ms` with `message`, unless `promise` settles first. */
function withTimeout(promise, ms, message) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function runCodeServerCli(args) {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [ENTRY, ...args], { timeout: 120_000 }, (err, stdout, stderr) => {
      if (err) reject(new Error(`code-server ${args.join(' ')} failed: ${err.message}\n${stdout}${stderr}`));
      else resolve(stdout);
    });
  });
}

class Session {
  /**
   * @param {object} options
   * @param {Array<string|[string,string]>} [options.workspaceFrom] folders copied into the workspace
   * @param {object} [options.settings] user settings.json
   * @param {string} [options.label] prefix of the temp folder
   * @param {boolean} [options.workspaceTrust] open the workspace untrusted (Restricted Mode) instead of disabling trust
   */
  constructor({ workspaceFrom = [], settings = {}, label = 'crosscheck-vscode', workspaceTrust = false } = {}) {
    assertSetUp();
    this.dir = fs.mkdtempSync(path.join(os.tmpdir(), `${label}-`));
    this.userDataDir = path.join(this.dir, 'user-data');
    this.extensionsDir = path.join(this.dir, 'extensions');
    this.workspaceDir = path.join(this.dir, 'workspace');
    this.configFile = path.join(this.dir, 'code-server.yaml');
    this.serverLog = path.join(this.dir, 'code-server.log');
    for (const d of [this.extensionsDir, this.workspaceDir, path.join(this.userDataDir, 'User')]) {
      fs.mkdirSync(d, { recursive: true });
    }
    // code-server, like vscode.dev, auto-saves by default; tests expect unsaved edits to stay unsaved.
    const userSettings = {
      'files.autoSave': 'off',
      'workbench.startupEditor': 'none',
      'workbench.tips.enabled': false,
      'extensions.autoCheckUpdates': false,
      'extensions.autoUpdate': false,
      'telemetry.telemetryLevel': 'off',
      'update.mode': 'none',
      ...settings,
    };
    fs.writeFileSync(path.join(this.userDataDir, 'User/settings.json'), JSON.stringify(userSettings, null, 2));
    fs.writeFileSync(this.configFile, 'auth: none\ncert: false\n');
    // Each entry is a folder whose contents go to the workspace root, or [folder, subfolder].
    for (const entry of workspaceFrom) {
      const [from, to = '.'] = Array.isArray(entry) ? entry : [entry];
      fs.cpSync(from, path.join(this.workspaceDir, to), { recursive: true });
    }
    // With workspace trust on, the workspace opens in Restricted Mode (no prompt: nobody answers it).
    this.workspaceTrust = workspaceTrust;
    this.server = null;
    this.browser = null;
    live.add(this);
  }

  commonArgs() {
    return ['--config', this.configFile, '--user-data-dir', this.userDataDir, '--extensions-dir', this.extensionsDir];
  }

  /** Installs a packaged extension the way a user does; returns the folder it was unpacked into. */
  async installExtension(vsix) {
    if (!fs.existsSync(vsix)) throw new Error(`no extension package at ${vsix}`);
    await runCodeServerCli([...this.commonArgs(), '--force', '--install-extension', path.resolve(vsix)]);
    const manifest = path.join(this.extensionsDir, 'extensions.json');
    const entries = fs.existsSync(manifest) ? JSON.parse(fs.readFileSync(manifest, 'utf8')) : [];
    if (entries.length !== 1) throw new Error(`expected one installed extension in ${this.extensionsDir}, found ${entries.length}`);
    const folder = entries[0].location.path || entries[0].location.fsPath;
    if (!fs.existsSync(path.join(folder, 'package.json'))) throw new Error(`installed extension has no package.json: ${folder}`);
    return { id: entries[0].identifier.id, version: entries[0].version, folder };
  }

  /** Starts code-server on a free 127.0.0.1 port, in its own process group; resolves when it listens. */
  async start({ port } = {}) {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.startOn(port || (await freePort()));
      } catch (err) {
        // Another process may take the free port before the server binds it; try another one.
        if (port || attempt === 3 || !/EADDRINUSE/.test(err.message)) throw err;
      }
    }
  }

  async startOn(port) {
    this.port = port;
    this.host = `127.0.0.1:${this.port}`;
    const args = [ENTRY, ...this.commonArgs(), '--auth', 'none', '--bind-addr', this.host,
      '--disable-telemetry', '--disable-update-check', ...(this.workspaceTrust ? [] : ['--disable-workspace-trust']),
      '--disable-getting-started-override', '--ignore-last-opened', this.workspaceDir];
    const log = fs.createWriteStream(this.serverLog, { flags: 'a' });
    const env = { ...process.env };
    delete env.PORT; // code-server would listen on $PORT instead of --bind-addr's port
    this.server = spawn(process.execPath, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'], cwd: this.dir, env });
    this.serverExited = new Promise((resolve) => this.server.once('exit', (code, signal) => resolve({ code, signal })));
    startReaper(this.server.pid, this.dir);
    const listening = new Promise((resolve, reject) => {
      let seen = '';
      const onData = (chunk) => {
        log.write(chunk);
        if (VERBOSE) process.stderr.write(`[code-server] ${chunk}`);
        seen += chunk;
        if (/HTTP server listening on/.test(seen)) resolve();
        if (seen.length > 100_000) seen = seen.slice(-10_000);
      };
      this.server.stdout.on('data', onData);
      this.server.stderr.on('data', onData);
      this.serverExited.then(({ code, signal }) => reject(new Error(
        `code-server exited before listening (code ${code}, signal ${signal}); log: ${this.serverLog}\n${seen.slice(-2000)}`)));
    });
    this.server.once('close', () => log.end());
    await withTimeout(listening, 60_000, `code-server did not start listening within 60 s; log: ${this.serverLog}`);
    return `http://${this.host}/`;
  }

  /** A `vscode-remote://` URI for a path on this machine, as the workbench's payload expects. */
  remoteUri(p) {
    return `vscode-remote://${this.host}${path.resolve(p).split(path.sep).map(encodeURIComponent).join('/')}`;
  }

  workbenchUrl({ folder = this.workspaceDir, payload } = {}) {
    let url = `http://${this.host}/?folder=${encodeURIComponent(folder)}`;
    if (payload) url += `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
    return url;
  }

  /**
   * Opens the workbench in headless Chromium. `onLog(type, message)` receives the workbench's
   * automation log (extension host console included) when running extension tests.
   * Resolves to { browser, page, exited } where `exited` settles with window.codeAutomationExit's code.
   */
  async openWorkbench({ payload, onLog, viewport = { width: 1400, height: 900 } } = {}) {
    const { chromium } = require('playwright-core');
    this.browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
    });
    const context = await this.browser.newContext({ viewport });
    const page = await context.newPage();
    const exited = new Promise((resolve) => {
      page.exposeFunction('codeAutomationExit', (code) => resolve(code)).catch(() => {});
    });
    if (onLog) await page.exposeFunction('codeAutomationLog', (type, args) => onLog(type, formatLogArgs(args)));
    if (VERBOSE) page.on('console', (m) => process.stderr.write(`[browser ${m.type()}] ${m.text()}\n`));
    const crashed = new Promise((_, reject) => {
      page.on('crash', () => reject(new Error('the workbench page crashed')));
      this.browser.on('disconnected', () => reject(new Error('the browser disconnected')));
    });
    crashed.catch(() => {}); // observed through `failure`
    await page.goto(this.workbenchUrl({ payload }), { waitUntil: 'domcontentloaded' });
    const serverDied = this.serverExited.then(({ code, signal }) => {
      throw new Error(`code-server exited (code ${code}, signal ${signal}); log: ${this.serverLog}`);
    });
    serverDied.catch(() => {});
    const failure = Promise.race([crashed, serverDied]);
    failure.catch(() => {}); // only callers that wait on it care
    return { browser: this.browser, page, exited, failure };
  }

  async stopServer() {
    const server = this.server;
    if (!server || server.exitCode !== null || server.signalCode !== null) return;
    killGroup(server.pid, 'SIGTERM');
    const stopped = await Promise.race([this.serverExited.then(() => true), delay(5000).then(() => false)]);
    if (!stopped) killGroup(server.pid, 'SIGKILL');
    // The extension host and other children share the group; make sure none outlives the server.
    killGroup(server.pid, 'SIGKILL');
  }

  /** Stops the browser and the server and removes the temp folder. Safe to call more than once. */
  async dispose() {
    if (this.disposed) return;
    this.disposed = true;
    try {
      if (this.browser) await withTimeout(this.browser.close(), 10_000, 'browser.close timed out').catch(() => {});
    } finally {
      await this.stopServer();
      live.delete(this);
      this.removeTmp();
    }
  }

  /** Last resort from a synchronous 'exit' handler. */
  disposeSync() {
    if (this.server) killGroup(this.server.pid, 'SIGKILL');
    this.removeTmp();
  }

  removeTmp() {
    if (KEEP_TMP) return;
    try {
      fs.rmSync(this.dir, { recursive: true, force: true, maxRetries: 3 });
    } catch {
      // A file still held by a dying process; the folder is under os.tmpdir() anyway.
    }
  }
}

// Signal handlers cannot run when this process is killed with SIGKILL (a CI job's hard timeout, say),
// and the server's own process group outlives it. A tiny detached watcher stops that group once this
// process is gone, and exits by itself when the group is.
const REAPER = `
const [parent, group] = process.argv.slice(1, 3).map(Number);
const dir = process.argv[3];
const alive = (pid) => { try { process.kill(pid, 0); return true; } catch (e) { return e.code === 'EPERM'; } };
setInterval(() => {
  if (!alive(-group)) process.exit(0);
  if (alive(parent)) return;
  try { process.kill(-group, 'SIGKILL'); } catch {}
  if (dir) setTimeout(() => require('fs').rmSync(dir, { recursive: true, force: true, maxRetries: 5 }), 500);
}, 1000);`;

function startReaper(group, tmpDir) {
  const args = ['-e', REAPER, String(process.pid), String(group), KEEP_TMP ? '' : tmpDir];
  const reaper = spawn(process.execPath, args, { detached: true, stdio: 'ignore' });
  reaper.unref();
}

function killGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
  } catch {
    // already gone
  }
}

function delay(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** The automation log sends console arguments as given, printf-style format string first. */
function formatLogArgs(args) {
  if (typeof args === 'string') return args;
  if (Array.isArray(args)) return util.format(...args);
  return util.inspect(args);
}

async function disposeAll() {
  await Promise.all([...live].map((s) => s.dispose()));
}

let handlersInstalled = false;
let signalExitCode = null;
/**
 * Stops every session on Ctrl-C, SIGTERM, SIGHUP or any exit; `onSignal` may print something first.
 * A signal exits with 128+n, or 0 when it is the normal way to stop (the demo).
 */
function installCleanupHandlers(onSignal, { signalIsNormalStop = false } = {}) {
  if (handlersInstalled) return;
  handlersInstalled = true;
  const codes = signalIsNormalStop ? { SIGINT: 0, SIGTERM: 0, SIGHUP: 0 } : { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 };
  for (const [signal, code] of Object.entries(codes)) {
    process.on(signal, () => {
      if (signalExitCode !== null) return;
      signalExitCode = code;
      if (onSignal) onSignal(signal);
      const hardStop = setTimeout(() => process.exit(code), 15_000);
      hardStop.unref();
      disposeAll().finally(() => process.exit(code));
    });
  }
  process.on('exit', () => {
    for (const s of live) s.disposeSync();
  });
}

/** Stops every session, then exits with `code` (or 128+n when a signal started the shutdown). */
function finish(code) {
  const hardStop = setTimeout(() => process.exit(signalExitCode ?? code), 15_000);
  hardStop.unref();
  disposeAll().finally(() => process.exit(signalExitCode ?? code));
}

const interrupted = () => signalExitCode !== null;

module.exports = { ROOT, CACHE, Session, freePort, withTimeout, installCleanupHandlers, disposeAll, finish, interrupted, delay };
