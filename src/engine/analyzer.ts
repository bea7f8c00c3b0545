// TEMPORARY STUB (being replaced by the real engine): keeps the API compiling for the front ends.
import { Corpus } from './corpus';
import { EngineOptions, Evidence, FileReport } from './types';
import { findNoise } from './noise';

export class Analyzer {
  constructor(readonly corpus: Corpus, readonly options: EngineOptions = {}) {}
  analyze(path: string, text: string): FileReport {
    return { path, noise: findNoise(text, this.options), claims: [] };
  }
  corroborate(_text: string, _opts: { excludePath?: string } = {}): Evidence[] { return []; }
}
