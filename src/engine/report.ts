// Builds the CLI JSON contract (DESIGN.md) from documents and a corpus.
import { Analyzer } from './analyzer';
import { Corpus } from './corpus';
import { EngineOptions, Report } from './types';

/**
 * Checks each document against the corpus (never against itself) and reports shared origin among the documents
 * involved. `onChecked`, when given, is called after each document (a front end's progress display).
 */
export function checkDocuments<D extends { path: string; text: string }>(docs: D[], corpus: Corpus, options: EngineOptions = {}, onChecked?: (doc: D) => void): Report {
  const analyzer = new Analyzer(corpus, options);
  const files = docs.map((d) => {
    const file = analyzer.analyze(d.path, d.text);
    onChecked?.(d);
    return file;
  });
  // Shared origin among the documents this report checks or cites, not the whole archive.
  const cited = files.flatMap((f) => [f.path, ...f.claims.flatMap((c) => c.evidence.map((e) => e.path))]);
  return { version: 1, files, sources: corpus.sharedOrigins(0.05, cited) };
}
