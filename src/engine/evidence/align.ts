// One claim part against one source passage: which of the part's words, names, figures, dates and quotes
// the passage carries, whether it is about other people (a look-alike), and where it says otherwise — another
// number or date tied to the same words, the opposite polarity (negation, a WordNet antonym), the roles
// reversed, the same quote with other words or from another speaker. Scoring is left to evidence/model.ts and
// the decision to verdict.ts.
import { compareTwoStrings } from 'string-similarity';
import { antonymsOf, isCommonWord, nounClass, synonymGroups, synonymous } from '../lexicon';
import { contentTerms, termOf } from '../normalize';
import { compatible, LocatedNumber } from '../facts/numbers';
import { compareQuotes, quotesIn } from '../facts/quotes';
import { compareDates, DateFact } from '../facts/dates';
import { Entity, Token, Unit } from '../facts/unit';
import { CONTEXT_NAME_CREDIT, Features, RELATED_TERM_CREDIT, supportProbability } from './model';

/** A unit with the names around it: the claim's subject for a later part, the sentence before a passage. */
export interface Side {
  unit: Unit;
  /** Names the text refers back to (he, she, it, the company) or inherits (a part's subject). */
  context: Entity[];
  /** The year of the document (a source's date line; a claim's date line or latest year named), for weekdays of
   *  dates without a year and to tell a story of another period. */
  year?: number;
  /** Terms of every name in the claim's sentence (and the one before): names a passage may use without being about others. */
  known?: Set<string>;
  /** Every term of the passage's document: whom and what its story names. */
  docNames?: Set<string>;
  /** Terms of the claim's names and of its draft's most named: a source naming none of them tells another story. */
  story?: Set<string>;
  /** Dates of the passage's story around it (the sentence before, the article's opening), for a passage that has none. */
  contextDates?: DateFact[];
}

/** What kind of fact a passage states otherwise. */
export type FindingKind = 'number' | 'date' | 'polarity' | 'role' | 'quote' | 'speaker' | 'name';

/** A detail the passage states otherwise than the part. */
export interface Finding {
  kind: FindingKind;
  /** The words of the part. */
  claim: string;
  /** The words of the passage. */
  source: string;
  /** Tied to the same words on both sides (a figure's noun, a date's event): a contradiction on less overall likeness. */
  bound: boolean;
  /** Index of the part's number, date or quote it concerns (-1 for polarity and roles). */
  index: number;
  /** For polarity: the base form of the part's word whose polarity differs. */
  lemma?: string;
  /** For a number: the passage states its figure exactly (no "about", "more than", "almost"). */
  exact?: boolean;
}

/** The outcome of comparing a passage with a claim part. */
export interface Alignment {
  features: Features;
  /** Probability that the passage states the part (0 for a look-alike). */
  support: number;
  /** Probability that it is about the same fact, the differing details counted as agreeing. */
  same: number;
  /** The features behind `same`. */
  sameFeatures: Features;
  /** About other people or places: never evidence. */
  lookalike: boolean;
  /** The passage's article names neither the claim's people nor the draft's main ones: another story altogether. */
  otherStory: boolean;
  /** A name of the part is missing where the passage names someone or somewhere else: not the same event. */
  otherNames: boolean;
  /** The passage's article is dated two years or more before the claim's story: the same people at another time. */
  otherTime: boolean;
  findings: Finding[];
  /** What the passage agrees on, as written in the part ("8,000 people", "March 28", "the quote"). */
  agreements: string[];
  /** Indices of the part's numbers, dates, names and quotes the passage backs (exactNumbers: with an exact figure). */
  backed: { numbers: number[]; exactNumbers: number[]; dates: number[]; names: number[]; quotes: number[] };
  /** The figure the passage gives where it words it otherwise ("42 times" for "more than 40 times"). */
  worded: Map<number, string>;
  /** Base forms of the part's words that the passage states with the same polarity (negated or not alike). */
  samePolarity: Set<string>;
  /** The passage has two of the part's names around the same predicate in the part's order ("A beat B" too). */
  sameRoles: boolean;
}

const CALENDAR = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
  'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'today', 'yesterday', 'tomorrow'].map(termOf));
/** Predicates that hold both ways ("A met B" = "B met A"): reversed names are no role swap. */
const RECIPROCAL = new Set(['meet', 'talk', 'speak', 'agre', 'sign', 'negoti', 'marri', 'shake', 'partner', 'join', 'clash', 'fight', 'play', 'draw', 'tie', 'discuss', 'hold', 'greet', 'embrac', 'hug', 'spoke', 'met', 'chat', 'confer'].map((w) => termOf(w)));
const CLAUSE_BOUNDARY = new Set(['and', 'but', 'or', 'while', 'where', 'when', 'as', 'after', 'before', 'which', 'who', 'whom', 'whose', 'that', 'because', 'although', ',', ';', ':', '.']);
const PRONOUNS = new Set(['he', 'she', 'it', 'they', 'his', 'her', 'its', 'their', 'him', 'them']);
const GENERAL_PEOPLE = new Set(['people', 'person', 'persons', 'individuals'].map(termOf));
const UNIT_TERMS = new WeakMap<LocatedNumber, Set<string>>();
const SCORE_RE = /(?<![\d.,:$€£])(\d{1,3})\s?[-\u2013]\s?(\d{1,3})(?![\d.,:%])/g;

type Idf = (term: string) => number;

/** The given name the part writes before a person's surname ("Michael" of "Michael Keane"), as a term. */
function givenName(u: Unit, e: Entity): string | undefined {
  if (e.terms.length < 2) return undefined;
  const i = u.tokens.findIndex((t) => t.start >= e.start && t.term === e.head);
  // A surname is no common word: "Bank" of "Almena State Bank" is not one.
  if (i < 0 || isCommonWord(u.tokens[i].lower)) return undefined;
  const prev = i > 0 ? u.tokens[i - 1] : undefined;
  return prev && prev.start >= e.start && isGivenName(prev) ? prev.term : undefined;
}

/** A word that can be a given name: capitalised in the text, or no common English word in lower-cased copy. */
function isGivenName(t: Token): boolean {
  return !!t.term && /^\p{L}+$/u.test(t.lower) && (t.name || !isCommonWord(t.lower)) && !TITLE_WORDS.has(t.lower);
}

const TITLE_WORDS = new Set(['mr', 'mrs', 'ms', 'dr', 'sir', 'dame', 'lord', 'lady', 'president', 'minister', 'judge', 'coach', 'captain', 'manager', 'chief', 'ceo', 'chairman', 'senator', 'governor', 'mayor', 'prince', 'princess', 'king', 'queen', 'general', 'pope', 'saint', 'st']);

/** Whether a name of one side stands in a set of terms: its head (surname) or most of its words. */
function nameIn(e: Entity, terms: Set<string>): boolean {
  if (terms.has(e.head)) return true;
  return e.terms.filter((t) => terms.has(t)).length * 2 > e.terms.length;
}

function termsOfEntities(list: Entity[]): Set<string> {
  const s = new Set<string>();
  for (const e of list) for (const t of e.terms) s.add(t);
  return s;
}

/** Scores ("3-1", "4-2 on penalties") with the words around them. */
function scoresOf(text: string): { a: number; b: number; start: number; end: number; text: string }[] {
  const out: { a: number; b: number; start: number; end: number; text: string }[] = [];
  for (const m of text.matchAll(SCORE_RE)) out.push({ a: Number(m[1]), b: Number(m[2]), start: m.index!, end: m.index! + m[0].length, text: m[0] });
  return out;
}

/**
 * Content terms in a window around [start, end) of a text: what a figure or date is about. Names are left out:
 * a place or person tells which story, not which of its facts ("in the Great Hall on Thursday" is not a date of
 * the dinner there).
 */
function around(u: Unit, start: number, end: number): Set<string> {
  const isName = (a: number, b: number) => u.entities.some((e) => a < e.end && b > e.start);
  const before = u.tokens.filter((t) => t.end <= start && t.start >= start - 48 && t.term && !isName(t.start, t.end) && !/^\d/.test(t.term)).slice(-4);
  const after = u.tokens.filter((t) => t.start >= end && t.end <= end + 48 && t.term && !isName(t.start, t.end) && !/^\d/.test(t.term)).slice(0, 4);
  return new Set([...before, ...after].map((t) => t.term));
}

/** The content word right before and right after a span (skipping function words). */
function adjacentTerms(u: Unit, start: number, end: number): Set<string> {
  const before = u.tokens.filter((t) => t.end <= start && t.term).pop();
  const after = u.tokens.find((t) => t.start >= end && t.term);
  return new Set([before?.term, after?.term].filter((t): t is string => !!t && !/^\d/.test(t)));
}

function sharedCount(a: Set<string>, b: Set<string>, lemmaMatch?: (x: string, y: string) => boolean): number {
  let n = 0;
  for (const x of a) {
    if (b.has(x)) { n++; continue; }
    if (lemmaMatch) for (const y of b) if (lemmaMatch(x, y)) { n++; break; }
  }
  return n;
}

function unitClass(n: LocatedNumber): string {
  if (!n.unit) return '';
  if (/^[$€£%]$/.test(n.unit)) return n.unit;
  return nounClass(termOf(n.unit)) ?? '';
}

/** Two numbers count the same kind of thing: the same unit word, WordNet synonyms, or one class (people …). */
function sameKind(c: LocatedNumber, p: LocatedNumber): boolean {
  if (c.unit.startsWith('ordinal') !== p.unit.startsWith('ordinal')) return false;
  const of = (n: LocatedNumber) => (n as LocatedNumber & { of?: string }).of;
  if (of(c) && of(p) && of(c) !== of(p)) return false;
  if (!c.unit || !p.unit) return !c.unit && !p.unit;
  const cu = termOf(c.unit.replace(/^ordinal /, ''));
  const pu = termOf(p.unit.replace(/^ordinal /, ''));
  if (cu === pu || synonymous(cu, pu)) return true;
  // Words of one class count the same thing only through a general word: "8,000 people" / "8,000 residents";
  // "two friends" and "four sons" are different groups.
  const cc = unitClass(c);
  return cc === 'person' && unitClass(p) === 'person' && (GENERAL_PEOPLE.has(cu) || GENERAL_PEOPLE.has(pu));
}

/** Compares a claim part with a passage. */
export function align(claim: Side, source: Side, idf: Idf): Alignment {
  const cu = claim.unit;
  const su = source.unit;
  const sourceContextTerms = termsOfEntities(source.context);
  // A passage that refers back (he, it, the company) is about the names of the sentence before it.
  const refersBack = su.tokens.some((t) => PRONOUNS.has(t.lower)) || su.entities.length === 0;
  const claimNames = [...cu.entities, ...claim.context.filter((e) => !cu.entities.some((o) => o.head === e.head))];
  const claimNameTerms = termsOfEntities(claimNames);

  // --- which of the part's terms the passage carries
  const lemmaOfTerm = new Map<string, string>();
  for (const t of cu.tokens) if (t.term && !lemmaOfTerm.has(t.term)) lemmaOfTerm.set(t.term, t.lemma);
  const matchOf = (t: string): number => {
    if (su.termSet.has(t)) return 1;
    const lemma = lemmaOfTerm.get(t) ?? t;
    if (su.lemmas.has(lemma)) return 1;
    // Demonyms: "Russian" here and "Russia" there, or the other way round.
    const place = cu.demonyms.get(t);
    if (place && (su.termSet.has(place) || su.places.has(place))) return 1;
    if (su.places.has(t)) return 1;
    if (claimNameTerms.has(t)) return refersBack && sourceContextTerms.has(t) ? CONTEXT_NAME_CREDIT : 0;
    for (const g of synonymGroups(lemma)) if (su.synonymSets.has(g)) return RELATED_TERM_CREDIT;
    return 0;
  };
  const matched = new Map<string, number>();
  for (const t of cu.terms) matched.set(t, matchOf(t));

  const kindOf = (t: string): 'name' | 'calendar' | 'figure' | 'predicate' =>
    claimNameTerms.has(t) ? 'name' : CALENDAR.has(t) ? 'calendar' : /^\d/.test(t) ? 'figure' : 'predicate';
  const coverageOf = (m: Map<string, number>, filter?: (t: string) => boolean) => {
    let total = 0;
    let got = 0;
    for (const [t, v] of m) {
      if (filter && !filter(t)) continue;
      const w = idf(t);
      total += w;
      got += w * v;
    }
    return total > 0 ? got / total : NaN;
  };
  const coverage = coverageOf(matched) || 0;
  // What is said: the predicate terms, or every term of a part that is all names and figures.
  const predicateOf = (m: Map<string, number>) => {
    const raw = coverageOf(m, (t) => kindOf(t) === 'predicate');
    return Number.isNaN(raw) ? coverageOf(m) || 0 : raw;
  };
  const predicate = predicateOf(matched);
  let sw = 0;
  let sm = 0;
  const claimLemmas = cu.lemmas;
  for (const t of su.terms) {
    const w = idf(t);
    sw += w;
    if (cu.termSet.has(t)) sm += w;
    else {
      const tok = su.tokens.find((x) => x.term === t);
      if (tok && claimLemmas.has(tok.lemma)) sm += w;
    }
  }
  const precision = sw > 0 ? sm / sw : 0;
  const dice = coverage > 0 ? compareTwoStrings(cu.norm, su.norm) : 0;

  // --- names: the part's own (weight 1) and those it inherits (weight 0.5)
  const backedNames: number[] = [];
  let nameTotal = 0;
  let nameGot = 0;
  const sourceTerms = su.termSet;
  // A person's surname with another given name before it in every place the passage names it ("Roy Keane" for
  // "Michael Keane") is someone else.
  const otherGiven = (e: Entity): string | undefined => {
    const given = givenName(cu, e);
    if (!given) return undefined;
    let other: string | undefined;
    for (let k = 1; k < su.tokens.length; k++) {
      if (su.tokens[k].term !== e.head) continue;
      const prev = su.tokens[k - 1];
      if (!prev.term || prev.term === given) return undefined;
      if (!isGivenName(prev)) return undefined;
      other = su.text.slice(prev.start, su.tokens[k].end);
    }
    return other;
  };
  const nameMismatches: { e: Entity; other: string }[] = [];
  const nameScore = (e: Entity): number => {
    const other = otherGiven(e);
    if (other) { if (!nameMismatches.some((m) => m.e === e)) nameMismatches.push({ e, other }); return 0; }
    if (nameIn(e, sourceTerms)) return 1;
    if (e.terms.some((t) => su.places.has(t) || (cu.demonyms.has(t) && sourceTerms.has(cu.demonyms.get(t)!)))) return 1;
    if (refersBack && nameIn(e, sourceContextTerms)) return CONTEXT_NAME_CREDIT;
    return 0;
  };
  cu.entities.forEach((e, i) => {
    const v = nameScore(e);
    nameTotal += 1;
    nameGot += v;
    if (v > 0) backedNames.push(i);
  });
  for (const e of claim.context) {
    if (cu.entities.some((o) => o.head === e.head)) continue;
    nameTotal += 0.5;
    nameGot += 0.5 * nameScore(e);
  }
  const actors = nameTotal > 0 ? nameGot / nameTotal : 1;

  // --- look-alike: the part's name replaced by another name in the same place of the sentence
  const sourceNames = [...su.entities, ...(refersBack ? source.context : [])];
  const known = claim.known ?? claimNameTerms;
  const foreign = sourceNames.filter((n) => !claimNameTerms.has(n.head) && !known.has(n.head) && !n.terms.some((t) => claimNameTerms.has(t) || known.has(t) || cu.termSet.has(t)) &&
    !n.terms.every((t) => CALENDAR.has(t)) && ![...cu.places].some((p) => n.terms.includes(p)));
  let lookalike = false;
  const ownUnmatched = cu.entities.filter((_, i) => !backedNames.includes(i));
  // Every name of the part (its own, or the subject it inherits) is missing and the passage names others.
  const anyNameMet = backedNames.length > 0 || claim.context.some((e) => nameScore(e) > 0);
  if (claimNames.length && !anyNameMet && foreign.length) lookalike = true;
  // A passage from an article that never names anyone of the claim's sentence (or the one before) is from a
  // story about others, however alike its words.
  const namesNone = (terms: Set<string> | undefined) => !!source.docNames && !!terms && terms.size > 0 && ![...terms].some((t) => source.docNames!.has(t));
  if (namesNone(known)) lookalike = true;
  const otherStory = namesNone(claim.story ?? known);
  if (!lookalike && ownUnmatched.length && foreign.length) lookalike = substituted(cu, su, ownUnmatched, foreign, matched);
  const otherNames = ownUnmatched.length > 0 && foreign.length > 0;

  // --- figures
  // A figure or date in a clause of the passage that names only others is theirs, not the part's.
  const ours = (n: Entity) => claimNameTerms.has(n.head) || known.has(n.head) || n.terms.some((t) => claimNameTerms.has(t));
  const othersAt = (pos: number) => {
    const names = clauseNames(su, pos);
    return names.length > 0 && !names.some(ours) && su.entities.some((e) => ours(e) && !names.includes(e));
  };
  const findings: Finding[] = [];
  const agreements: string[] = [];
  const worded = new Map<number, string>();
  const backedNumbers: number[] = [];
  const exactNumbers: number[] = [];
  const claimScores = scoresOf(cu.text);
  const sourceScores = scoresOf(su.text);
  const inScore = (n: LocatedNumber, scores: { start: number; end: number }[]) => scores.some((s) => n.start >= s.start && n.start < s.end);
  const sourceNumbers = su.numbers.filter((n) => !inScore(n, sourceScores));
  const lemmaEq = (x: string, y: string) => x === y || synonymous(x, y);
  const unitTerms = (n: LocatedNumber) => {
    let u = UNIT_TERMS.get(n);
    if (!u) UNIT_TERMS.set(n, (u = new Set(contentTerms(n.text).filter((t) => !/^\d/.test(t)))));
    return u;
  };
  cu.numbers.forEach((c, i) => {
    if (inScore(c, claimScores)) return;
    const ctx = around(cu, c.start, c.end);
    for (const t of unitTerms(c)) ctx.delete(t);
    const candidates = sourceNumbers.filter((p) => sameKind(c, p) && !othersAt(p.start)).map((p) => {
      const pc = around(su, p.start, p.end);
      for (const t of unitTerms(p)) pc.delete(t);
      return { p, shared: sharedCount(ctx, pc, lemmaEq) };
    }).filter((x) => x.p.unit || x.shared >= 1);
    // "For a third time" counts the part's own predicate: any third of the passage backs it ("their third World Cup").
    if (c.unit === 'ordinal time' && sourceNumbers.some((p) => p.unit.startsWith('ordinal') && p.value === c.value)) {
      backedNumbers.push(i);
      exactNumbers.push(i);
      agreements.push(c.text.trim());
      return;
    }
    if (!candidates.length) return;
    const agreeing = candidates.filter((x) => compatible(c, x.p)).sort((a, b) => b.shared - a.shared)[0];
    if (agreeing) {
      backedNumbers.push(i);
      if (agreeing.p.qualifier === 'exact') exactNumbers.push(i);
      if (agreeing.p.text.trim().toLowerCase() !== c.text.trim().toLowerCase()) worded.set(i, agreeing.p.text.trim());
      if (c.value > 2 || /\d|-/.test(c.text)) agreements.push(c.text.trim());
      return;
    }
    if (c.qualifier === 'vague' || candidates.every((x) => x.p.qualifier === 'vague')) return;
    const best = candidates.filter((x) => x.p.qualifier !== 'vague').sort((a, b) => b.shared - a.shared)[0];
    findings.push({ kind: 'number', claim: c.text.trim(), source: best.p.text.trim(), bound: best.shared >= 2, index: i, exact: best.p.qualifier === 'exact' });
  });
  // A match has several scores (half-time, full time, penalties): a score contradicts only one described by the
  // same word next to it ("4-2 on penalties" / "2-4 on penalties", not "3-3 draw").
  for (const cs of claimScores) {
    const next = adjacentTerms(cu, cs.start, cs.end);
    const same = sourceScores.map((ps) => ({ ps, shared: sharedCount(next, adjacentTerms(su, ps.start, ps.end), lemmaEq) }));
    const pair = (s: { a: number; b: number }) => [Math.max(s.a, s.b), Math.min(s.a, s.b)].join('-');
    const agree = same.find((x) => pair(x.ps) === pair(cs));
    if (agree) { agreements.push(cs.text); continue; }
    const bound = same.filter((x) => x.shared >= 1).sort((a, b) => b.shared - a.shared)[0];
    if (bound) findings.push({ kind: 'number', claim: cs.text, source: bound.ps.text, bound: true, index: -1 });
  }

  // --- dates
  const backedDates: number[] = [];
  cu.dates.forEach((d, i) => {
    const ctx = around(cu, d.start, d.end);
    const rel = su.dates.filter((q) => !othersAt(q.start)).map((q) => ({ q, r: compareDates(d, q, { a: claim.year, b: source.year }), shared: sharedCount(ctx, around(su, q.start, q.end), lemmaEq) }));
    if (rel.some((x) => x.r === 'agree')) {
      backedDates.push(i);
      agreements.push(d.text.trim());
      return;
    }
    // A passage that dates nothing is dated by its story: the sentence before it, the article's opening.
    if (!rel.some((x) => x.r !== 'unrelated') && source.contextDates?.length && (d.weekday !== undefined || d.day !== undefined)) {
      const ctx = source.contextDates.map((q) => ({ q, r: grain(q) === grain(d) ? compareDates(d, q, { a: claim.year, b: source.year }) : 'unrelated' as const }));
      if (ctx.some((x) => x.r === 'agree')) { backedDates.push(i); agreements.push(d.text.trim()); return; }
      const other = ctx.find((x) => x.r === 'conflict');
      if (other && ctx.every((x) => x.r !== 'agree')) findings.push({ kind: 'date', claim: d.text.trim(), source: `${other.q.text.trim()} (in the source's story)`, bound: false, index: i });
      return;
    }
    const conflicting = rel.filter((x) => x.r === 'conflict').sort((a, b) => b.shared - a.shared)[0];
    const bound = !!conflicting && conflicting.shared >= 2 && isFullDate(d);
    // Without words tying them together, two dates contradict only when each side states one date.
    const sameGrain = !!conflicting && grain(d) === grain(conflicting.q);
    if (conflicting && (bound || (cu.dates.length === 1 && su.dates.length === 1 && sameGrain))) findings.push({ kind: 'date', claim: d.text.trim(), source: conflicting.q.text.trim(), bound, index: i });
  });

  // A figure tied to the same words that differs at another date is the figure of another moment (Saturday's
  // toll, Sunday's toll): neither contradicts. A loose figure beside a differing date says nothing.
  if (findings.some((f) => f.kind === 'date') && findings.some((f) => f.kind === 'number')) {
    const kept = findings.some((f) => f.kind === 'number' && f.bound) ? [] : findings.filter((f) => f.kind !== 'number');
    findings.splice(0, findings.length, ...kept);
  }

  for (const m of nameMismatches) findings.push({ kind: 'name', claim: m.e.text, source: m.other, bound: true, index: -1 });

  // --- polarity: the same word negated on one side only, or a WordNet antonym in its place
  // Words inside a quotation are compared by the quote comparison (a changed word there is a misquote).
  const outsideQuotes = (u: Unit) => {
    const spans = quoteSpans(u);
    return spans.length ? u.tokens.filter((t) => !spans.some(([a, b]) => t.start >= a && t.end <= b)) : u.tokens;
  };
  const samePolarity = new Set<string>();
  const polarity = polarityFinding(outsideQuotes(cu), outsideQuotes(su), samePolarity);
  if (polarity) findings.push(polarity);

  // --- roles: two names on either side of the same predicate, in the reverse order
  const roleSource = withPronounResolved(su, source.context, claimNameTerms);
  const role = roleFinding(cu, roleSource);
  if (role) findings.push(role);
  const sameRoles = !role && !!roleFinding(cu, roleSource, true);

  // --- quotes
  const backedQuotes: number[] = [];
  cu.quotes.forEach((q, qi) => {
    // A statement reproduced without quotation marks ("To protect insured depositors, the FDIC created …").
    if (q.text.split(/\s+/).length >= 5 && !su.quotes.length && sharesTwoWords(q.text, su.text)) {
      const cmp = compareQuotes(q.text, su.text);
      if (cmp.same && cmp.differences.length === 0 && cmp.overlap >= 0.9) { backedQuotes.push(qi); agreements.push('the quote'); return; }
      // …or with words changed: a misquote of the statement.
      if (cmp.same && cmp.close && cmp.overlap >= 0.8 && cmp.differences.length) {
        findings.push({ kind: 'quote', claim: cmp.differences.map((d) => d.claim).filter(Boolean).join(', '), source: cmp.differences.map((d) => d.source).filter(Boolean).join(', '), bound: true, index: qi });
        return;
      }
    }
    for (const pq of su.quotes) {
      // Cheap test first: two quotes with fewer than two words in common are not the same quote.
      if (!sharesTwoWords(q.text, pq.text)) continue;
      const cmp = compareQuotes(q.text, pq.text);
      if (!cmp.same) continue;
      const differ = (speaker: string | undefined) => !!q.speaker && !!speaker && termOf(q.speaker.toLowerCase()) !== termOf(speaker.toLowerCase()) &&
        !su.termSet.has(termOf(q.speaker.toLowerCase()));
      const speakersDiffer = differ(pq.speaker);
      if (cmp.differences.length === 0) {
        // The same words from another speaker (named in the sentence, or next to it when the sentence names none).
        const other = speakersDiffer ? pq.speaker : !pq.speaker && differ(pq.nearSpeaker) ? pq.nearSpeaker! : '';
        if (other) findings.push({ kind: 'speaker', claim: q.speaker, source: other, bound: true, index: qi });
        else { backedQuotes.push(qi); agreements.push('the quote'); }
        return;
      }
      if (!cmp.close) continue;
      if (speakersDiffer) continue;
      findings.push({ kind: 'quote', claim: cmp.differences.map((d) => d.claim).filter(Boolean).join(', '), source: cmp.differences.map((d) => d.source).filter(Boolean).join(', '), bound: true, index: qi });
      return;
    }
  });

  // Figures: the part's specific numbers and its dates, backed (+) or not (−), as a share of them.
  const specific = cu.numbers.map((n, i) => ({ n, i })).filter(({ n }) => n.qualifier !== 'vague' && (n.value > 2 || /\d/.test(n.text)));
  const figureCount = specific.length + cu.dates.length;
  const figuresBacked = specific.filter(({ i }) => backedNumbers.includes(i)).length + backedDates.length;
  const figures = figureCount ? (2 * figuresBacked - figureCount) / figureCount : 0;
  const quote = cu.quotes.length ? (backedQuotes.length ? 1 : -1) : 0;
  const features: Features = { predicate, actors, figures, quote, precision, dice, modality: cu.hedged === su.hedged ? 1 : 0 };
  const support = lookalike ? 0 : supportProbability(features);
  // The same fact, differing details aside: count the words of each finding as agreeing.
  let same = support;
  let sameFeatures = features;
  if (findings.length && !lookalike) {
    const agreeing = new Map(matched);
    for (const f of findings) for (const t of contentTerms(f.claim)) if (agreeing.has(t)) agreeing.set(t, 1);
    for (const f of findings) if (f.kind === 'polarity' || f.kind === 'role') for (const tok of cu.tokens) if (tok.term && f.claim.toLowerCase().includes(tok.lower)) agreeing.set(tok.term, 1);
    const differing = findings.filter((f) => f.kind === 'number' || f.kind === 'date').length;
    const quoteSame = findings.some((f) => f.kind === 'quote' || f.kind === 'speaker') ? 1 : quote;
    sameFeatures = { ...features, predicate: predicateOf(agreeing), figures: figureCount ? Math.min(1, (2 * (figuresBacked + differing) - figureCount) / figureCount) : 0, quote: quoteSame };
    same = supportProbability(sameFeatures);
  }
  return {
    features, support, same, sameFeatures, lookalike, otherStory, otherNames, otherTime: claim.year !== undefined && source.year !== undefined && claim.year - source.year >= 2, findings, agreements, worded, samePolarity, sameRoles,
    backed: { numbers: backedNumbers, exactNumbers, dates: backedDates, names: backedNames, quotes: backedQuotes },
  };
}

function sharesTwoWords(a: string, b: string): boolean {
  const wa = new Set(a.toLowerCase().match(/[\p{L}\p{N}]{3,}/gu) ?? []);
  let n = 0;
  for (const w of b.toLowerCase().match(/[\p{L}\p{N}]{3,}/gu) ?? []) if (wa.has(w) && ++n >= 2) return true;
  return false;
}

/** Where the unit's quotations stand (cached on the unit). */
function quoteSpans(u: Unit): [number, number][] {
  let spans = QUOTE_SPANS.get(u);
  if (!spans) QUOTE_SPANS.set(u, (spans = /["\u201C\u201D]/.test(u.text) ? quotesIn(u.text).map((q) => [q.start, q.end] as [number, number]) : []));
  return spans;
}
const QUOTE_SPANS = new WeakMap<Unit, [number, number][]>();

const CLAUSE_EDGE = new Set([';', ',', ':', 'while', 'whereas', 'but', 'conversely', 'when', 'meanwhile', 'although', 'though']);

/**
 * The names of the clause of a unit around a position: a figure or date there belongs to them ("when Xi visited
 * Moscow in March 2023 …; when Putin visited Beijing in October" — October is Putin's).
 */
function clauseNames(u: Unit, pos: number): Entity[] {
  let from = 0;
  let to = u.text.length;
  for (const t of u.tokens) {
    if (!CLAUSE_EDGE.has(t.lower)) continue;
    if (t.end <= pos) from = t.end;
    else if (t.start >= pos) { to = t.start; break; }
  }
  return u.entities.filter((e) => e.start >= from && e.end <= to);
}

/** How precisely a date is stated: a day, a weekday, a month or a year. */
function grain(d: DateFact): string {
  return d.day !== undefined ? 'day' : d.weekday !== undefined ? 'weekday' : d.month !== undefined ? 'month' : d.hour !== undefined ? 'time' : 'year';
}

function isFullDate(d: DateFact): boolean {
  return d.weekday !== undefined || (d.month !== undefined && d.day !== undefined) || d.relative === true;
}

/** A name of the part replaced, at the same place next to the same words, by a name the part does not have. */
function substituted(cu: Unit, su: Unit, unmatched: Entity[], foreign: Entity[], matched: Map<string, number>): boolean {
  const tokensIn = (u: Unit, e: { start: number; end: number }) => u.tokens.findIndex((t) => t.start >= e.start);
  for (const e of unmatched) {
    const i = tokensIn(cu, e);
    if (i < 0) continue;
    const last = cu.tokens.findIndex((t) => t.start >= e.end);
    const after = last < 0 ? cu.tokens.length : last;
    const neighbours: { term: string; side: 'before' | 'after' }[] = [];
    for (let k = i - 1; k >= Math.max(0, i - 3); k--) if (cu.tokens[k].term && (matched.get(cu.tokens[k].term) ?? 0) >= 1) { neighbours.push({ term: cu.tokens[k].term, side: 'before' }); break; }
    for (let k = after; k < Math.min(cu.tokens.length, after + 3); k++) if (cu.tokens[k].term && (matched.get(cu.tokens[k].term) ?? 0) >= 1) { neighbours.push({ term: cu.tokens[k].term, side: 'after' }); break; }
    for (const n of neighbours) {
      for (let j = 0; j < su.tokens.length; j++) {
        if (su.tokens[j].term !== n.term) continue;
        const pos = su.tokens[j].start;
        const hit = foreign.some((f) => (n.side === 'before' ? f.start > pos && f.start - su.tokens[j].end < 24 : f.end <= pos && pos - f.end < 24));
        if (hit) return true;
      }
    }
  }
  return false;
}

/** Base forms of the three nearest content words on either side of a token: what it is said of. */
function neighbours(tokens: Token[], i: number): Set<string> {
  const out = new Set<string>();
  for (let k = i - 1, n = 0; k >= 0 && n < 3; k--) if (tokens[k].term) { out.add(tokens[k].lemma); n++; }
  for (let k = i + 1, n = 0; k < tokens.length && n < 3; k++) if (tokens[k].term) { out.add(tokens[k].lemma); n++; }
  return out;
}

/**
 * The same word negated on one side only, or a WordNet antonym in its place ("rose" / "fell" next to the same
 * words); both at once cancel out ("not guilty" / "acquitted").
 */
function polarityFinding(claim: Token[], source: Token[], samePolarity: Set<string>): Finding | undefined {
  const isPredicate = (t: Token) => !!t.term && !t.name && !/^\d/.test(t.term) && !CALENDAR.has(t.term);
  const sourceLemmas = new Set(source.filter(isPredicate).map((t) => t.lemma));
  const claimLemmas = new Set(claim.filter(isPredicate).map((t) => t.lemma));
  let negation: Finding | undefined;
  let antonym: Finding | undefined;
  claim.forEach((c, i) => {
    if (!isPredicate(c)) return;
    const related = source.map((x, jj) => ({ x, jj })).filter(({ x }) => isPredicate(x) && (x.lemma === c.lemma || synonymous(x.lemma, c.lemma)));
    if (related.length) {
      const around = neighbours(claim, i);
      const opposite = related.filter(({ x, jj }) => x.negated !== c.negated && [...neighbours(source, jj)].some((n) => around.has(n)));
      if (related.some(({ x }) => x.negated === c.negated)) samePolarity.add(c.lemma);
      if (!negation && opposite.length && related.every(({ x }) => x.negated !== c.negated)) {
        const s = opposite[0].x;
        negation = { kind: 'polarity', claim: `${c.negated ? 'not ' : ''}${c.lower}`, source: `${s.negated ? 'not ' : ''}${s.lower}`, bound: false, index: -1, lemma: c.lemma };
      }
      if (related.some(({ x }) => x.lemma === c.lemma)) return;
    }
    if (antonym) return;
    const around = neighbours(claim, i);
    const opposite = antonymsOf(c.lemma);
    if (!opposite.size) return;
    // The opposite word, or a synonym of it when the opposition holds both ways ("rose" / "dropped": drop is the
    // opposite of ascend, a synonym of rise); a rare sense on one side only ("beat" / "rest" / "stand") is not enough.
    const oppositeVia = (from: string, to: string) => [...antonymsOf(from)].some((o) => o === to || synonymous(o, to));
    const isOpposite = (l: string) => opposite.has(l) || (oppositeVia(c.lemma, l) && oppositeVia(l, c.lemma));
    // Two words in common around both: the opposite word stands in the same place.
    const k = source.findIndex((x, jj) => isPredicate(x) && !claimLemmas.has(x.lemma) && isOpposite(x.lemma) &&
      [...neighbours(source, jj)].filter((n) => around.has(n)).length >= 2);
    if (k >= 0 && !sourceLemmas.has(c.lemma)) antonym = { kind: 'polarity', claim: c.lower, source: source[k].lower, bound: false, index: -1, lemma: c.lemma };
  });
  if (negation && antonym) return undefined;
  return negation ?? antonym;
}

/**
 * The passage with an opening pronoun ("He thanked PM Modi …") read as the name it stands for: the name of the
 * sentence before that the part mentions and the passage does not.
 */
function withPronounResolved(su: Unit, context: Entity[], claimNameTerms: Set<string>): Unit {
  const first = su.tokens[0];
  if (!first || !/^(?:he|she|they)$/.test(first.lower)) return su;
  const ref = context.find((e) => claimNameTerms.has(e.head) && !su.entities.some((o) => o.head === e.head));
  if (!ref) return su;
  return { ...su, entities: [{ ...ref, start: first.start, end: first.end }, ...su.entities] };
}

/**
 * "A beat B" against "B beat A": the same predicate between the same two names, in the reverse order (with
 * `sameOrder`, in the same order: the passage states the roles as the part does).
 */
function roleFinding(cu: Unit, su: Unit, sameOrder = false): Finding | undefined {
  const ents = cu.entities;
  for (let i = 0; i < ents.length; i++) {
    for (let j = i + 1; j < ents.length; j++) {
      const a = ents[i];
      const b = ents[j];
      if (a.head === b.head) continue;
      const between = cu.tokens.filter((t) => t.start >= a.end && t.end <= b.start && t.term && !t.name && !/^\d/.test(t.term));
      if (!between.length || between.length > 8) continue;
      // Both names must be arguments of one predicate: no clause boundary and no other name between them.
      if (cu.tokens.some((t) => t.start >= a.end && t.end <= b.start && CLAUSE_BOUNDARY.has(t.lower))) continue;
      if (ents.some((e) => e.start >= a.end && e.end <= b.start)) continue;
      const passiveClaim = cu.tokens.some((t) => t.start >= a.end && t.end <= b.start && t.lower === 'by');
      // In the passage, a pronoun stands for the last of the two names before it ("Argentina … as they beat France").
      const named = withPronouns(su, [a.head, b.head]);
      const [first, second] = sameOrder ? [a, b] : [b, a];
      for (const sb of named.filter((e) => e.head === first.head)) {
        const sa = named.find((e) => e.head === second.head && e.start > sb.end);
        if (!sa) continue;
        // In the passage: b … predicate … a.
        const sBetween = su.tokens.filter((t) => t.start >= sb.end && t.end <= sa.start);
        if (sBetween.some((t) => CLAUSE_BOUNDARY.has(t.lower)) || sBetween.length > 8) continue;
        if (named.some((e) => e !== sb && e !== sa && e.start >= sb.end && e.end <= sa.start) || /[()\u2014\u2013]/.test(su.text.slice(sb.end, sa.start))) continue;
        const same = (x: Token, t: Token) => x.lemma === t.lemma || synonymous(x.lemma, t.lemma);
        const pred = between.find((t) => !RECIPROCAL.has(t.lemma) && sBetween.some((x) => same(x, t)));
        if (!pred) continue;
        const passiveSource = sBetween.some((t) => t.lower === 'by');
        if (sameOrder ? passiveClaim === passiveSource : passiveClaim !== passiveSource) {
          if (sameOrder) return { kind: 'role', claim: '', source: '', bound: true, index: -1 };
        }
        if (sameOrder || passiveClaim !== passiveSource) continue;
        return { kind: 'role', claim: `${a.text} ${pred.lower} ${b.text}`, source: `${sb.text} ${sBetween.find((x) => same(x, pred))!.lower} ${sa.text}`, bound: true, index: -1 };
      }
    }
  }
  return undefined;
}

/**
 * The passage's names, with each pronoun read as the last of the given names before it in the passage, and the
 * subject of a participle clause (", beating France") read as the sentence's first name.
 */
function withPronouns(su: Unit, heads: string[]): Entity[] {
  const out = [...su.entities];
  const first = su.entities[0];
  su.tokens.forEach((t, k) => {
    if (/^(?:he|she|they|it)$/.test(t.lower)) {
      const before = su.entities.filter((e) => e.end <= t.start && heads.includes(e.head)).pop();
      if (before) out.push({ ...before, text: t.lower, start: t.start, end: t.end });
    } else if (k > 0 && su.tokens[k - 1].lower === ',' && /ing$/.test(t.lower) && first && heads.includes(first.head) && first.end <= t.start) {
      out.push({ ...first, start: t.start, end: t.start });
    }
  });
  return out.sort((x, y) => x.start - y.start);
}
