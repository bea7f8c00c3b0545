// Builds the CLI JSON contract (DESIGN.md) from documents and a corpus.
import { Analyzer } from './analyzer';
import { Corpus } from './corpus';
import { EngineOptions, Report } from './types';

/** Checks each document against the corpus (never against itself) and reports shared origin of the corpus. */
export function checkDocuments(docs: { path: string; text: string }[], corpus: Corpus, options: EngineOptions = {}): Report {
  const analyzer = new Analyzer(corpus, options);
  return { version: 1, files: docs.map((d) => analyzer.analyze(d.path, d.text)), sources: corpus.sharedOrigins() };
}
