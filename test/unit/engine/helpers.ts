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

export const eventsDir = path.join(root, 'test', 'fixtures', 'events');

/** The development events of the collection (held-out events are for measuring, never for tests or tuning). */
export function developmentEvents(): string[] {
  return fs.readdirSync(eventsDir).filter((d) => {
    const f = path.join(eventsDir, d, 'event.json');
    return fs.existsSync(f) && !JSON.parse(fs.readFileSync(f, 'utf8')).heldOut;
  }).sort();
}

const eventCorpora = new Map<string, Corpus>();

/** The sources of one event as a corpus (cached: tests only read it), keyed by file name. */
export function eventCorpus(event: string): Corpus {
  let c = eventCorpora.get(event);
  if (!c) {
    c = new Corpus();
    const dir = path.join(eventsDir, event, 'sources');
    for (const f of fs.readdirSync(dir).sort()) c.set(f, fs.readFileSync(path.join(dir, f), 'utf8'));
    eventCorpora.set(event, c);
  }
  return c;
}
