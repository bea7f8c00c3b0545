// The corpus index: documents split into passages (clauses outside noise), an inverted index for
// candidate retrieval (minisearch), term statistics for weighting, and shared-text measurement.
// Retrieval sits behind candidates() so that a search engine can replace the in-memory index.
import MiniSearch from 'minisearch';
import { Side } from './evidence/align';
import { capitalisedRuns } from './facts/entities';
import { datesOf, documentDate } from './facts/dates';
import { quoteFacts } from './facts/quotes';
import { Entity, locateEntities, readUnit } from './facts/unit';
import { LineRepetition } from './boilerplate/repetition';
import { findNoise, inNoise, NoiseContext } from './noise';
import { contentTerms, normalizeText } from './normalize';
import { sentencesOf, splitBlocks } from './segment';
import { EngineOptions, SharedOrigin, Span } from './types';

/** A unit of evidence: a sentence of a corpus document outside noise. */
export class Passage implements Span {
  private set?: Set<string>;
  private normCache?: string;
  constructor(
    readonly id: number,
    readonly path: string,
    readonly start: number,
    readonly end: number,
    readonly text: string,
    /** The whole sentence (the passage itself; kept for callers that ask for it). */
    readonly sentence: Span,
    /** Distinct content terms, in order of first appearance. */
    readonly terms: readonly string[],
    /** Position among its document's passages. */
    readonly index: number = 0,
  ) {}

  /** The terms as a set; built on first use, since only candidate passages are ever compared. */
  get termSet(): Set<string> {
    return (this.set ??= new Set(this.terms));
  }

  /** Normalised text for string similarity; built on first use. */
  get norm(): string {
    return (this.normCache ??= normalizeText(this.text));
  }
}

interface DocEntry {
  /** Numeric id of the document in the inverted index. */
  id: number;
  path: string;
  text: string;
  passages: Passage[];
  /** The latest four-digit year the document names (its story is set no earlier). */
  latestYear?: number;
  /** Names of the document (capitalised runs anywhere in it) and its date, read on first comparison. */
  names?: { words: Set<string>; terms: Set<string>; title: string[]; year?: number };
  /** Distinct shingle hashes, sorted: a typed array costs a tenth of a Set's memory at 10,000 articles. */
  shingles: Uint32Array;
}

const SHINGLE = 5;
/** Most postings one candidate query merges (see candidates()). */
const POSTINGS_BUDGET = 4000;
/** How many best-matching documents a query looks inside for passages. */
const DOCS_PER_QUERY = 20;
/** Shingles shared by more documents than this are boilerplate, not shared origin. */
const SHINGLE_DOC_LIMIT = 50;

function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

/** The latest four-digit year (1600–2099) a text names, by a plain scan (indexing stays cheap). */
function latestYearIn(text: string): number | undefined {
  let latest: number | undefined;
  for (const m of text.matchAll(/(?<![\w.,$€£-])(1[6-9]\d\d|20\d\d)(?![\w,.-]\d|\w)/g)) {
    const y = Number(m[1]);
    if (latest === undefined || y > latest) latest = y;
  }
  return latest;
}

/** The speaker a sentence names for its quotation, or one it says something ("Macron said"), or ''. */
function speakerIn(text: string): string {
  if (!text) return '';
  const q = quoteFacts(text).find((x) => x.speaker);
  if (q) return q.speaker;
  const m = /(\p{Lu}[\p{L}'\u2019-]+)\s+(?:said|says|told|added|noted|wrote|stated|explained)\b/u.exec(text);
  return m && !/^(?:He|She|They|It|We|I|The|This|That)$/.test(m[1]) ? m[1] : '';
}

/** Whether a path names a Markdown file (front matter and code fences are then skipped). */
export function isMarkdownPath(path: string): boolean {
  return /\.(?:md|markdown|mdx)$/i.test(path);
}

/** A passage before it gets its id in a corpus. */
export interface PassageDraft extends Span {
  sentence: Span;
  terms: string[];
}

/** Splits a document into passages: its sentences that lie outside noise. */
export function passagesOf(path: string, text: string, options: EngineOptions = {}, context: NoiseContext = {}): PassageDraft[] {
  const noise = findNoise(text, options, context);
  const out: PassageDraft[] = [];
  for (const sentence of sentencesOf(text, splitBlocks(text, isMarkdownPath(path)))) {
    if (inNoise(noise, sentence.start, sentence.end)) continue;
    const span = { start: sentence.start, end: sentence.end, text: sentence.text };
    const terms = [...new Set(contentTerms(span.text))];
    if (terms.length < 2) continue;
    out.push({ ...span, sentence: span, terms });
  }
  return out;
}

/** The in-memory corpus. Add, replace or remove single documents without a rebuild. */
export class Corpus {
  private readonly docs = new Map<string, DocEntry>();
  private readonly docsById = new Map<number, DocEntry>();
  private readonly df = new Map<string, number>();
  private readonly sides = new Map<number, Side>();
  /** How many documents have each latest year: the year the corpus's stories are set in. */
  private readonly yearCounts = new Map<number, number>();
  /** Names (capitalised runs) of each passage text read so far, for its own side and as context of the next. */
  private readonly runs = new Map<string, string[]>();
  // Documents are given as their distinct terms, already normalised: no string to join and split again.
  private readonly index = new MiniSearch<{ id: number; t: string[] }>({
    fields: ['t'],
    storeFields: [],
    stringifyField: (value) => value as unknown as string,
    tokenize: (s) => (Array.isArray(s) ? (s as unknown as string[]) : s.split(' ')),
    processTerm: (t) => t || null,
    searchOptions: { combineWith: 'OR' },
    autoVacuum: { minDirtCount: 200, minDirtFactor: 0.2, batchSize: 1000, batchWait: 10 },
  });
  private readonly pairCache = new Map<string, number>();
  private readonly termHashes = new Map<string, number>();
  private readonly idfCache = new Map<string, number>();
  private idfVersion = -1;
  private nextId = 1;
  private passageTotal = 0;
  private sharedCache: { version: number; origins: SharedOrigin[] } | null = null;
  /** Incremented on every change: analysis caches compare it. */
  version = 0;
  /** Short lines counted per document: a line repeated in other documents is boilerplate (noise.ts). */
  private readonly lines = new LineRepetition();

  constructor(private readonly options: EngineOptions = {}) {}

  /** Adds a document, or replaces it when the path is already indexed. */
  set(path: string, text: string): void {
    if (this.docs.has(path)) this.remove(path);
    const stale = this.lines.add(path, text);
    const drafts = passagesOf(path, text, this.options, this.noiseContext(path));
    const passages = drafts.map((p, i) => new Passage(this.nextId++, path, p.start, p.end, p.text, p.sentence, p.terms, i));
    const shingleSet = new Set<number>();
    // Shingles run over each passage's terms in order: copied text gives the same hashes.
    const hashes: number[] = [];
    for (const p of drafts) for (const t of p.terms) hashes.push(this.termHash(t));
    for (let i = 0; i + SHINGLE <= hashes.length; i++) {
      let h = 0;
      for (let k = i; k < i + SHINGLE; k++) h = (Math.imul(h, 31) + hashes[k]) | 0;
      shingleSet.add(h >>> 0);
    }
    const shingles = Uint32Array.from(shingleSet).sort();
    const docTerms = new Set<string>();
    for (const p of passages) {
      for (const t of p.terms) {
        this.df.set(t, (this.df.get(t) ?? 0) + 1);
        docTerms.add(t);
      }
    }
    // The inverted index holds documents; passages are ranked inside the best documents (see candidates()).
    // Measured: indexing every passage in minisearch made its per-term maps the main cost at 10,000 articles.
    const entry: DocEntry = { id: this.nextId++, path, text, passages, shingles, latestYear: latestYearIn(text) };
    if (entry.latestYear !== undefined) this.yearCounts.set(entry.latestYear, (this.yearCounts.get(entry.latestYear) ?? 0) + 1);
    this.index.add({ id: entry.id, t: [...docTerms] });
    this.passageTotal += passages.length;
    this.docs.set(path, entry);
    this.docsById.set(entry.id, entry);
    this.version++;
    // Documents whose lines this one repeats have new boilerplate: split them into passages again.
    for (const other of stale) { const t = this.docs.get(other)?.text; if (t !== undefined) this.set(other, t); }
  }

  /** What noise detection needs from the corpus for a document: which of its lines stand in other documents. */
  noiseContext(path?: string): NoiseContext {
    return { isRepeated: (fp) => this.lines.isRepeated(fp, path) };
  }

  /** Removes a document; returns false if it was not indexed. */
  remove(path: string): boolean {
    const entry = this.docs.get(path);
    if (!entry) return false;
    this.lines.remove(path);
    this.index.discard(entry.id);
    for (const p of entry.passages) {
      this.sides.delete(p.id);
      for (const t of p.terms) {
        const n = (this.df.get(t) ?? 1) - 1;
        if (n <= 0) this.df.delete(t); else this.df.set(t, n);
      }
    }
    this.passageTotal -= entry.passages.length;
    if (entry.latestYear !== undefined) {
      const n = (this.yearCounts.get(entry.latestYear) ?? 1) - 1;
      if (n <= 0) this.yearCounts.delete(entry.latestYear); else this.yearCounts.set(entry.latestYear, n);
    }
    this.docs.delete(path);
    this.docsById.delete(entry.id);
    this.version++;
    return true;
  }

  private termHash(term: string): number {
    let h = this.termHashes.get(term);
    if (h === undefined) {
      h = hash(term);
      if (this.termHashes.size > 500000) this.termHashes.clear();
      this.termHashes.set(term, h);
    }
    return h;
  }

  has(path: string): boolean { return this.docs.has(path); }
  text(path: string): string | undefined { return this.docs.get(path)?.text; }
  paths(): string[] { return [...this.docs.keys()]; }
  get size(): number { return this.docs.size; }
  /** Number of indexed passages. */
  get passageCount(): number { return this.passageTotal; }
  /** The passages of one document. */
  passages(path: string): readonly Passage[] { return this.docs.get(path)?.passages ?? []; }

  /** The year most of the corpus's documents are set in (the latest year each names), if any names one. */
  typicalYear(): number | undefined {
    let best: number | undefined;
    let count = 0;
    for (const [y, n] of this.yearCounts) if (n > count || (n === count && best !== undefined && y > best)) { best = y; count = n; }
    return best;
  }

  /** Inverse document frequency of a term over passages: rare terms weigh more. */
  idf(term: string): number {
    if (this.idfVersion !== this.version) {
      this.idfCache.clear();
      this.idfVersion = this.version;
    }
    let v = this.idfCache.get(term);
    if (v === undefined) {
      v = Math.log(1 + (this.passageTotal + 1) / ((this.df.get(term) ?? 0) + 0.5));
      this.idfCache.set(term, v);
    }
    return v;
  }

  /** Whether a term is uncommon: in at most a sixth of the passages (or in one or two of a handful). */
  isDistinct(term: string): boolean {
    const df = this.df.get(term) ?? 0;
    return df <= Math.max(2, this.passageTotal / 6);
  }

  /** Candidate passages for a list of terms, best first, never from excludePath. */
  candidates(terms: string[], opts: { excludePath?: string; limit?: number } = {}): Passage[] {
    const limit = opts.limit ?? 40;
    const unique = [...new Set(terms)];
    if (!unique.length || !this.passageTotal) return [];
    // Query with the most distinctive terms: very common ones match most passages and cost the most to merge.
    const ranked = unique.filter((t) => this.df.has(t)).sort((a, b) => (this.df.get(a) ?? 0) - (this.df.get(b) ?? 0));
    // Rarest first, until the posting lists to merge reach a budget: the cost of a query then stays flat as
    // the archive grows, and the rare terms (names, numbers, unusual words) are the ones that find the source.
    const query: string[] = [];
    let postings = 0;
    for (const t of ranked) {
      const df = this.df.get(t) ?? 0;
      if (query.length >= 3 && (postings + df > POSTINGS_BUDGET || df > this.passageTotal * 0.2)) break;
      query.push(t);
      postings += df;
      if (query.length >= 12) break;
    }
    if (!query.length) return [];
    // The excluded document is skipped below rather than by a filter callback run on every match.
    const docs = this.index.search(query.join(' '), { combineWith: 'OR' });
    // Rank the passages of the best documents by the weight of the claim's terms they carry.
    const weights = new Map(unique.map((t) => [t, this.idf(t)] as const));
    const scored: { p: Passage; w: number }[] = [];
    let taken = 0;
    for (const r of docs) {
      const entry = this.docsById.get(r.id as number);
      if (!entry || entry.path === opts.excludePath) continue;
      if (++taken > DOCS_PER_QUERY) break;
      for (const p of entry.passages) {
        // Over the passage's own terms: building a set for every passage of these documents would cost more.
        let w = 0;
        for (const t of p.terms) w += weights.get(t) ?? 0;
        if (w > 0) scored.push({ p, w: w / Math.sqrt(4 + p.terms.length) });
      }
    }
    scored.sort((a, b) => b.w - a.w);
    return scored.slice(0, limit).map((x) => x.p);
  }

  /** A passage read for comparison, with the names of the sentence before it and of the title (cached). */
  sideOf(p: Passage): Side {
    let side = this.sides.get(p.id);
    if (side) return side;
    const doc = this.docs.get(p.path);
    const names = doc ? this.namesOf(doc) : { words: new Set<string>(), terms: new Set<string>(), title: [], year: undefined };
    const namesIn = (t: string) => {
      let runs = this.runs.get(t);
      if (runs) return runs;
      runs = capitalisedRuns(t);
      if (this.runs.size > 50000) this.runs.clear();
      this.runs.set(t, runs);
      // A name that opens the sentence ("Lula met …") is a name where the document writes it capitalised elsewhere.
      const first = /^[\s"\u201C']*(\p{Lu}[\p{L}'\u2019-]+)/u.exec(t);
      if (first && names.words.has(first[1]) && !runs.some((r) => r.startsWith(first[1]))) runs.push(first[1]);
      return runs;
    };
    const prev = doc && p.index > 0 ? doc.passages[p.index - 1] : undefined;
    const context: Entity[] = [];
    const prev2 = doc && p.index > 1 ? doc.passages[p.index - 2] : undefined;
    for (const t of [prev?.text ?? '', prev2?.text ?? '', names.title.join('. ')]) if (t) context.push(...locateEntities(t, namesIn(t)));
    const unit = readUnit(p.text, namesIn(p.text));
    // A quotation whose speaker is named in the sentence before or after ("… ready to help with first aid." after
    // "“…,” Macron said. “France stands …").
    if (doc && unit.quotes.some((q) => !q.speaker)) {
      const next = doc.passages[p.index + 1];
      const near = speakerIn(next?.text ?? '') || speakerIn(prev?.text ?? '');
      if (near) for (const q of unit.quotes) if (!q.speaker) q.nearSpeaker = near;
    }
    // The dates of the story around a passage that has none of its own: the sentence before, the opening.
    const contextDates = unit.dates.length || !doc ? [] : [prev, ...doc.passages.slice(0, 2)].filter((x): x is Passage => !!x && x !== p)
      .flatMap((x) => datesOf(x.text)).filter((d) => d.weekday !== undefined || d.day !== undefined);
    side = { unit, context, year: names.year, contextDates, docNames: names.terms };
    if (this.sides.size > 50000) this.sides.clear();
    this.sides.set(p.id, side);
    return side;
  }

  private namesOf(doc: DocEntry): NonNullable<DocEntry['names']> {
    if (doc.names) return doc.names;
    const words = new Set<string>();
    for (const run of capitalisedRuns(doc.text)) for (const w of run.split(/\s+/)) if (/^\p{Lu}/u.test(w)) words.add(w);
    const firstLine = doc.text.split('\n', 1)[0].trim();
    const title = firstLine && !/[.!?]$/.test(firstLine) && firstLine.split(/\s+/).length <= 20 ? [firstLine] : [];
    // Every term of the document, in any case: lower-cased copy ("sarah flower") still names its people.
    const terms = new Set<string>();
    for (const p of doc.passages) for (const t of p.terms) terms.add(t);
    doc.names = { words, terms, title, year: documentDate(doc.text)?.getUTCFullYear() };
    return doc.names;
  }

  /** Share of a's text (in shingles) that also stands in b: computed for the pair, without the full table. */
  sharedFraction(a: string, b: string): number {
    const sa = this.docs.get(a)?.shingles;
    const sb = this.docs.get(b)?.shingles;
    if (!sa || !sb || sa.length === 0) return 0;
    const key = `${this.version}\u0000${a}\u0000${b}`;
    let f = this.pairCache.get(key);
    if (f === undefined) {
      let n = 0;
      for (let i = 0, j = 0; i < sa.length && j < sb.length;) {
        if (sa[i] === sb[j]) { n++; i++; j++; } else if (sa[i] < sb[j]) i++; else j++;
      }
      f = Math.round((n / sa.length) * 1000) / 1000;
      if (this.pairCache.size > 50000) this.pairCache.clear();
      this.pairCache.set(key, f);
    }
    return f;
  }

  /**
   * For each document, the others it shares text with (fraction of its shingles), largest first.
   * With `among`, only those documents and only pairs between them: cheap enough for every report and hover,
   * where the whole archive's table costs seconds at 10,000 articles.
   */
  sharedOrigins(minFraction = 0.05, among?: readonly string[]): SharedOrigin[] {
    if (among) {
      const paths = [...new Set(among)].filter((p) => this.docs.has(p)).sort();
      return paths.map((path) => ({
        path,
        sharedWith: paths.filter((o) => o !== path).map((o) => ({ path: o, fraction: this.sharedFraction(path, o) }))
          .filter((x) => x.fraction >= minFraction).sort((x, y) => y.fraction - x.fraction || x.path.localeCompare(y.path)),
      }));
    }
    return this.shared().origins.map((o) => ({ path: o.path, sharedWith: o.sharedWith.filter((s) => s.fraction >= minFraction) }));
  }

  private shared(): { origins: SharedOrigin[] } {
    if (this.sharedCache && this.sharedCache.version === this.version) return this.sharedCache;
    const owners = new Map<number, string[]>();
    for (const [path, d] of this.docs) {
      for (const s of d.shingles) {
        const list = owners.get(s);
        if (list) list.push(path); else owners.set(s, [path]);
      }
    }
    const counts = new Map<string, Map<string, number>>();
    for (const list of owners.values()) {
      if (list.length < 2 || list.length > SHINGLE_DOC_LIMIT) continue;
      for (const a of list) {
        let row = counts.get(a);
        if (!row) counts.set(a, (row = new Map()));
        for (const b of list) if (a !== b) row.set(b, (row.get(b) ?? 0) + 1);
      }
    }
    const origins: SharedOrigin[] = [];
    for (const [path, d] of this.docs) {
      const row = counts.get(path) ?? new Map<string, number>();
      const fractions = new Map<string, number>();
      const total = Math.max(1, d.shingles.length);
      for (const [b, n] of row) fractions.set(b, Math.round((n / total) * 1000) / 1000);
      const sharedWith = [...fractions].map(([p, fraction]) => ({ path: p, fraction })).sort((x, y) => y.fraction - x.fraction || x.path.localeCompare(y.path));
      origins.push({ path, sharedWith });
    }
    origins.sort((a, b) => a.path.localeCompare(b.path));
    this.sharedCache = { version: this.version, origins };
    return this.sharedCache;
  }
}
