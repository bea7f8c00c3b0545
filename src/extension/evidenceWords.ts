// How a passage relates to a claim, in an editor's words (never a raw score), and which passages are copies of
// one wire story. Shared by the hover card, the Quick Pick, the Problems entries and the report. Pure.
import { compareTwoStrings } from 'string-similarity';
import type { ClaimStatus, Evidence } from '../engine';
import { THRESHOLDS } from '../engine/evidence/model';

/** How much of the claim a supporting passage backs, in words. */
export type MatchStrength = 'strong' | 'partial' | 'weak';

/** The engine's bar for backing a part is a strong match; half of it, partial; below, weak. */
export function matchStrength(score: number): MatchStrength {
  if (score >= THRESHOLDS.backed) return 'strong';
  if (score >= THRESHOLDS.backed / 2) return 'partial';
  return 'weak';
}

/** A five-step bar for a score, for readers who look rather than read ("■■■□□"). */
export function scoreBar(score: number): string {
  const filled = Math.max(0, Math.min(5, Math.round(score * 5)));
  return '■'.repeat(filled) + '□'.repeat(5 - filled);
}

/** Whether the engine listed the passage only as the nearest one to a claim nothing backs. */
export function isClosestOnly(e: Evidence, claimStatus?: ClaimStatus | string): boolean {
  return e.relation === 'supports' && (claimStatus === 'unsupported' || /^closest passage\b/i.test(e.note));
}

/** What a relation is called when Crosscheck does not know it (a newer engine): "disputed-by" → "disputed by". */
function unknownRelation(relation: string): string {
  return relation.replace(/[-_]+/g, ' ').trim() || 'related';
}

/**
 * The relation of a passage to a claim, as a short phrase: "contradicts it", "quote differs", "strong match",
 * "partial match", "weak match" (how much of the claim it backs), "closest passage — does not back it".
 */
export function relationPhrase(e: Evidence, claimStatus?: ClaimStatus | string): string {
  switch (e.relation as string) {
    case 'conflicts':
      return 'contradicts it';
    case 'quote-differs':
      return 'quote differs';
    case 'supports': {
      if (isClosestOnly(e, claimStatus)) return 'closest passage — does not back it';
      const s = matchStrength(e.score);
      return `${s} match`;
    }
    default:
      return unknownRelation(e.relation);
  }
}

/** A mark for the relation in text that cannot show icons (hover cards, the report). */
export function relationMark(e: Evidence, claimStatus?: ClaimStatus | string): string {
  switch (e.relation as string) {
    case 'conflicts':
      return '✗';
    case 'quote-differs':
      return '❝';
    case 'supports': {
      if (isClosestOnly(e, claimStatus)) return '∅';
      const s = matchStrength(e.score);
      return s === 'strong' ? '✓' : s === 'partial' ? '◐' : '○';
    }
    default:
      return '•';
  }
}

/** The codicon of the relation for a Quick Pick row. */
export function relationIcon(e: Evidence, claimStatus?: ClaimStatus | string): string {
  switch (e.relation as string) {
    case 'conflicts':
      return '$(close)';
    case 'quote-differs':
      return '$(quote)';
    case 'supports': {
      if (isClosestOnly(e, claimStatus)) return '$(circle-slash)';
      const s = matchStrength(e.score);
      return s === 'strong' ? '$(check)' : s === 'partial' ? '$(circle-large-outline)' : '$(circle-small)';
    }
    default:
      return '$(question)';
  }
}

/**
 * The engine's note without what the views say in their own way: the "closest passage, not enough …" wrapper
 * (the relation says so), the shared-text remark (copies are grouped), and a "quote differs:" the relation repeats.
 */
export function relationDetail(e: Evidence): string {
  let note = e.note.replace(/;\s*shares text with .*?\(same wire copy: not independent\)/gi, '').trim();
  const closest = /^closest passage, not enough to back the claim\s*\((.*)\)$/i.exec(note);
  if (closest) note = /^similar wording$/i.test(closest[1]) ? '' : closest[1];
  if (e.relation === 'quote-differs') note = note.replace(/^quote differs:\s*/i, '');
  if (e.relation === 'supports' && /^similar wording$/i.test(note) && matchStrength(e.score) === 'weak') note = 'similar wording only';
  return note.replace(/\bagrees on on\b/g, 'agrees on'); // a date written "on Thursday"

}

/** Passages this alike (Dice over character bigrams, as the CLI's note on copies) are one copy of the same text. */
const SAME_TEXT = 0.7;

/** One entry of an evidence list: a passage and the copies of it carried by other documents. */
export interface EvidenceGroup {
  lead: Evidence;
  /** Index of the lead in the claim's evidence list. */
  index: number;
  copies: { evidence: Evidence; index: number }[];
}

const sides = (e: Evidence) => (e.relation === 'supports' ? 'supports' : 'against');

/**
 * The evidence with copies folded into the first (best) passage: a passage of another document with nearly the
 * same text and the same side (backing or contradicting) is the same wire story carried twice, not a second
 * source. Order is kept.
 */
export function groupCopies(evidence: readonly Evidence[]): EvidenceGroup[] {
  const groups: EvidenceGroup[] = [];
  evidence.forEach((e, index) => {
    const same = groups.find((g) => sides(g.lead) === sides(e) && g.lead.path !== e.path && !g.copies.some((c) => c.evidence.path === e.path) && compareTwoStrings(g.lead.text, e.text) >= SAME_TEXT);
    if (same) same.copies.push({ evidence: e, index });
    else groups.push({ lead: e, index, copies: [] });
  });
  return groups;
}

/** For each evidence index, the 1-based number of its group (how parts refer to passages in the card). */
export function groupNumbers(groups: readonly EvidenceGroup[]): Map<number, number> {
  const out = new Map<number, number>();
  groups.forEach((g, k) => {
    out.set(g.index, k + 1);
    for (const c of g.copies) out.set(c.index, k + 1);
  });
  return out;
}

/**
 * Sources among `paths` that share much of their text (syndicated wire copy, lifted passages), as clusters of
 * two or more: each is one origin, not independent confirmation. `shared(a, b)` is the share of a's text in b.
 */
export function sharedOriginClusters(paths: readonly string[], shared: (a: string, b: string) => number, minFraction = 0.2): { paths: string[]; fraction: number }[] {
  const unique = [...new Set(paths)];
  const parent = new Map(unique.map((p) => [p, p]));
  const find = (p: string): string => (parent.get(p) === p ? p : find(parent.get(p)!));
  const best = new Map<string, number>();
  for (let i = 0; i < unique.length; i++) {
    for (let j = i + 1; j < unique.length; j++) {
      const f = Math.max(shared(unique[i], unique[j]), shared(unique[j], unique[i]));
      if (f < minFraction) continue;
      const a = find(unique[i]);
      const b = find(unique[j]);
      if (a !== b) parent.set(b, a);
      best.set(unique[i], Math.max(best.get(unique[i]) ?? 0, f));
    }
  }
  const clusters = new Map<string, string[]>();
  for (const p of unique) {
    const root = find(p);
    clusters.set(root, [...(clusters.get(root) ?? []), p]);
  }
  return [...clusters.values()].filter((c) => c.length > 1).map((c) => ({ paths: c, fraction: Math.max(...c.map((p) => best.get(p) ?? 0)) }));
}

/**
 * The message of a Problems entry's related information: the source and how it relates, briefly. VS Code puts the
 * file's name and position in front of it, so a source known only by its file (`name` empty) is not named twice.
 */
export function relatedMessage(e: Evidence, claimStatus: ClaimStatus | string, name: string): string {
  const there = / here, (.+?) in the source\b/.exec(e.note)?.[1];
  const phrase = relationPhrase(e, claimStatus);
  const said = there && e.relation !== 'supports' ? `${phrase}: ${cleanValue(there).replace(/^by\s+/, 'said by ')} there` : phrase;
  return name ? `${name} — ${said}` : said.charAt(0).toUpperCase() + said.slice(1);
}

/** One side of a contradicted fact: what it says and the sources that say it. */
export interface FactSide {
  /** The draft's words for the fact this side is about ("almost 9,000 people"); sides of one fact share it. */
  fact: string;
  /** The words as written ("almost 8,000 people", "“refused”"). */
  says: string;
  /** Whether this is what the draft says. */
  here: boolean;
  /** The sources, each once. */
  paths: string[];
  /** How many of them are independent: sources sharing much of their text (one wire story) count once. */
  independent: number;
}

function independentCount(paths: readonly string[], shared: (a: string, b: string) => number): number {
  return paths.length - sharedOriginClusters(paths, shared).reduce((n, c) => n + c.paths.length - 1, 0);
}

/** A value as a note gives it, without a remark in brackets or trailing punctuation ("on Friday, (in the source's story)"). */
function cleanValue(text: string): string {
  return text.replace(/\s*\([^)]*\)\s*$/, '').replace(/[\s,;:.]+$/, '').trim();
}

/** Folded for comparison: case, curly quotes and spacing do not make two sides. */
function sameWords(text: string): string {
  return text.toLowerCase().replace(/[“”"‘’']/g, '').replace(/\s+/g, ' ').trim();
}

/** Whether a passage carries these words whole (not "1,044" inside "21,044"). */
function carries(passage: string, words: string): boolean {
  const hay = sameWords(passage);
  for (let at = hay.indexOf(words); at >= 0; at = hay.indexOf(words, at + 1)) {
    if (!/[\p{L}\p{N}]/u.test(hay[at - 1] ?? '') && !/[\p{L}\p{N}]/u.test(hay[at + words.length] ?? '')) return true;
  }
  return false;
}

/**
 * Who says what about a contradicted claim, per differing fact: each value the contradicting passages give ("Y
 * in the source" of the engine's notes) with its sources, then the draft's own value ("X here") with the backing
 * passages that carry it too, so a reader sees "almost 8,000 people: 2 sources (1 independent) · almost 9,000
 * people, as here: no source". Read from the report's evidence only; empty when nothing contradicts the claim
 * or the notes name no values.
 */
export function factSides(claim: { evidence: readonly Evidence[] }, shared: (a: string, b: string) => number): FactSide[] {
  const facts = new Map<string, { fact: string; values: Map<string, { says: string; paths: Set<string> }> }>();
  for (const e of claim.evidence) {
    if (e.relation === 'supports') continue;
    const m = /:\s*(.+?) here, (.+?) in the source\b/.exec(e.note);
    if (!m) continue;
    const fact = cleanValue(m[1]);
    const entry = facts.get(sameWords(fact)) ?? { fact, values: new Map() };
    facts.set(sameWords(fact), entry);
    const says = cleanValue(m[2]).replace(/^by\s+/, 'said by ');
    const key = sameWords(says).replace(/^(?:on|at|in)\s+/, '');
    const value = entry.values.get(key) ?? { says, paths: new Set<string>() };
    if (says.length < value.says.length) value.says = says; // "Friday" rather than "on Friday"
    value.paths.add(e.path);
    entry.values.set(key, value);
  }
  const out: FactSide[] = [];
  for (const { fact, values } of facts.values()) {
    const sides = [...values.values()]
      .map((v) => ({ fact, says: v.says, here: false, paths: [...v.paths], independent: independentCount([...v.paths], shared) }))
      .sort((a, b) => b.independent - a.independent || b.paths.length - a.paths.length);
    // The draft's side: backing passages that carry its very words (for a said-by note, the speaker's name).
    const words = sameWords(fact.replace(/^said by\s+/, ''));
    const backing = [...new Set(claim.evidence.filter((e) => e.relation === 'supports' && !/^closest passage\b/i.test(e.note) && words.length > 1 && carries(e.text, words)).map((e) => e.path))]
      .filter((p) => !sides.some((x) => x.paths.includes(p)));
    out.push(...sides, { fact, says: fact.replace(/^said by\s+/, 'said by '), here: true, paths: backing, independent: independentCount(backing, shared) });
  }
  return out;
}

/** "2 sources (1 independent)", "1 source", "no source". */
export function sourceCount(side: FactSide): string {
  const n = side.paths.length;
  if (n === 0) return 'no source';
  const count = `${n} source${n > 1 ? 's' : ''}`;
  return side.independent < n ? `${count} (${side.independent} independent)` : count;
}

/**
 * The sides in one line: "almost 8,000 people: 2 sources (1 independent) · almost 9,000 people, as here: no
 * source", the facts of a claim that differs in several places apart with "; ".
 */
export function factSidesText(sides: readonly FactSide[]): string {
  const facts: FactSide[][] = [];
  for (const s of sides) {
    const last = facts[facts.length - 1];
    if (last && last[0].fact === s.fact) last.push(s);
    else facts.push([s]);
  }
  return facts.map((f) => f.map((s) => `${s.says}${s.here ? ', as here' : ''}: ${sourceCount(s)}`).join(' · ')).join('; ');
}
