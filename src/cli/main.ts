// The `crosscheck` command: argv → exit code. bin/crosscheck.js calls main(); everything else is in modules.
import { version } from '../../package.json';
import { USAGE, UsageError, parseArgs } from './args';
import { runCheck } from './check';
import { ConfigError } from './config';
import { InputError } from './files';

/** A closed pipe (`| head`) is not an error. */
function ignoreClosedPipe(err: NodeJS.ErrnoException): void {
  if (err.code !== 'EPIPE') throw err;
}

/** Runs the CLI with the arguments after the program name; resolves to the exit code (0, 1 or 2). */
export async function main(argv: string[]): Promise<number> {
  // Once per process: eval/events.mjs calls main() in process for every draft.
  if (!process.stdout.listeners('error').includes(ignoreClosedPipe)) process.stdout.on('error', ignoreClosedPipe);
  const out = (text: string) => void process.stdout.write(text);
  const err = (line: string) => void process.stderr.write(line + '\n');
  try {
    const cmd = parseArgs(argv);
    const stderr = process.stderr;
    const errTerminal = stderr.isTTY ? { write: (text: string) => void stderr.write(text), columns: () => stderr.columns ?? 0 } : undefined;
    if (cmd.kind === 'check') return runCheck(cmd, { out, err, errTerminal, outIsTTY: !!process.stdout.isTTY, env: process.env }, version);
    out(cmd.kind === 'help' ? `${USAGE}\n` : `${version}\n`);
    return 0;
  } catch (e) {
    if (e instanceof UsageError) err(`crosscheck: ${e.message} (see crosscheck --help)`);
    else if (e instanceof ConfigError || e instanceof InputError) err(`crosscheck: ${e.message}`);
    else err(`crosscheck: internal error: ${e instanceof Error ? e.message : String(e)}`.split('\n')[0]);
    return 2;
  }
}
