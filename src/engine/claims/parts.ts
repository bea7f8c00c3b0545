// Claim parts: a sentence decomposed into the atomic facts it asserts, each checked on its own. Cuts are
// made outside quotes at clause boundaries — commas before a new clause ("…, as …", "…, after …",
// "…, who …"), coordinated predicates ("… and met …"), semicolons, asides between dashes or brackets —
// and every part keeps enough words to stand alone (three content terms). Attributions ("…, the minister
// said") stay with the part they attribute.
import { contentTerms, termOf } from '../normalize';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../facts/numbers';
import { quotesIn } from '../facts/quotes';
import { Span } from '../types';

/** A part of a claim, with offsets relative to the claim's text. */
export interface PartSpan extends Span {
  /** Index of the part that carries the claim's subject (0), which later parts inherit. */
  subjectFrom: number;
}

/** Words that open a new clause after a comma or on their own. */
const CLAUSE_OPENERS = /^(?:as|after|before|while|when|whereas|where|which|who|whose|whom|although|though|because|since|despite|amid|until|but|and|with|including|following|ahead of|according to|even as|so that)\b/i;
/** Conjunctions that join two predicates or clauses without a comma ("arrived and met"). */
const BARE_JOINS = /\s+(?:and|but|while|whereas|after|before|which|who|where|when|because|although)\s+/gi;
/** An attribution only: a name or title and a speech verb ("the minister said", "according to Reuters"). */
const ATTRIBUTION = /^(?:according to [^,]{1,60}|(?:[\p{L}'.\-]+\s+){0,4}(?:said|says|told|added|noted|stated|explained|wrote|reported|announced|confirmed)\b[^,]{0,40})[.!?"\u201D]*$/iu;

/** A clause that goes on with the verb of a subject named before an aside. */
// An auxiliary, or a lower-case word in -s or -ed ("covers", "killed"): the verb the subject was waiting for.
const AUXILIARY_START = /^(?:(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|did|does|do|said|says|told|remains|remained)\b|[a-z]+(?:s|ed)\b(?![-']))/;

/** A dateline: a place in capitals, perhaps a state or country, perhaps an agency in brackets. */
const DATELINE = /^[\p{Lu}][\p{Lu}\s.,'-]+(?:\s*\([^)]{1,30}\)?)?\s*$/u;

const MIN_TERMS = 3;
const MAX_PARTS = 5;

/** Enough to stand as a fact: three content terms, or two when one is a figure or a name. */
function substantial(piece: string): boolean {
  const terms = contentTerms(piece);
  const n = terms.length;
  // A date or a figure alone ("March 14", "2023") belongs to the piece it dates.
  if (!terms.some((t) => !/^\d/.test(t) && !CALENDAR_TERMS.has(t))) return false;
  return n >= MIN_TERMS || (n === 2 && /\d|(?<!^)\b\p{Lu}/u.test(piece.trim()));
}

const CALENDAR_TERMS = new Set([...MONTH_NAMES, ...WEEKDAY_NAMES, 'morning', 'afternoon', 'evening', 'night', 'noon', 'midnight', 'am', 'pm', 'gmt', 'local', 'time'].map(termOf));

function insideQuote(quotes: { start: number; end: number }[], i: number): boolean {
  return quotes.some((q) => i > q.start - 1 && i < q.end + 1);
}

/** Splits a claim into parts. A claim too short to split is one part. */
export function splitParts(text: string): PartSpan[] {
  const quotes = quotesIn(text);
  const cuts = new Set<number>();
  // Semicolons, spaced dashes and brackets: clause and aside boundaries (a short bracket restating a figure or a
  // date, "(13:32 British Summer Time)", stays with its clause).
  for (const m of text.matchAll(/;\s+|\s+[\u2014\u2013]\s+|\s+--?\s+|\s*\(|\)\s*/g)) {
    if (insideQuote(quotes, m.index!)) continue;
    if (m[0].includes('(') || m[0].includes(')')) {
      const open = m[0].includes('(') ? m.index! : text.lastIndexOf('(', m.index!);
      const close = text.indexOf(')', open);
      if (open >= 0 && close > open && contentTerms(text.slice(open + 1, close)).length <= 4) continue;
    }
    cuts.add(m.index!);
  }
  // Commas before a clause opener or a new finite clause.
  for (const m of text.matchAll(/,\s+/g)) {
    const at = m.index!;
    if (insideQuote(quotes, at)) continue;
    const rest = text.slice(at + m[0].length);
    if (CLAUSE_OPENERS.test(rest) || substantial(rest.split(/[,;]/)[0])) cuts.add(at);
  }
  // Bare conjunctions between two substantial stretches, not inside a list of names ("Rabat, Casablanca and Essaouira").
  for (const m of text.matchAll(BARE_JOINS)) {
    const at = m.index!;
    if (insideQuote(quotes, at)) continue;
    if (/\p{Lu}[\p{L}'\u2019-]*$/u.test(text.slice(0, at)) && /^\p{Lu}/u.test(text.slice(at + m[0].length))) continue;
    cuts.add(at);
  }
  // "X, an aside, was damaged": an aside between commas before the main clause's verb is not a cut; the part is
  // the whole clause (its facts are checked there).
  for (const m of text.matchAll(/,\s+/g)) {
    const at = m.index!;
    const rest = text.slice(at + m[0].length);
    if (!AUXILIARY_START.test(rest) || insideQuote(quotes, at)) continue;
    cuts.delete(at);
    const before = [...cuts].filter((c) => c < at && /^,/.test(text.slice(c))).sort((a, b) => b - a)[0];
    if (before !== undefined) cuts.delete(before);
  }
  const bounds = [...cuts].sort((a, b) => a - b);
  const pieces: Span[] = [];
  let from = 0;
  for (const b of [...bounds, text.length]) {
    if (b <= from) continue;
    pieces.push(trim(text, from, b));
    from = b;
  }
  // Merge pieces too small to be a fact, and attributions, into their neighbour.
  const merged: Span[] = [];
  for (const p of pieces.filter((x) => x.end > x.start)) {
    const small = !substantial(p.text);
    const attribution = ATTRIBUTION.test(p.text.replace(/^[,;\s]+/, '')) && p.text.length < 80;
    if (merged.length && (small || attribution)) {
      const last = merged[merged.length - 1];
      merged[merged.length - 1] = trim(text, last.start, p.end);
    } else merged.push(p);
  }
  // A first piece too small to stand (a lone subject) joins the next one, and so do opening adverbials ("On
  // Wednesday, at 18:02 IST, the lander touched down"): the time and place of the clause that follows.
  while (merged.length > 1 && !substantial(merged[0].text)) {
    merged.splice(0, 2, trim(text, merged[0].start, merged[1].end));
  }
  while (merged.length > MAX_PARTS) {
    // Join the two neighbours with the fewest terms between them.
    let best = 0;
    let bestSize = Infinity;
    for (let i = 0; i + 1 < merged.length; i++) {
      const size = contentTerms(merged[i].text).length + contentTerms(merged[i + 1].text).length;
      if (size < bestSize) { bestSize = size; best = i; }
    }
    merged.splice(best, 2, trim(text, merged[best].start, merged[best + 1].end));
  }
  // A dateline before the story ("COLLETON COUNTY, S.C. (WCBD) –") states nothing to check.
  const facts = merged.filter((p) => !DATELINE.test(p.text));
  if (!facts.length) return [{ start: 0, end: text.length, text, subjectFrom: 0 }];
  return facts.map((p) => ({ ...p, subjectFrom: 0 }));
}

/** The span [start, end) of text without leading punctuation, conjunction marks and white space at its ends. */
function trim(text: string, start: number, end: number): Span {
  while (start < end && /[\s,;()\u2014\u2013-]/.test(text[start])) start++;
  while (end > start && /[\s,;(\u2014\u2013-]/.test(text[end - 1])) end--;
  return { start, end, text: text.slice(start, end) };
}
