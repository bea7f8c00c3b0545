// Helpers for the CLI tests: spawn the built binary, make temp folders with drafts, read reports.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Claim, FileReport, Report } from '../../src/engine';

/** The repository root (this file runs from out/test/cli/). */
export const ROOT = path.resolve(__dirname, '..', '..', '..');
export const BIN = path.join(ROOT, 'bin', 'crosscheck.js');
export const SEEDS = fs.readdirSync(path.join(ROOT, 'seeds')).filter((f) => f.endsWith('.txt')).sort().map((f) => `seeds/${f}`);

/** What one run of the binary did. */
export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The environment of a run: this one without colour settings (a test that wants them sets them). */
export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = { ...process.env, ...extra };
  for (const k of ['NO_COLOR', 'FORCE_COLOR']) if (!(k in extra)) delete env[k];
  return env;
}

/** Runs `crosscheck ARGS` with this Node, in the repository root unless `cwd` is given. */
export function crosscheck(args: string[], cwd = ROOT, env: Record<string, string> = {}): Run {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 28, env: cleanEnv(env) });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** What a run on a terminal did: the bytes the terminal received, and stdout when it went to a file. */
export interface TerminalRun {
  code: number | null;
  terminal: string;
  stdout: string;
}

/**
 * Runs `crosscheck ARGS` on a pseudo-terminal 120 columns wide, through util-linux `script`: stderr always goes
 * to the terminal, stdout too unless `stdout: 'file'` (then it is read back from the file).
 */
export function crosscheckOnTerminal(args: string[], cwd: string, opts: { stdout: 'terminal' | 'file'; env?: Record<string, string> }): TerminalRun {
  const outFile = path.join(tempDir(), 'stdout.txt');
  const q = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
  const redirect = opts.stdout === 'file' ? ` > ${q(outFile)}` : '';
  const command = `stty cols 120 rows 40; ${[process.execPath, BIN, ...args].map(q).join(' ')}${redirect}`;
  const r = spawnSync('script', ['--quiet', '--return', '--command', command, '/dev/null'], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: cleanEnv({ TERM: 'xterm-256color', ...opts.env }),
  });
  if (r.error) throw new Error(`cannot run util-linux script (the pseudo-terminal for these tests): ${r.error.message}`);
  const stdout = opts.stdout === 'file' && fs.existsSync(outFile) ? fs.readFileSync(outFile, 'utf8') : '';
  return { code: r.status, terminal: r.stdout, stdout };
}

/**
 * The lines a terminal shows after receiving `bytes`: \r returns to the start of the line, \n starts a new one
 * (the terminal turns \n into \r\n), other characters overwrite. Escape sequences are kept as they are.
 */
export function screenOf(bytes: string): string[] {
  const lines: string[][] = [[]];
  let col = 0;
  for (const ch of bytes) {
    const line = lines[lines.length - 1];
    if (ch === '\r') col = 0;
    else if (ch === '\n') {
      lines.push([]);
      col = 0;
    } else line[col++] = ch;
  }
  return lines.map((l) => Array.from(l, (c) => c ?? ' ').join('').trimEnd());
}

/** Runs a check with `--format json` and parses the report (exit code must be 0 or 1). */
export function checkJson(args: string[], cwd = ROOT): { run: Run; report: Report } {
  const run = crosscheck(['check', '--format', 'json', ...args], cwd);
  if (run.code !== 0 && run.code !== 1) throw new Error(`crosscheck exited ${run.code}: ${run.stderr}`);
  return { run, report: JSON.parse(run.stdout) as Report };
}

/** A fresh temporary folder, removed by `cleanup()`. */
export function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-cli-'));
  made.push(dir);
  return dir;
}
const made: string[] = [];
export function cleanup(): void {
  for (const d of made.splice(0)) fs.rmSync(d, { recursive: true, force: true });
}

/** Writes files (relative path → content) under `dir`, creating folders. */
export function writeFiles(dir: string, files: Record<string, string | Buffer>): void {
  for (const [rel, content] of Object.entries(files)) {
    const p = path.join(dir, rel);
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.writeFileSync(p, content);
  }
}

/** Copies the five seed articles into `dir/sub`. */
export function copySeeds(dir: string, sub = 'sources'): void {
  fs.mkdirSync(path.join(dir, sub), { recursive: true });
  for (const s of SEEDS) fs.copyFileSync(path.join(ROOT, s), path.join(dir, sub, path.basename(s)));
}

/** The claim overlapping most of `quote` in the file's text (undefined when none overlaps half of it). */
export function claimAt(file: FileReport, text: string, quote: string): Claim | undefined {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`quote not in text: ${quote}`);
  const end = start + quote.length;
  let best: Claim | undefined;
  let bestOverlap = 0;
  for (const c of file.claims) {
    const ov = Math.min(end, c.end) - Math.max(start, c.start);
    if (ov > bestOverlap) {
      bestOverlap = ov;
      best = c;
    }
  }
  return bestOverlap >= quote.length / 2 ? best : undefined;
}

/** Line and column (1-based) of an offset as an editor shows them: a leading BOM is not a column. */
export function lineCol(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split(/\r\n|\r|\n/).length;
  const lastBreak = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r'));
  let col = offset - lastBreak;
  if (lastBreak < 0 && text.startsWith('\uFEFF') && offset > 0) col -= 1;
  return `${line}:${col}`;
}

/** True when stderr holds a JavaScript stack trace. */
export function hasStack(stderr: string): boolean {
  return /\n\s+at .+\(.+:\d+:\d+\)/.test(stderr) || /^\s+at /m.test(stderr);
}

/** A short draft with planted errors against the seeds, and what each sentence should be. */
export const PLANTED = {
  supported: 'Vladimir Putin has arrived in Beijing for a two-day state visit to China, in a show of unity between the authoritarian allies.',
  conflict: 'The offensive in northeastern Ukraine’s Kharkiv region has forced almost 9,000 people to flee their homes.',
  year: 'The visit will also celebrate 70 years since the Soviet Union recognised the People’s Republic of China in 1949.',
  misquote: '“We have never agreed to negotiate,” Putin was quoted as saying by Xinhua.',
  unsupported: 'Putin brought a delegation of 300 business leaders to Beijing, the Kremlin said.',
};

/** A backed clause with an invented one beside it (no seed mentions a gas deal): a partial claim. */
export const PARTIAL = 'Vladimir Putin has arrived in Beijing for a two-day state visit to China, and the two sides signed a $40bn gas deal, the Kremlin said.';
/** The invented fact in PARTIAL. */
export const INVENTED = '$40bn gas deal';

export const PLANTED_DRAFT = `# Putin and Xi meet in Beijing

${PLANTED.supported}

${PLANTED.conflict}

${PLANTED.year}

${PLANTED.misquote}

${PLANTED.unsupported}
`;
