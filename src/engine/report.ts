// TEMPORARY STUB (being replaced by the real engine).
import { Analyzer } from './analyzer';
import { Corpus } from './corpus';
import { EngineOptions, Report } from './types';

export function checkDocuments(docs: { path: string; text: string }[], corpus: Corpus, options: EngineOptions = {}): Report {
  const analyzer = new Analyzer(corpus, options);
  return { version: 1, files: docs.map((d) => analyzer.analyze(d.path, d.text)), sources: corpus.sharedOrigins() };
}
