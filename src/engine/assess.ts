// Scores one passage against one claim and decides the relation: supports, conflicts (a number, unit
// value or year differs) or quote-differs (the same quote with other words).
import { compareTwoStrings } from 'string-similarity';
import { Corpus, Passage, PassageFacts } from './corpus';
import { contentTerms, normalizeText, termOf } from './normalize';
import { compareNumbers, MONTH_NAMES, WEEKDAY_NAMES } from './numbers';
import { compareQuotes } from './quotes';
import { Facts, NumberFact, Relation } from './types';

/** A claim prepared for comparison. */
export interface ClaimProbe {
  text: string;
  terms: string[];
  termSet: Set<string>;
  norm: string;
  facts: Facts;
  years: number[];
  /** Content terms of each named entity in the claim. */
  entityTerms: string[][];
  /** Parts of a long claim (split at commas and conjunctions), each with enough terms to stand alone. */
  segments: { terms: Set<string>; norm: string }[];
}

/** The outcome of comparing one passage with a claim. */
export interface Assessment {
  passage: Passage;
  score: number;
  relation: Relation;
  note: string;
  /** Claim numbers this passage agrees with. */
  backedNumbers: NumberFact[];
  /** Claim quotes (by index) this passage carries with the same words. */
  backedQuotes: number[];
  /** Claim quotes (by index) this passage carries with other words. */
  differingQuotes: number[];
  backedYears: number[];
  /** How many of the claim's uncommon terms (in under a sixth of passages) the passage carries. */
  sharedDistinct: number;
  /** How many shared terms are not names: what is said, not only who or where. */
  sharedPredicate: number;
  /** How many of the claim's own terms are not names or dates. */
  claimPredicate: number;
  /** The claim's numbers and years that this passage contradicts. */
  conflictsOn: { numbers: NumberFact[]; years: number[] };
}

/** Score above which a passage counts as evidence at all. */
export const EVIDENCE_MIN = 0.27;
const CALENDAR_TERMS = new Set([...WEEKDAY_NAMES, ...MONTH_NAMES, 'today', 'yesterday', 'tomorrow',
  'week', 'month', 'year', 'morning', 'evening', 'night'].map(termOf));

/** Score above which a passage is close enough for a differing number or year to be a conflict. */
export const CONFLICT_MIN = 0.38;

/** Splits a claim at commas and clause conjunctions into parts of at least three content terms. */
function segmentsOf(text: string): { terms: Set<string>; norm: string }[] {
  const pieces = text.split(/,\s+|\s+(?:and|but|while|where|as|which|who|after|before|with)\s+|\s*\(|\)\s*/i);
  const out: { terms: Set<string>; norm: string }[] = [];
  let pending = '';
  for (const piece of pieces) {
    const joined = pending ? `${pending} ${piece}` : piece;
    if (contentTerms(joined).length < 3) { pending = joined; continue; }
    out.push({ terms: new Set(contentTerms(joined)), norm: normalizeText(joined) });
    pending = '';
  }
  if (pending && out.length) {
    const last = out[out.length - 1];
    for (const t of contentTerms(pending)) last.terms.add(t);
    last.norm += ' ' + normalizeText(pending);
  }
  return out.length > 1 ? out : [];
}

/** A name is in a passage where its head word is ("Lavrov" for "Foreign Minister Sergei Lavrov"), or most of its words. */
export function nameIn(terms: readonly string[], set: Set<string>): boolean {
  return set.has(terms[terms.length - 1]) || terms.filter((t) => set.has(t)).length * 2 >= terms.length;
}

export function probe(text: string, facts: Facts, years: number[]): ClaimProbe {
  const terms = contentTerms(text);
  return {
    text, terms, termSet: new Set(terms), norm: normalizeText(text), facts, years,
    entityTerms: facts.entities.map((e) => contentTerms(e)).filter((t) => t.length > 0),
    segments: segmentsOf(text),
  };
}

function weight(corpus: Corpus, terms: Iterable<string>): number {
  let w = 0;
  for (const t of terms) w += corpus.idf(t);
  return w;
}

function fmtNumber(n: NumberFact): string {
  return n.text.trim();
}

/** How close a passage is to a claim in words and names, before any fact is compared. */
interface Similarity {
  /** 0..1: weighted shared terms, string similarity and name agreement, with credit for one well-backed part. */
  text: number;
  dice: number;
  /** Share (by rarity) of the claim's names that the passage carries. */
  entityAgreement: number;
  shared: string[];
}

function similarity(claim: ClaimProbe, passage: Passage, corpus: Corpus): Similarity {
  const shared = [...claim.termSet].filter((t) => passage.termSet.has(t));
  const claimWeight = weight(corpus, claim.termSet) || 1;
  const passageWeight = weight(corpus, passage.termSet) || 1;
  const sharedWeight = weight(corpus, shared);
  const coverage = sharedWeight / claimWeight;
  const precision = sharedWeight / passageWeight;
  const dice = compareTwoStrings(claim.norm, passage.norm);
  // Who and where: a passage about other people or places does not confirm this claim. Each name counts
  // by how rare its head word is: the story's protagonists, named everywhere, tell passages apart no better
  // than stop words.
  const agreement = (entities: string[][]) => {
    let total = 0;
    let met = 0;
    for (const terms of entities) {
      const w = Math.max(0, corpus.idf(terms[terms.length - 1]) - 1.5);
      total += w;
      if (nameIn(terms, passage.termSet)) met += w;
    }
    return total > 0 ? met / total : 1;
  };
  const entityAgreement = agreement(claim.entityTerms);
  const full = (0.55 * coverage + 0.15 * precision + 0.3 * dice) * (0.5 + 0.5 * entityAgreement);
  let bestSegment = 0;
  // A passage that backs one part of a long claim well is evidence for that part (partial support).
  for (const seg of claim.segments) {
    const segWeight = weight(corpus, seg.terms) || 1;
    const segShared = weight(corpus, [...seg.terms].filter((t) => passage.termSet.has(t)));
    // String similarity costs the most here: skip it where even a perfect one could not make this part win.
    if (0.75 * (0.7 * (segShared / segWeight) + 0.3) <= Math.max(full, bestSegment)) continue;
    const segBase = 0.75 * (0.7 * (segShared / segWeight) + 0.3 * compareTwoStrings(seg.norm, passage.norm));
    const segScore = segBase * (0.5 + 0.5 * agreement(claim.entityTerms.filter((e) => e.some((t) => seg.terms.has(t)))));
    if (segScore > bestSegment) bestSegment = segScore;
  }
  return { text: full + 0.5 * Math.max(0, bestSegment - full), dice, entityAgreement, shared };
}

/** The claim's quotes found in the passage: with the same words, with other words, or in another rendering. */
function quoteEvidence(claim: ClaimProbe, passageQuotes: PassageFacts['quotes']): { backed: number[]; differing: number[]; notes: string[]; rendering: string } {
  const out = { backed: [] as number[], differing: [] as number[], notes: [] as string[], rendering: '' };
  claim.facts.quotes.forEach((q, qi) => {
    for (const pq of passageQuotes) {
      // A different speaker's words are another quote, not a misquote.
      if (q.speaker && pq.speaker && q.speaker.toLowerCase() !== pq.speaker.toLowerCase()) continue;
      const cmp = compareQuotes(q.text, pq.text);
      if (!cmp.same) continue;
      if (cmp.differences.length === 0) { out.backed.push(qi); break; }
      if (!cmp.close) {
        if (!out.rendering) out.rendering = `the quote is worded differently in the source (another translation or remark?): ${cmp.differences.map((d) => `“${d.claim}” / “${d.source}”`).join(', ')}`;
        continue;
      }
      if (!out.differing.includes(qi)) {
        out.differing.push(qi);
        out.notes.push(cmp.differences.map((d) => (d.claim ? `“${d.claim}” here, ${d.source ? `“${d.source}”` : 'nothing'} in the source` : `“${d.source}” left out`)).join('; '));
      }
    }
  });
  return out;
}

/** Numbers and years of the claim that the passage contradicts, with a note for each. */
function factConflicts(claim: ClaimProbe, facts: PassageFacts, numberCmp: ReturnType<typeof compareNumbers>, score: number, entityAgreement: number, backedYears: number[]): { notes: string[]; on: Assessment['conflictsOn'] } {
  const notes: string[] = [];
  const on: Assessment['conflictsOn'] = { numbers: [], years: [] };
  const numberNote = (c: NumberFact, p: NumberFact) => {
    notes.push(`number differs: ${fmtNumber(c)} here, ${fmtNumber(p)} in the source`);
    on.numbers.push(c);
  };
  // A number tied to the same thing (the same person's age, the same words around it) conflicts in any
  // passage that counts as evidence, unless the passage names other people and places.
  const someNamesAgree = entityAgreement >= 0.34;
  for (const [c, p, bound] of numberCmp.conflicts) if (bound && score >= EVIDENCE_MIN && someNamesAgree) numberNote(c, p);
  // The same month with another year ("February 2020" / "February 2022") is the same date misstated.
  const monthYear = (d: string) => /^([a-z]+) (?:of )?(\d{4})$/.exec(d);
  for (const cd of claim.facts.dates) {
    const cm = monthYear(cd);
    const other = cm && facts.dates.map(monthYear).find((pm) => pm && pm[1] === cm[1] && pm[2] !== cm[2]);
    if (cm && other && !facts.years.includes(Number(cm[2])) && score >= CONFLICT_MIN && someNamesAgree) {
      notes.push(`year differs: ${cd} here, ${other[0]} in the source`);
      on.years.push(Number(cm[2]));
    }
  }
  // Otherwise a different number or year contradicts the claim only in a passage close to it and about the
  // same people and places: "Sisi visited Paris in 2021" says nothing against "Xi visited Moscow in 2023".
  if (score >= CONFLICT_MIN && entityAgreement >= 0.6) {
    for (const [c, p, bound] of numberCmp.conflicts) if (!bound) numberNote(c, p);
    if (claim.years.length && facts.years.length && backedYears.length === 0 && score >= CONFLICT_MIN + 0.1 && !notes.some((n) => n.startsWith('year'))) {
      notes.push(`year differs: ${claim.years.join(', ')} here, ${facts.years.join(', ')} in the source`);
      on.years.push(...claim.years);
    }
  }
  return { notes, on };
}

/** What a supporting passage agrees on, for its note. */
function agreementNote(backedNumbers: NumberFact[], numberCmp: ReturnType<typeof compareNumbers>, backedYears: number[], quoteBacked: boolean, dice: number): string {
  // "more than 40 times (42 times in the source)": say what the source has when it words the figure otherwise.
  const agreedNumber = (n: NumberFact) => {
    const p = numberCmp.backedBy.get(n);
    return p && p.text.trim().toLowerCase() !== n.text.trim().toLowerCase() ? `${fmtNumber(n)} (${fmtNumber(p)} in the source)` : fmtNumber(n);
  };
  // Small counts in words ("the two leaders") are not worth naming; "two-day" and figures are.
  const worthNaming = (n: NumberFact) => n.value > 2 || /\d|-/.test(n.text);
  const agreed = [...backedNumbers.filter(worthNaming).map(agreedNumber), ...backedYears.map(String)];
  if (quoteBacked) agreed.push('the quote');
  return dice >= 0.85 ? 'same wording' : agreed.length ? `agrees on ${agreed.join(', ')}` : 'similar wording';
}

/** Compares one passage with a claim: score, relation and a note saying why. */
export function assess(claim: ClaimProbe, passage: Passage, corpus: Corpus): Assessment {
  const sim = similarity(claim, passage, corpus);
  const facts = corpus.factsOf(passage);
  // A name of several words ("Great Hall of the People") counts once; days and months say nothing of what happened.
  const names = new Set(claim.entityTerms.flat());
  const isPredicate = (t: string) => !names.has(t) && !CALENDAR_TERMS.has(t);
  const sharedPredicate = sim.shared.filter(isPredicate).length;
  const claimPredicate = [...claim.termSet].filter(isPredicate).length;
  const sharedDistinct = sim.shared.filter((t) => !names.has(t) && corpus.isDistinct(t)).length +
    claim.entityTerms.filter((e) => e.some((t) => passage.termSet.has(t) && corpus.isDistinct(t))).length;
  const quotes = quoteEvidence(claim, facts.quotes);
  const numberCmp = compareNumbers(claim.facts.numbers, facts.numbers);
  const backedYears = claim.years.filter((y) => facts.years.includes(y));
  // The same specific quantity ("75 years", "8,000 people") or the same quote is strong evidence of the same fact.
  const specific = numberCmp.backed.filter((n) => n.unit && !n.unit.startsWith('ordinal') && (n.value >= 3 || /\d|-/.test(n.text))).length;
  const ordinals = numberCmp.backed.filter((n) => n.unit.startsWith('ordinal')).length;
  const bonus = Math.min(0.2, 0.1 * specific + 0.05 * ordinals) + (quotes.backed.length ? 0.1 : 0);
  const score = Math.round(Math.min(1, sim.text + (sim.text >= 0.15 ? bonus : 0)) * 1000) / 1000;
  const conflicts = factConflicts(claim, facts, numberCmp, score, sim.entityAgreement, backedYears);
  const result: Assessment = {
    passage, score, relation: 'supports', note: '', backedNumbers: numberCmp.backed, backedQuotes: quotes.backed,
    differingQuotes: quotes.differing, backedYears, sharedDistinct, sharedPredicate, claimPredicate, conflictsOn: conflicts.on,
  };
  if (quotes.differing.length && quotes.backed.length === 0) {
    result.relation = 'quote-differs';
    result.note = `quote differs: ${quotes.notes.join('; ')}`;
  } else if (conflicts.notes.length) {
    result.relation = 'conflicts';
    result.note = conflicts.notes.join('; ');
  } else {
    result.note = agreementNote(numberCmp.backed, numberCmp, backedYears, quotes.backed.length > 0, sim.dice);
    if (quotes.rendering) result.note += `; ${quotes.rendering}`;
  }
  return result;
}
