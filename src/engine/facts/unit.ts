// A unit of text to compare: a claim's part or a source passage, read once into what comparison needs —
// tokens with their terms and base forms, negation, names located in the text, numbers, dates and quotes.
import { demonymPlace, lemmaTerm, synonymGroups } from '../lexicon';
import { contentTerms, foldPunctuation, normalizeText, STOPWORDS, termOf } from '../normalize';
import { LocatedNumber, numbersIn } from './numbers';
import { quoteFacts, quotesIn } from './quotes';
import { QuoteFact } from '../types';
import { DateFact, datesOf } from './dates';
import { isHedged, negatedTokens } from './polarity';

/** A word of the unit. */
export interface Token {
  /** Lower case, punctuation folded. */
  lower: string;
  /** The engine's term (American spelling, Porter2 stem); '' for a stop word. */
  term: string;
  /** The term of the word's base form ("fell" → term of "fall"). */
  lemma: string;
  start: number;
  end: number;
  /** Inside a name. */
  name: boolean;
  /** Governed by a negation ("not", "never", "n't"). */
  negated: boolean;
}

/** A name found in the unit: its words' terms, the head (last) term, and where it stands. */
export interface Entity {
  text: string;
  terms: string[];
  head: string;
  start: number;
  end: number;
}

/** A quotation with its speaker and position. */
export interface LocatedQuote extends QuoteFact {
  start: number;
  end: number;
  /** For a quotation whose sentence names no speaker: the speaker named in the sentence before or after. */
  nearSpeaker?: string;
}

/** Everything comparison needs to know about a piece of text. Offsets are relative to `text`. */
export interface Unit {
  text: string;
  norm: string;
  tokens: Token[];
  /** Distinct content terms. */
  terms: string[];
  termSet: Set<string>;
  /** Distinct base-form terms of content words. */
  lemmas: Set<string>;
  /** WordNet synonym groups of those base forms (ids). */
  synonymSets: Set<number>;
  entities: Entity[];
  /** Demonyms and the place term each names ("russian" → "russia"). */
  demonyms: Map<string, string>;
  /** Place terms named by demonyms. */
  places: Set<string>;
  numbers: LocatedNumber[];
  dates: DateFact[];
  quotes: LocatedQuote[];
  hedged: boolean;
}

const TOKEN_RE = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|[\p{L}\p{N}]+(?:['.\-][\p{L}\p{N}]+)*|n't|[,;:.!?]/gu;

/** Term and base-form term of each distinct lower-case word (normalising a word costs far more than a look-up). */
const WORD_TERMS = new Map<string, { term: string; lemma: string }>();

function termsOfWord(w: string): { term: string; lemma: string } {
  let hit = WORD_TERMS.get(w);
  if (!hit) {
    const bare = w.replace(/'s$/, '');
    const isWord = /[\p{L}\p{N}]/u.test(w);
    hit = { term: !isWord || STOPWORDS.has(bare) ? '' : termOf(bare), lemma: isWord ? lemmaTerm(bare) : '' };
    if (WORD_TERMS.size > 200000) WORD_TERMS.clear();
    WORD_TERMS.set(w, hit);
  }
  return hit;
}

/** Tokens of a text, with offsets into it. */
export function tokenize(text: string): Token[] {
  const folded = foldPunctuation(text);
  // foldPunctuation only changes "…" in length; tokenise the text with same-length folding instead.
  const same = folded.length === text.length ? folded : text.replace(/\u2026/g, '.').replace(/[\u2018\u2019\u201A\u201B\u2032`]/g, "'");
  const out: Token[] = [];
  let m: RegExpExecArray | null;
  TOKEN_RE.lastIndex = 0;
  const lowers: string[] = [];
  const spans: [number, number][] = [];
  while ((m = TOKEN_RE.exec(same))) {
    let w = m[0].toLowerCase();
    let start = m.index;
    // "didn't" → "did" + "n't", so that the negation is a word of its own.
    if (w.endsWith("n't") && w.length > 3) {
      lowers.push(w.slice(0, -3));
      spans.push([start, start + w.length - 3]);
      w = "n't";
      start += m[0].length - 3;
    }
    lowers.push(w);
    spans.push([start, start + w.length]);
  }
  const negated = negatedTokens(lowers);
  lowers.forEach((w, i) => {
    const { term, lemma } = termsOfWord(w);
    out.push({ lower: w, term, lemma, start: spans[i][0], end: spans[i][1], name: false, negated: negated[i] });
  });
  return out;
}

/** Locates the given names in a text (each occurrence), longest names first so that "Xi Jinping" wins over "Xi". */
export function locateEntities(text: string, names: readonly string[]): Entity[] {
  const folded = foldPunctuation(text);
  const sameLength = folded.length === text.length;
  const out: Entity[] = [];
  const taken: [number, number][] = [];
  for (const name of [...names].sort((a, b) => b.length - a.length)) {
    const n = foldPunctuation(name);
    const terms = contentTerms(n);
    if (!terms.length) continue;
    let from = 0;
    for (;;) {
      const i = folded.indexOf(n, from);
      if (i < 0) break;
      from = i + n.length;
      // Whole words only.
      if ((i > 0 && /[\p{L}\p{N}]/u.test(folded[i - 1])) || /[\p{L}\p{N}]/u.test(folded[i + n.length] ?? '')) continue;
      if (taken.some(([a, b]) => i < b && i + n.length > a)) continue;
      const start = sameLength ? i : text.indexOf(name) >= 0 ? text.indexOf(name) : i;
      taken.push([i, i + n.length]);
      out.push({ text: name, terms, head: terms[terms.length - 1], start, end: start + name.length });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Reads a text into a unit. `names` are the names to locate (from compromise or capitalised runs). */
export function readUnit(text: string, names: readonly string[], opts: { ref?: Date; quotesFrom?: string } = {}): Unit {
  const tokens = tokenize(text);
  const entities = locateEntities(text, names);
  for (const t of tokens) t.name = entities.some((e) => t.start >= e.start && t.end <= e.end);
  const demonyms = new Map<string, string>();
  for (const t of tokens) {
    const place = t.term && demonymPlace(t.term);
    if (place) demonyms.set(t.term, place);
  }
  const places = new Set(demonyms.values());
  const terms: string[] = [];
  const seen = new Set<string>();
  for (const t of contentTerms(text)) if (!seen.has(t)) { seen.add(t); terms.push(t); }
  const lemmas = new Set<string>();
  for (const t of tokens) if (t.term) lemmas.add(t.lemma);
  const synonymSets = new Set<number>();
  for (const l of lemmas) for (const g of synonymGroups(l)) synonymSets.add(g);
  const quoteSource = opts.quotesFrom ?? text;
  const located = quotesIn(quoteSource);
  const facts = quoteFacts(quoteSource);
  const quotes: LocatedQuote[] = facts.map((q, i) => ({ ...q, start: located[i]?.start ?? 0, end: located[i]?.end ?? 0 }));
  const unit: Unit = {
    text,
    norm: normalizeText(text),
    tokens,
    terms,
    termSet: seen,
    lemmas,
    synonymSets,
    entities,
    demonyms,
    places,
    numbers: [],
    dates: datesOf(text, opts.ref),
    quotes,
    hedged: isHedged(tokens.map((t) => t.lower)),
  };
  // A day of the month is the date's, not a count ("March 8").
  unit.numbers = numbersIn(text).filter((n) => !unit.dates.some((d) => n.start >= d.start && n.start < d.end));
  return unit;
}
