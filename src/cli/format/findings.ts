// What in a report is a finding (conflicting, misquote, unsupported, partial), shared by the text and SARIF formats,
// and the exit code that follows from it.
import { compareTwoStrings } from 'string-similarity';
import { Claim, ClaimPart, contradictions, Dispute, DisputeSide, Evidence, Report, RuleId, ruleOf, SharedOrigin, Span } from '../../engine';

/**
 * Rules of CLI findings: the engine's, partial-claim (the extension's Problems code for the same claims) and
 * disputed-fact (a claim whose sources disagree with one another on one of its figures or dates).
 */
export type FindingRule = RuleId | 'partial-claim' | 'disputed-fact';

/** What can be a finding (claim statuses, and disputed for a fact the sources disagree on); `--show` picks among them. */
export type FindingStatus = 'conflicting' | 'unsupported' | 'disputed' | 'partial';
export const FINDING_STATUSES: readonly FindingStatus[] = ['conflicting', 'unsupported', 'disputed', 'partial'];

/** One reported problem: a claim of a checked file, its rule, and a one-line message. */
export interface Finding {
  path: string;
  claim: Claim;
  rule: FindingRule;
  level: 'error' | 'warning';
  message: string;
  /** Where the finding points: the claim, or for a partial claim its first part that no source backs. */
  span: Span;
  /** The passage the message is about: the contradicting one, or the closest one for an unsupported claim. */
  source?: Evidence;
}

/** Findings of all checked files among the statuses shown, in file order then claim order. */
export function findingsOf(report: Report, show: ReadonlySet<FindingStatus>): Finding[] {
  const out: Finding[] = [];
  for (const file of report.files) {
    for (const claim of file.claims) {
      const finding = findingOf(file.path, claim);
      if (finding && show.has(finding.rule === 'disputed-fact' ? 'disputed' : claim.status as FindingStatus)) out.push(finding);
    }
  }
  return out;
}

/** The finding a claim makes, whatever is shown; undefined for a corroborated claim. */
export function findingOf(path: string, claim: Claim): Finding | undefined {
  const rule = ruleOf(claim);
  if (rule === 'misquote' || rule === 'conflicting-claim') {
    const source = contradictions(claim)[0] ?? claim.evidence[0];
    const what = source?.note ? source.note : `"${oneLine(claim.text)}" is contradicted by another source`;
    return { path, claim, rule, level: 'error', message: `${rule === 'misquote' ? 'misquote' : 'conflicting claim'}: ${oneLine(what)}`, span: spanOf(claim), source };
  }
  if (rule === 'unsupported-claim') {
    return { path, claim, rule: 'unsupported-claim', level: 'warning', message: `unsupported claim: no other source backs "${oneLine(claim.text)}"`, span: spanOf(claim), source: claim.evidence[0] };
  }
  // One agreeing source does not settle a fact others state otherwise: the editor sees both sides.
  if (claim.disputes?.length) {
    const d = claim.disputes[0];
    return { path, claim, rule: 'disputed-fact', level: 'warning', message: `disputed fact: ${describeDispute(d)}`, span: spanOf(factSpan(claim, d.fact)) };
  }
  if (claim.status === 'partial') {
    const unbacked = claim.parts.filter((p) => p.status !== 'corroborated');
    return { path, claim, rule: 'partial-claim', level: 'warning', message: `partial claim: ${describeParts(claim, unbacked)}`, span: spanOf(unbacked[0] ?? claim) };
  }
  return undefined;
}

const spanOf = (s: Span): Span => ({ start: s.start, end: s.end, text: s.text });

/** The words of a fact inside the claim, or the claim when they cannot be found. */
function factSpan(claim: Claim, fact: string): Span {
  const at = claim.text.indexOf(fact);
  return at < 0 ? claim : { start: claim.start + at, end: claim.start + at + fact.length, text: fact };
}

/**
 * Both sides of a disputed fact with who says each: 'the sources disagree on “23rd minute”: 23rd minute in 2
 * outlets (2 independent sources); 21st minute in 1 outlet'.
 */
export function describeDispute(d: Dispute): string {
  const side = (s: DisputeSide) => {
    const outlets = `${s.paths.length} outlet${s.paths.length === 1 ? '' : 's'}`;
    const independent = s.paths.length > 1 ? ` (${s.independent} independent source${s.independent === 1 ? '' : 's'})` : '';
    return `${oneLine(s.text)} in ${outlets}${independent}${s.claim ? ', as here' : ''}`;
  };
  return `the sources disagree on “${oneLine(d.fact)}”: ${d.sides.map(side).join('; ')}`;
}

/**
 * The parts of a partly backed claim that are not fully backed, each with the engine’s note on it:
 * '"and the two sides signed a $40bn gas deal": no source backs this part'.
 */
function describeParts(claim: Claim, parts: ClaimPart[]): string {
  if (parts.length === 0) return `only part of "${oneLine(claim.text)}" is backed by a source`;
  return parts.map((p) => `"${oneLine(p.text)}"${p.note ? `: ${oneLine(p.note)}` : ''}`).join('; ');
}

/** 0 when no finding is reported, 1 otherwise (the CLI contract). */
export function exitCodeOf(findings: readonly Finding[]): 0 | 1 {
  return findings.length > 0 ? 1 : 0;
}

/** Two passages this alike (Dice over character bigrams) are the same copy, give or take spelling and edits. */
const SAME_TEXT = 0.7;

/**
 * Says so when a claim's backing is not independent: every supporting passage is either a copy of the claim
 * from a document that shares text with the checked file, or one copy of the same text carried by documents
 * that share text with each other (syndicated wire copy, lifted passages). Undefined when at least two
 * independent origins, or one origin in one document, back the claim.
 */
export function sharedOriginNote(path: string, claim: Claim, sources: SharedOrigin[]): string | undefined {
  const backing: Evidence[] = [];
  for (const e of claim.evidence) if (e.relation === 'supports' && !backing.some((b) => b.path === e.path)) backing.push(e);
  if (backing.length === 0) return undefined;
  const shares = sharePairs(sources);
  const linked = (a: string, b: string) => shares.has(`${a}\0${b}`) || shares.has(`${b}\0${a}`);
  const same = (a: string, b: string) => compareTwoStrings(a, b) >= SAME_TEXT;

  const copies = backing.filter((e) => linked(e.path, path) && same(e.text, claim.text));
  const others = backing.filter((e) => !copies.includes(e));
  if (others.length === 0) return `backed only by text this file shares with ${copies.map((e) => e.path).join(', ')} (same origin, not independent confirmation)`;
  if (others.length < 2) return undefined;
  const [first, ...rest] = others;
  if (!rest.every((e) => linked(e.path, first.path) && same(e.text, first.text))) return undefined;
  return `backed by ${others.length} documents carrying the same text (${others.map((e) => e.path).join(', ')}): one origin, not independent confirmation`;
}

function sharePairs(sources: SharedOrigin[]): Set<string> {
  const out = new Set<string>();
  for (const s of sources) for (const w of s.sharedWith) if (w.fraction > 0) out.add(`${s.path}\0${w.path}`);
  return out;
}

/** Counts of claims per status over all checked files. */
export function statusCounts(report: Report): Record<Claim['status'], number> {
  const counts = { corroborated: 0, partial: 0, conflicting: 0, unsupported: 0 };
  for (const f of report.files) for (const c of f.claims) counts[c.status]++;
  return counts;
}

/** The text on one line, whole: line breaks and runs of spaces become one space. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
