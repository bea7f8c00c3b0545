// Shared fixtures for engine tests: the seed corpus and the test drafts, read from the repository.
import * as fs from 'fs';
import * as path from 'path';
import { Corpus } from '../../../src/engine';

export const root = path.resolve(__dirname, '../../../..');
export const seedsDir = path.join(root, 'seeds');

export function seedPaths(): string[] {
  return fs.readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join('seeds', f));
}

export function read(rel: string): string {
  return fs.readFileSync(path.join(root, rel), 'utf8');
}

/** A corpus of the five seed articles, keyed by their repository-relative paths. */
export function seedCorpus(): Corpus {
  const corpus = new Corpus();
  for (const p of seedPaths()) corpus.set(p, read(p));
  return corpus;
}

/** Every span's text equals its slice of the document. */
export function assertSpansExact(text: string, spans: { start: number; end: number; text: string }[]): void {
  for (const s of spans) {
    if (text.slice(s.start, s.end) !== s.text) throw new Error(`span ${s.start}-${s.end} text differs from its slice: ${JSON.stringify(s.text)}`);
  }
}
