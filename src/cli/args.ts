// Command-line parsing for `crosscheck`: argv → a typed command, or a usage error with a one-line message.

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
  files: string[];
}

/** What the command line asks for. */
export type Command = CheckCommand | { kind: 'help' } | { kind: 'version' };

/** A command line that cannot be run; `message` is one line for stderr. */
export class UsageError extends Error {}

export const USAGE = `Usage: crosscheck check [--corpus PATH]... [--format text|json|sarif] [--config FILE] FILE...

Checks each FILE (an article draft, .md or .txt; a folder means its .md/.txt files) against the
source articles under --corpus and reports unsupported claims, conflicting numbers and misquotes.

Options:
  --corpus PATH         a folder of source articles (read recursively: .txt and .md; hidden folders
                        and node_modules skipped) or a single file; repeatable. A checked FILE that is
                        also in the corpus is compared with the rest of the corpus only.
  --format FORMAT       text (default: path:line:col: severity: message), json, or sarif (2.1.0)
  --config FILE         JSON file with engine options: noisePatterns (regular expressions in RE2 syntax,
                        matched per line, case-insensitive, in the sources and the checked files alike;
                        no back-references or look-around), maxEvidence, minEvidenceScore, and maxFileSize (bytes)
  --max-file-size BYTES corpus files larger than this are skipped (default 2 MB; overrides --config)
  -h, --help            show this help
  -v, --version         show the version

Exit codes: 0 no unsupported or conflicting claims, 1 findings reported, 2 usage error or unreadable input.
JSON offsets are UTF-16 indices into the file text as read (a UTF-8 BOM stays at index 0);
text and SARIF lines and columns are 1-based as an editor shows them.`;

const VALUE_OPTIONS = new Set(['--corpus', '--format', '--config', '--max-file-size']);

/** Parses the arguments after the program name. Throws UsageError. */
export function parseArgs(argv: string[]): Command {
  if (argv.length === 0) throw new UsageError('no command given');
  if (argv.some((a) => a === '--help' || a === '-h') && !argv.includes('--')) return { kind: 'help' };
  if (argv[0] === 'help') return { kind: 'help' };
  if (argv[0] === '--version' || argv[0] === '-v' || argv[0] === 'version') return { kind: 'version' };
  if (argv[0] !== 'check') {
    throw new UsageError(argv[0].startsWith('-') ? `unknown option ${argv[0]} before the command (expected \`check\`)` : `unknown command "${argv[0]}" (expected \`check\`)`);
  }

  const cmd: CheckCommand = { kind: 'check', corpus: [], format: 'text', files: [] };
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
    }
  }
  if (cmd.files.length === 0) throw new UsageError('no FILE to check (usage: crosscheck check [--corpus PATH]... FILE...)');
  return cmd;
}

/** A positive whole number of bytes, optionally with a k/M suffix ("2M", "512k", "1048576"). */
export function parseByteSize(value: string, what: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*([kKmM]?)[bB]?$/.exec(value.trim());
  const n = m ? Number(m[1]) * (m[2] === '' ? 1 : /k/i.test(m[2]) ? 1024 : 1024 * 1024) : NaN;
  if (!Number.isFinite(n) || n < 1) throw new UsageError(`${what} must be a positive size in bytes (e.g. 2000000 or 2M), not "${value}"`);
  return Math.floor(n);
}
