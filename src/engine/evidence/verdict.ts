// From alignments to verdicts: each part's status, the claim's status, its evidence list and the notes an
// editor reads. A detail stated otherwise is a contradiction only in a passage about the same fact (the
// model's same-fact probability), never in a look-alike, and not when another source states the part's
// own figure, date, quote or polarity strongly (an earlier visit that lasted three days does not contradict
// a two-day visit that the sources report).
import type { ClaimComparison } from '../claims/compare';
import { Passage } from '../corpus';
import { ClaimPart, ClaimStatus, Evidence, Relation } from '../types';
import { Alignment, Finding, Side } from './align';
import { THRESHOLDS } from './model';

/** A passage compared with a part. */
export interface Scored {
  passage: Passage;
  a: Alignment;
}

/** A part's verdict before it is placed in the claim. */
export interface PartVerdict {
  start: number;
  end: number;
  text: string;
  status: ClaimStatus;
  /** Best support among passages that are not look-alikes (0 when conflicting or none). */
  score: number;
  supports: Scored[];
  /** Every passage compared that is not a look-alike. */
  all: Scored[];
  conflicts: { s: Scored; f: Finding }[];
  /** The part's figures, dates, names and quotes that no supporting passage gives. */
  unbacked: string[];
  /** Passages that came closest without backing the part. */
  closest: Scored[];
}

/** Whether a finding contradicts the part: about the same fact, not a look-alike. */
function counts(a: Alignment, f: Finding): boolean {
  // The same words quoted from someone else: the passage names another speaker in the speaker's place, so it
  // looks like a story about other people, but the quote is what the part states.
  if (f.kind === 'speaker') return !a.otherTime && !a.otherStory;
  // A story of another period (an earlier visit that lasted three days) says nothing against this one.
  if (a.lookalike || a.otherTime) return false;
  // Another person of the same surname in the same sentence: the name itself is what differs.
  if (f.kind === 'name') return a.sameFeatures.predicate >= THRESHOLDS.conflictPredicate && a.same >= THRESHOLDS.conflictSame;
  // A quotation's own words tell which remark it is, wherever the speaker is named.
  if (f.kind === 'quote') return a.same >= THRESHOLDS.conflictBound;
  if (a.features.actors < 0.5) return false;
  // The same event (no name of the part replaced by another) and something of what is said in common.
  if (a.otherNames || a.sameFeatures.predicate < THRESHOLDS.conflictPredicate) return false;
  return a.same >= THRESHOLDS.conflictSame || (f.bound && a.same >= THRESHOLDS.conflictBound);
}

/** Another passage (another document) states the part's own detail strongly: the finding is not the sources' word. */
function overridden(c: { s: Scored; f: Finding }, all: Scored[]): boolean {
  // Only a passage at least about as close to the part as the contradicting one can outweigh it.
  const others = all.filter((x) => x.passage.path !== c.s.passage.path && !x.a.lookalike && x.a.support >= Math.max(THRESHOLDS.backed, c.s.a.same - 0.1));
  // A figure or date that another passage about the same thing gives as the part does.
  const backers = all.filter((x) => x.passage !== c.s.passage && x.a.support >= Math.max(THRESHOLDS.weak, c.s.a.support - 0.1) && x.a.features.actors >= 0.5);
  switch (c.f.kind) {
    // An exact figure is outweighed only by another exact one ("2,012 killed" is not outweighed by "more than 2,000").
    // Any passage about the same people that states the very figure ("the 108th minute", "1,204 injured") attests
    // it, however much else it says.
    case 'number': return c.f.index >= 0 && (c.f.exact
      ? all.some((x) => x.passage !== c.s.passage && x.a.support >= THRESHOLDS.weak && x.a.features.actors >= 0.5 && x.a.backed.exactNumbers.includes(c.f.index))
      : backers.some((x) => x.a.backed.numbers.includes(c.f.index)));
    case 'date': return backers.some((x) => x.a.backed.dates.includes(c.f.index));
    case 'quote':
    case 'speaker': return all.some((x) => x.a.backed.quotes.includes(c.f.index) && !x.a.lookalike);
    // Another passage that states the same word with the part's polarity ("pledged not to raise" here and there).
    case 'polarity': return others.some((x) => !!c.f.lemma && x.a.samePolarity.has(c.f.lemma) && !x.a.findings.some((g) => g.kind === 'polarity'));
    // Another passage that gives the roles as the part does.
    case 'role': return others.some((x) => x.a.sameRoles);
    // Another passage that names the person as the part does, given name and all.
    case 'name': return others.some((x) => x.passage.text.includes(c.f.claim));
    default: return others.some((x) => !x.a.findings.some((g) => g.kind === c.f.kind));
  }
}

/** The verdict on one part from its alignments. */
export function decidePart(span: { start: number; end: number; text: string }, side: Side, scored: Scored[]): PartVerdict {
  const valid = scored.filter((x) => !x.a.lookalike);
  let conflicts: { s: Scored; f: Finding }[] = [];
  for (const s of scored) for (const f of s.a.findings) if (counts(s.a, f)) conflicts.push({ s, f });
  conflicts = conflicts.filter((c) => !overridden(c, valid)).sort((x, y) => y.s.a.same - x.s.a.same);
  const unit = side.unit;
  // An article of an older period backs a lasting fact, never one of this story's figures or dates.
  const timeBound = unit.numbers.length > 0 || unit.dates.length > 0;
  const supports = valid.filter((x) => x.a.support >= THRESHOLDS.weak && !conflicts.some((c) => c.s === x) && !(timeBound && x.a.otherTime))
    .sort((x, y) => y.a.support - x.a.support);
  const unbacked: string[] = [];
  const backedBy = (pick: (a: Alignment) => number[], i: number) => supports.some((x) => pick(x.a).includes(i));
  const specific = (backed: boolean, text: string) => { if (!backed) unbacked.push(text); };
  unit.numbers.forEach((n, i) => {
    if (n.qualifier !== 'vague' && (n.value > 2 || /\d/.test(n.text)) && !inAnyScore(unit.text, n.start)) specific(backedBy((a) => a.backed.numbers, i), n.text.trim());
  });
  unit.dates.forEach((d, i) => specific(backedBy((a) => a.backed.dates, i), d.text.trim()));
  unit.quotes.forEach((q, i) => { if (q.text.split(/\s+/).length >= 3) specific(backedBy((a) => a.backed.quotes, i), `“${q.text}”`); });
  unit.entities.forEach((e, i) => { if (!backedBy((a) => a.backed.names, i) && !unbacked.includes(e.text)) unbacked.push(e.text); });
  const best = supports[0];
  let status: ClaimStatus;
  if (conflicts.length) status = 'conflicting';
  else if (!best) status = 'unsupported';
  // A passage that only resembles the part does not back it when the part states something specific that no
  // source gives (a name, a figure, a date, a quote): that is what the part adds.
  else if (best.a.support < THRESHOLDS.backed && unbacked.length > 0) status = 'unsupported';
  else if (best.a.support >= THRESHOLDS.backed && unbacked.length === 0) status = 'corroborated';
  else status = 'partial';
  if (status === 'unsupported') {
    // Nothing backs it: what came nearest is listed as such, never as support.
    const closest = valid.filter((x) => x.a.support >= THRESHOLDS.closest).sort((x, y) => y.a.support - x.a.support).slice(0, 3);
    return { ...span, status, score: 0, supports: [], all: valid, conflicts, unbacked, closest };
  }
  return { ...span, status, score: conflicts.length ? 0 : best?.a.support ?? 0, supports, all: valid, conflicts, unbacked, closest: [] };
}

function inAnyScore(text: string, at: number): boolean {
  for (const m of text.matchAll(/(?<![\d.,:$€£])\d{1,3}\s?[-\u2013]\s?\d{1,3}(?![\d.,:%])/g)) if (at >= m.index! && at < m.index! + m[0].length) return true;
  return false;
}

/** A claim's status from its parts'. */
export function claimStatus(parts: PartVerdict[]): ClaimStatus {
  if (parts.some((p) => p.status === 'conflicting')) return 'conflicting';
  if (parts.every((p) => p.status === 'corroborated')) return 'corroborated';
  if (parts.every((p) => p.status === 'unsupported')) return 'unsupported';
  return 'partial';
}

function relationOf(f: Finding): Relation {
  return f.kind === 'quote' || f.kind === 'speaker' ? 'quote-differs' : 'conflicts';
}

/** What a contradicting passage says otherwise, in an editor's words. */
export function findingNote(f: Finding): string {
  switch (f.kind) {
    case 'number': return `number differs: ${f.claim} here, ${f.source} in the source`;
    case 'date': return `date differs: ${f.claim} here, ${f.source} in the source`;
    case 'polarity': return `the source says the opposite: “${f.claim}” here, “${f.source}” in the source`;
    case 'role': return `roles reversed: “${f.claim}” here, “${f.source}” in the source`;
    case 'quote': return `quote differs: ${f.claim ? `“${f.claim}” here, ` : ''}${f.source ? `“${f.source}” in the source` : 'words left out'}`;
    case 'speaker': return `quote differs: said by ${f.claim} here, by ${f.source} in the source`;
    case 'name': return `another person: ${f.claim} here, ${f.source} in the source`;
  }
}

/** What a supporting passage agrees on. */
function supportNote(s: Scored, side: Side): string {
  if (s.a.features.dice >= 0.85) return 'same wording';
  const said = s.a.agreements.map((x) => {
    const n = side.unit.numbers.findIndex((num) => num.text.trim() === x);
    const w = n >= 0 ? s.a.worded.get(n) : undefined;
    return w ? `${x} (${w} in the source)` : x;
  }).filter((x, i, all) => all.indexOf(x) === i);
  return said.length ? `agrees on ${said.join(', ')}` : 'similar wording';
}

/** One entry of the evidence list, with the part(s) it belongs to. */
interface Entry {
  s: Scored;
  relation: Relation;
  note: string;
  score: number;
  parts: Set<number>;
}

/**
 * Evidence for the whole claim: contradicting passages first, then the best support of each part, then the
 * rest by score; one entry per passage. Returns the list and, per part, the indices of its entries.
 */
export function claimEvidence(parts: PartVerdict[], sides: Side[], max: number): { evidence: (Evidence & { passage: Passage })[]; partEvidence: number[][]; notes: string[] } {
  const entries = new Map<Passage, Entry>();
  const add = (s: Scored, part: number, relation: Relation, note: string, score: number) => {
    const e = entries.get(s.passage);
    if (e) { e.parts.add(part); if (relation !== 'supports' && e.relation === 'supports') { e.relation = relation; e.note = note; } return; }
    entries.set(s.passage, { s, relation, note, score, parts: new Set([part]) });
  };
  parts.forEach((p, i) => { for (const c of p.conflicts) add(c.s, i, relationOf(c.f), findingNote(c.f), round(c.s.a.same)); });
  // Supporting passages best first by how much of the whole claim they back (parts weighted by their terms).
  const weights = sides.map((side) => Math.max(1, side.unit.terms.length));
  const total = weights.reduce((x, y) => x + y, 0);
  const whole = new Map<Passage, number>();
  parts.forEach((p, i) => { for (const s of p.all) whole.set(s.passage, (whole.get(s.passage) ?? 0) + (weights[i] * s.a.support) / total); });
  const supporting: { s: Scored; i: number }[] = [];
  parts.forEach((p, i) => { for (const s of p.supports) supporting.push({ s, i }); });
  supporting.sort((x, y) => (whole.get(y.s.passage) ?? 0) - (whole.get(x.s.passage) ?? 0) || y.s.a.support - x.s.a.support);
  for (const { s, i } of supporting) add(s, i, 'supports', supportNote(s, sides[i]), round(whole.get(s.passage) ?? s.a.support));
  if (parts.every((p) => p.status === 'unsupported')) {
    parts.forEach((p, i) => { for (const s of p.closest) add(s, i, 'supports', `closest passage, not enough to back the claim (${supportNote(s, sides[i])})`, round(s.a.support)); });
  }
  const ordered = [...entries.values()];
  // Contradictions first, then in the order added (supports by how much of the claim they back).
  const order = new Map(ordered.map((e, k) => [e, k]));
  ordered.sort((x, y) => (y.relation !== 'supports' ? 1 : 0) - (x.relation !== 'supports' ? 1 : 0) || order.get(x)! - order.get(y)!);
  const kept = ordered.slice(0, max);
  const evidence = kept.map((e) => ({ path: e.s.passage.path, start: e.s.passage.start, end: e.s.passage.end, text: e.s.passage.text, score: e.score, relation: e.relation, note: e.note, passage: e.s.passage }));
  const partEvidence = parts.map((_, i) => kept.map((e, k) => (e.parts.has(i) ? k : -1)).filter((k) => k >= 0));
  const notes = parts.map((p) => partNote(p));
  return { evidence, partEvidence, notes };
}

/** What an editor needs to know about a part that is not simply backed. */
function partNote(p: PartVerdict): string {
  if (p.status === 'conflicting') return findingNote(p.conflicts[0].f);
  if (p.status === 'unsupported') return 'no source backs this part';
  if (p.status === 'partial') {
    if (p.unbacked.length) return `not in the sources: ${p.unbacked.join(', ')}`;
    return 'only loosely backed: the sources word it differently or say less';
  }
  return '';
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** The verdict on a compared claim: status, score, evidence (with passages) and parts. */
export interface Judgement {
  status: ClaimStatus;
  score: number;
  evidence: (Evidence & { passage: Passage })[];
  parts: ClaimPart[];
}

/**
 * Judges a compared claim. `minScore` is the least support that backs anything (the closest passages of an
 * unsupported claim are listed below it); `maxEvidence` caps the evidence list.
 */
export function judgeClaim(cmp: ClaimComparison, opts: { minScore: number; maxEvidence: number }): Judgement {
  const floor = (scored: Scored[]) => (opts.minScore <= THRESHOLDS.weak ? scored : scored.map((s) => (s.a.support >= opts.minScore || s.a.support < THRESHOLDS.weak ? s : { ...s, a: { ...s.a, support: THRESHOLDS.weak - 1e-9 } })));
  let sides = cmp.parts.map((p) => p.side);
  let verdicts = cmp.parts.map((p) => decidePart(p.span, p.side, floor(p.scored)));
  if (cmp.whole) {
    const whole = decidePart(cmp.whole.span, cmp.whole.side, floor(cmp.whole.scored));
    if (whole.status === 'corroborated') {
      // A paraphrase that backs the whole claim backs each of its parts.
      verdicts = verdicts.map((v) => (v.status === 'conflicting' || v.status === 'corroborated' ? v : { ...v, status: 'corroborated', supports: [...whole.supports, ...v.supports], unbacked: [] }));
    } else if (claimStatus(verdicts) === 'unsupported' && whole.status !== 'unsupported') {
      // Parts each too thin to match: the claim as one part.
      verdicts = [whole];
      sides = [cmp.whole.side];
    }
  }
  const status = claimStatus(verdicts);
  const { evidence, partEvidence, notes } = claimEvidence(verdicts, sides, opts.maxEvidence);
  // The share of the claim that is backed: its parts' best support, weighted by how much each part says.
  const weights = sides.map((side) => Math.max(1, side.unit.terms.length));
  const score = status === 'unsupported' || status === 'conflicting' ? 0
    : round(verdicts.reduce((acc, v, i) => acc + weights[i] * v.score, 0) / weights.reduce((a, b) => a + b, 0));
  return { status, score, evidence, parts: reportParts(verdicts, partEvidence, notes) };
}

/** Parts as reported: offsets into the document. */
export function reportParts(parts: PartVerdict[], partEvidence: number[][], notes: string[]): ClaimPart[] {
  return parts.map((p, i) => ({ start: p.start, end: p.end, text: p.text, status: p.status, evidence: partEvidence[i], note: notes[i] }));
}
