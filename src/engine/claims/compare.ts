// Stage "claims → alignments": a claim sentence read into parts (each a unit with the names it inherits),
// its candidate passages retrieved from the corpus, and every part compared with every candidate. The
// verdict stage (evidence/verdict.ts, judgeClaim) turns the result into statuses and evidence.
import { Corpus, Passage } from '../corpus';
import { align, Side } from '../evidence/align';
import { Scored } from '../evidence/verdict';
import { Entity, readUnit } from '../facts/unit';
import { isCommonWord } from '../lexicon';
import { contentTerms } from '../normalize';
import { quoteFacts } from '../facts/quotes';
import { Span } from '../types';
import { splitParts } from './parts';

/** Passages compared in full per claim, after the cheap term-overlap ranking of the index. */
const CANDIDATES = 16;
/** More passages per part of a claim of several parts (each part may come from another source sentence). */
const PART_CANDIDATES = 8;
/** The whole sentence of a claim of several parts is compared with this many closest passages of each part. */
const WHOLE_CANDIDATES = 5;

/** What the comparison needs to know about a claim besides its text. */
export interface ClaimInput {
  /** The claim's sentence, with document offsets. */
  span: Span;
  /** Names of its paragraph (compromise), located in each part. */
  names: string[];
  /** Names of the sentence before, for a claim that opens with he, she or it. */
  previous: string[];
  /** The document's date, for relative dates and weekdays. */
  ref?: Date;
  /** The document itself, never its own evidence. */
  excludePath?: string;
  /** The document's most named names, for a paragraph that names nobody: whom its story is about. */
  documentNames?: string[];
  /** The document's year (its date line, else the latest year it names), when its date line does not say. */
  year?: number;
}

/** A claim compared with its candidate passages: per part, and as a whole when it has several parts. */
export interface ClaimComparison {
  input: ClaimInput;
  parts: { span: Span; side: Side; scored: Scored[] }[];
  whole?: { span: Span; side: Side; scored: Scored[] };
}

const PRONOUN_START = /^(?:he|she|it|they|his|her|its|their)\b/i;

/**
 * The terms that tell a name apart: its capitalised words, and in a name of several words only those that are no
 * common English word ("Colleton" of "Colleton County"; "Morocco" alone stays, though "morocco" is a leather).
 */
function distinctiveTerms(name: string): string[] {
  const words = name.match(/\p{Lu}[\p{L}\p{N}'\u2019.-]*/gu) ?? [];
  const kept = words.length > 1 ? words.filter((w) => !isCommonWord(w.toLowerCase().replace(/[\u2019']s$/, ''))) : words;
  return kept.flatMap((w) => contentTerms(w));
}

/** Reads a claim into parts, retrieves candidates and aligns each part with each. */
export function compareClaim(corpus: Corpus, input: ClaimInput): ClaimComparison {
  const { span, names, previous, ref } = input;
  const year = ref?.getUTCFullYear() ?? input.year;
  const pieces = splitParts(span.text);
  const sides: Side[] = pieces.map((piece) => {
    const unit = readUnit(piece.text, names, { ref });
    // Quotes cut by a part boundary still belong to the sentence.
    if (!unit.quotes.length && /["\u201C\u201D]/.test(piece.text)) {
      unit.quotes = quoteFacts(span.text).filter((q) => piece.text.includes(q.text.slice(0, 20))).map((q) => ({ ...q, start: 0, end: 0 }));
    }
    return { unit, context: [], year };
  });
  // Later parts inherit the subject of the first ("…, and met Xi" is Putin's meeting); a part that opens with a
  // pronoun and names nobody refers to the sentence before.
  const subject = sides[0].unit.entities.slice(0, 1);
  const before = previous.length ? readUnit(previous.join('. '), previous).entities.slice(0, 1) : [];
  sides.forEach((side, i) => {
    const ctx: Entity[] = i > 0 ? subject.filter((e) => !side.unit.entities.some((o) => o.head === e.head)) : [];
    if (!side.unit.entities.length && PRONOUN_START.test(side.unit.text)) for (const e of before) if (!ctx.some((o) => o.head === e.head)) ctx.push(e);
    side.context = ctx;
  });
  // Names of the sentence and the one before: a passage naming them is not about other people.
  const known = new Set<string>();
  // (the paragraph's, for a sentence that names nobody itself).
  const own = names.filter((n) => span.text.includes(n));
  const about = own.length || previous.length ? [...own, ...previous] : names.length ? names : input.documentNames ?? [];
  for (const n of about) for (const t of distinctiveTerms(n)) known.add(t);
  // The draft's most named names: a source article that names none of them (nor the claim's) tells another story.
  const story = new Set(known);
  for (const n of input.documentNames ?? []) for (const t of distinctiveTerms(n)) story.add(t);
  for (const side of sides) { side.known = known; side.story = story; }
  const candidates = new Map<number, Passage>();
  // One query for the whole claim, with more passages for a claim of several parts (each part may come from
  // another source sentence).
  const limit = CANDIDATES + (sides.length > 1 ? PART_CANDIDATES : 0);
  for (const p of corpus.candidates(contentTerms(span.text), { excludePath: input.excludePath, limit })) candidates.set(p.id, p);
  const idf = (t: string) => corpus.idf(t);
  // A passage that shares no term with a part says nothing about it: it is not compared at all.
  const against = (side: Side): Scored[] => [...candidates.values()]
    .filter((passage) => passage.terms.some((t) => side.unit.termSet.has(t)))
    .map((passage) => ({ passage, a: align(side, corpus.sideOf(passage), idf) }));
  const parts = pieces.map((piece, i) => ({ span: { start: span.start + piece.start, end: span.start + piece.end, text: piece.text }, side: sides[i], scored: against(sides[i]) }));
  if (parts.length === 1) return { input, parts };
  // The whole sentence as one part too: a paraphrase of the whole claim backs each of its parts. Only the
  // passages closest to some part can do that.
  const wholeSide: Side = { unit: readUnit(span.text, names, { ref }), context: [], year, known, story };
  if (!wholeSide.unit.entities.length && PRONOUN_START.test(span.text)) wholeSide.context = before;
  const closest = new Set<Passage>();
  for (const part of parts) for (const s of [...part.scored].sort((x, y) => y.a.support - x.a.support).slice(0, WHOLE_CANDIDATES)) closest.add(s.passage);
  const scored = [...closest].map((passage) => ({ passage, a: align(wholeSide, corpus.sideOf(passage), idf) }));
  return { input, parts, whole: { span, side: wholeSide, scored } };
}
