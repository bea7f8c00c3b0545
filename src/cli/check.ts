// `crosscheck check`: read the inputs, build the corpus, run the engine once over the checked files, format.
import { Corpus, Report, checkDocuments } from '../engine';
import { CheckCommand, Format } from './args';
import { loadConfig } from './config';
import { Inputs, InputError, TextFile, collectInputs } from './files';
import { FormatContext } from './format/context';
import { exitCodeOf, findingsOf } from './format/findings';
import { formatJson } from './format/json';
import { formatSarif } from './format/sarif';
import { formatText } from './format/text';
import { colorWanted, paletteFor } from './color';
import { NoProgress, Progress, Terminal, TerminalProgress } from './progress';

/** Where a run writes: the report to `out`, one-line notices (skipped files) to `err`. */
export interface Output {
  out: (text: string) => void;
  err: (line: string) => void;
  /** stderr when it is a terminal (the progress line is drawn there), otherwise undefined. */
  errTerminal?: Terminal;
  /** Whether stdout is a terminal (colours by default). */
  outIsTTY: boolean;
  env: NodeJS.ProcessEnv;
}

/** Runs a check and returns its exit code (0 or 1). Throws ConfigError, InputError. */
export function runCheck(cmd: CheckCommand, io: Output, version: string): number {
  const config = loadConfig(cmd.config);
  const maxFileSize = cmd.maxFileSize ?? config.maxFileSize;
  const progress: Progress = io.errTerminal && cmd.progress && !cmd.quiet ? new TerminalProgress(io.errTerminal) : new NoProgress(io.err);
  let inputs: Inputs;
  let report: Report;
  if (cmd.corpus.length === 0) throw new InputError(`${NO_SOURCES}: no --corpus given (crosscheck check --corpus FOLDER FILE...)`);
  try {
    inputs = collectInputs(cmd.files, cmd.corpus, { maxFileSize, progress });
    const missing = missingSources(cmd.corpus, inputs);
    if (missing) throw new InputError(`${NO_SOURCES}: ${missing}`);

    // Sources and drafts alike: the config's noise patterns apply to corpus documents too (noise is never evidence).
    const corpus = new Corpus(config.engine);
    progress.phase('indexing', inputs.corpus.length, totalBytes(inputs.corpus));
    for (const doc of inputs.corpus) {
      corpus.set(doc.path, doc.text);
      progress.advance(doc.bytes);
    }
    progress.phase('checking', inputs.checked.length, totalBytes(inputs.checked));
    report = checkDocuments(inputs.checked, corpus, config.engine, (doc) => progress.advance(doc.bytes));
  } finally {
    progress.end();
  }

  const texts = new Map<string, string>();
  for (const doc of [...inputs.corpus, ...inputs.checked]) texts.set(doc.path, doc.text);
  const findings = findingsOf(report, cmd.show);
  const palette = paletteFor(cmd.format === 'text' && colorWanted(cmd.color, io.outIsTTY, io.env));
  const ctx: FormatContext = { texts, corpusSize: inputs.corpus.length, skipped: inputs.skipped.length, version, findings, quiet: cmd.quiet, palette };
  io.out(format(cmd.format, report, ctx));
  return exitCodeOf(findings);
}

const NO_SOURCES = 'no sources to check against';

/**
 * Why the corpus gives a checked file nothing to compare with, or undefined when it does. Checking against nothing
 * would flag every claim as unsupported, which reads like a verdict on the draft rather than a missing folder.
 */
export function missingSources(corpusArgs: string[], inputs: Inputs): string | undefined {
  const where = corpusArgs.join(', ');
  if (inputs.corpus.length === 0) {
    return inputs.skipped.some((s) => s.corpus) ? `every .md or .txt file in ${where} was skipped (see above)` : `no .md or .txt file in ${where}`;
  }
  const [only] = inputs.corpus;
  if (inputs.corpus.length === 1 && inputs.checked.includes(only)) return `${where} holds only the file being checked, ${only.path}`;
  return undefined;
}

function totalBytes(files: TextFile[]): number {
  return files.reduce((sum, f) => sum + f.bytes, 0);
}

function format(kind: Format, report: Report, ctx: FormatContext): string {
  switch (kind) {
    case 'json': return formatJson(report, ctx);
    case 'sarif': return formatSarif(ctx);
    case 'text': return formatText(report, ctx);
  }
}
