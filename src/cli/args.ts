// Command-line parsing for `crosscheck`: argv → a typed command, or a usage error with a one-line message.

import { DEFAULT_MAX_FILE_SIZE } from './config';
import { FINDING_STATUSES, FindingStatus } from './format/findings';
import { formatSize } from './units';

/** Output formats of `crosscheck check`. */
export type Format = 'text' | 'json' | 'sarif';

export const FORMATS: readonly Format[] = ['text', 'json', 'sarif'];

/** `crosscheck check ...` with its options. */
export interface CheckCommand {
  kind: 'check';
  corpus: string[];
  format: Format;
  config?: string;
  maxFileSize?: number;
  /** Show the progress line when stderr is a terminal (off with --no-progress and --quiet). */
  progress: boolean;
  /** Findings only: no notes, no summary line, no progress line. */
  quiet: boolean;
  /** --color (true), --no-color (false), or decided by the terminal and the environment (undefined). */
  color?: boolean;
  /** The claim statuses reported as findings (and so able to make the exit code 1). */
  show: Set<FindingStatus>;
  files: string[];
}

/** What the command line asks for. */
export type Command = CheckCommand | { kind: 'help' } | { kind: 'version' };

/** A command line that cannot be run; `message` is one line for stderr. */
export class UsageError extends Error {}

export const USAGE = `Usage: crosscheck check [--corpus PATH]... [--format text|json|sarif] [--config FILE] FILE...
                       [--show STATUSES] [--quiet] [--color | --no-color] [--no-progress] [--max-file-size BYTES]

Checks each FILE (an article draft, .md or .txt; a folder means its .md/.txt files) against the
source articles under --corpus and reports contradicted claims (conflicting numbers, dates, misquotes),
unsupported claims, and partial claims (naming the part no source backs).

Options:
  --corpus PATH         a folder of source articles (read recursively: .txt and .md; hidden folders
                        and node_modules skipped) or a single file; repeatable, and needed: with no
                        source to check against, crosscheck stops (exit 2). A checked FILE that is
                        also in the corpus is compared with the rest of the corpus only.
  --format FORMAT       text (default: path:line:col: severity: message), json, or sarif (2.1.0)
  --show STATUSES       which claims are findings, comma-separated: conflicting, unsupported, partial,
                        or all (the default: a claim with an invented detail is usually partial)
  -q, --quiet           text: findings only (no notes on shared wire copy, no summary line), and no
                        progress line
  --color, --no-color   colour the text report, or not (default: colour on a terminal unless NO_COLOR
                        is set; FORCE_COLOR forces it)
  --no-progress         no progress line (drawn on stderr only when stderr is a terminal)
  --config FILE         JSON file with engine options: noisePatterns (regular expressions in RE2 syntax,
                        matched per line, case-insensitive, in the sources and the checked files alike;
                        no back-references or look-around), maxEvidence, minEvidenceScore, and maxFileSize (bytes)
  --max-file-size BYTES size limit (default ${formatSize(DEFAULT_MAX_FILE_SIZE)}, as in the VS Code extension; overrides
                        --config): a larger source is skipped, a larger FILE is an error
  -h, --help            show this help
  -v, --version         show the version

Exit codes: 0 no finding, 1 findings reported, 2 usage error, unreadable input or no source to check against.
JSON offsets are UTF-16 indices into the file text as read (a UTF-8 BOM stays at index 0);
text and SARIF lines and columns are 1-based as an editor shows them.`;

const VALUE_OPTIONS = new Set(['--corpus', '--format', '--config', '--max-file-size', '--show']);
const FLAG_OPTIONS = new Set(['--no-progress', '--quiet', '-q', '--color', '--no-color']);

/** Parses the arguments after the program name. Throws UsageError. */
export function parseArgs(argv: string[]): Command {
  if (argv.length === 0) throw new UsageError('no command given');
  if (argv.some((a) => a === '--help' || a === '-h') && !argv.includes('--')) return { kind: 'help' };
  if (argv[0] === 'help') return { kind: 'help' };
  if (argv[0] === '--version' || argv[0] === '-v' || argv[0] === 'version') return { kind: 'version' };
  if (argv[0] !== 'check') {
    throw new UsageError(argv[0].startsWith('-') ? `unknown option ${argv[0]} before the command (expected \`check\`)` : `unknown command "${argv[0]}" (expected \`check\`)`);
  }

  const cmd: CheckCommand = { kind: 'check', corpus: [], format: 'text', progress: true, quiet: false, show: new Set(FINDING_STATUSES), files: [] };
  let showSeen = false;
  let formatSeen = false;
  for (let i = 1; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      cmd.files.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '--version' || arg === '-v') return { kind: 'version' };
    if (!arg.startsWith('-') || arg === '-') {
      cmd.files.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if (FLAG_OPTIONS.has(name)) {
      if (eq > 0) throw new UsageError(`${name} takes no value`);
      setFlag(cmd, name);
      continue;
    }
    if (!VALUE_OPTIONS.has(name)) throw new UsageError(`unknown option ${name}`);
    let value: string;
    if (eq > 0) value = arg.slice(eq + 1);
    else {
      if (i + 1 >= argv.length) throw new UsageError(`${name} needs a value`);
      value = argv[++i];
    }
    if (value === '') throw new UsageError(`${name} needs a non-empty value`);
    switch (name) {
      case '--corpus':
        cmd.corpus.push(value);
        break;
      case '--format':
        if (formatSeen) throw new UsageError('--format given more than once');
        if (!(FORMATS as readonly string[]).includes(value)) throw new UsageError(`unknown format "${value}" (expected one of ${FORMATS.join(', ')})`);
        cmd.format = value as Format;
        formatSeen = true;
        break;
      case '--config':
        if (cmd.config !== undefined) throw new UsageError('--config given more than once');
        cmd.config = value;
        break;
      case '--max-file-size':
        cmd.maxFileSize = parseByteSize(value, '--max-file-size');
        break;
      case '--show':
        if (showSeen) throw new UsageError('--show given more than once (give a comma-separated list)');
        cmd.show = parseShow(value);
        showSeen = true;
        break;
    }
  }
  if (cmd.files.length === 0) throw new UsageError('no FILE to check (usage: crosscheck check [--corpus PATH]... FILE...)');
  return cmd;
}

function setFlag(cmd: CheckCommand, name: string): void {
  switch (name) {
    case '--no-progress':
      cmd.progress = false;
      break;
    case '--quiet':
    case '-q':
      cmd.quiet = true;
      break;
    case '--color':
      cmd.color = true;
      break;
    case '--no-color':
      cmd.color = false;
      break;
  }
}

/** "conflicting,unsupported" → the statuses; "all" → every one. */
export function parseShow(value: string): Set<FindingStatus> {
  if (value === 'all') return new Set(FINDING_STATUSES);
  const names = value.split(',').map((v) => v.trim());
  const bad = names.find((n) => !(FINDING_STATUSES as readonly string[]).includes(n));
  if (bad !== undefined) throw new UsageError(`--show: unknown status "${bad}" (expected a comma-separated list of ${FINDING_STATUSES.join(', ')}, or all)`);
  return new Set(names as FindingStatus[]);
}

/** A positive whole number of bytes, optionally with a k/M suffix ("2M", "512k", "1048576"). */
export function parseByteSize(value: string, what: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*([kKmM]?)[bB]?$/.exec(value.trim());
  const n = m ? Number(m[1]) * (m[2] === '' ? 1 : /k/i.test(m[2]) ? 1024 : 1024 * 1024) : NaN;
  if (!Number.isFinite(n) || n < 1) throw new UsageError(`${what} must be a positive size in bytes (e.g. 2000000 or 2M), not "${value}"`);
  return Math.floor(n);
}
