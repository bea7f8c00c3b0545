// `crosscheck check`: read the inputs, build the corpus, run the engine once over the checked files, format.
import { Corpus, Report, checkDocuments } from '../engine';
import { CheckCommand, Format } from './args';
import { loadConfig } from './config';
import { collectInputs } from './files';
import { FormatContext } from './format/context';
import { exitCodeOf } from './format/findings';
import { formatJson } from './format/json';
import { formatSarif } from './format/sarif';
import { formatText } from './format/text';

/** Where a run writes: the report to `out`, one-line notices (skipped files) to `err`. */
export interface Output {
  out: (text: string) => void;
  err: (line: string) => void;
}

/** Runs a check and returns its exit code (0 or 1). Throws ConfigError, InputError. */
export function runCheck(cmd: CheckCommand, io: Output, version: string): number {
  const config = loadConfig(cmd.config);
  const maxFileSize = cmd.maxFileSize ?? config.maxFileSize;
  const inputs = collectInputs(cmd.files, cmd.corpus, maxFileSize, io.err);

  // Sources and drafts alike: the config's noise patterns apply to corpus documents too (noise is never evidence).
  const corpus = new Corpus(config.engine);
  for (const doc of inputs.corpus) corpus.set(doc.path, doc.text);
  const report = checkDocuments(inputs.checked, corpus, config.engine);

  const texts = new Map<string, string>();
  for (const doc of [...inputs.corpus, ...inputs.checked]) texts.set(doc.path, doc.text);
  const ctx: FormatContext = { texts, corpusSize: inputs.corpus.length, skipped: inputs.skipped.length, version };
  io.out(format(cmd.format, report, ctx));
  return exitCodeOf(report);
}

function format(kind: Format, report: Report, ctx: FormatContext): string {
  switch (kind) {
    case 'json': return formatJson(report);
    case 'sarif': return formatSarif(report, ctx);
    case 'text': return formatText(report, ctx);
  }
}
