// What the report of one draft shows, as plain data: counts, the findings with the words they are about, per
// paragraph which sources back or contradict it, and which sources share their text (who copies whom). Read
// from the report only. Pure.
import type { Claim, FileReport } from '../engine';
import { splitBlocks } from '../engine/segment';
import { LineIndex } from '../engine/lines';
import { factSides, factSidesText, isClosestOnly, matchStrength } from './evidenceWords';
import { FactSpan, factSpans } from './factSpans';
import { overlapsNoise, statusCounts } from './findings';
import { claimSummary } from './hoverMarkdown';
import type { SourceNaming } from './sourceLabels';

/** A source as the report names it. */
export interface ReportSource {
  path: string;
  name: string;
  file: string;
  /** Claims of the draft it backs and contradicts. */
  backs: number;
  contradicts: number;
}

/** How one source relates to one paragraph: claims it backs, contradicts, or only comes near. */
export interface ReportCell {
  backs: number;
  contradicts: number;
  near: number;
}

export interface ReportParagraph {
  /** 1-based line of the paragraph in the draft. */
  line: number;
  start: number;
  end: number;
  excerpt: string;
  /** Statuses of its claims, in order. */
  statuses: string[];
  cells: Map<string, ReportCell>;
}

export interface ReportFinding {
  claim: Claim;
  line: number;
  column: number;
  ignored: boolean;
  facts: FactSpan[];
  summary: string;
  /** The sources the finding is about: contradicting ones, else the closest or backing ones. */
  sources: string[];
  /** For a contradicted claim, who says what with counts ("almost 8,000 people: 2 sources · …, as here: no source"). */
  sides: string;
}

/** Share of `from`'s text found in `to`: `from` copies `to`, or both carry the same wire story. */
export interface OriginEdge {
  from: string;
  to: string;
  fraction: number;
}

export interface ReportModel {
  draftName: string;
  draftUri: string;
  counts: Record<string, number>;
  findings: ReportFinding[];
  corroborated: ReportFinding[];
  paragraphs: ReportParagraph[];
  sources: ReportSource[];
  /** Sources beyond the ones shown as columns and nodes. */
  moreSources: number;
  origins: OriginEdge[];
  corpusSize: number;
}

export interface ReportInput {
  report: FileReport;
  draftText: string;
  draftName: string;
  draftUri: string;
  isIgnored: (claimText: string) => boolean;
  names: SourceNaming;
  /** Share of a's text found in b. */
  sharedFraction: (a: string, b: string) => number;
  corpusSize: number;
  /** Most sources shown as columns of the table and nodes of the map. */
  maxSources?: number;
}

/** Least shared text drawn in the map: the engine's own floor for shared origin. */
const MIN_SHARED = 0.05;

export function reportModel(input: ReportInput): ReportModel {
  const { report, draftText, names } = input;
  const lines = new LineIndex(draftText);
  const claims = report.claims.filter((c) => !overlapsNoise(c, report.noise));
  const finding = (c: Claim): ReportFinding => {
    const pos = lines.position(c.start);
    const against = c.evidence.filter((e) => e.relation !== 'supports');
    return {
      claim: c,
      line: pos.line + 1,
      column: pos.character + 1,
      ignored: input.isIgnored(c.text),
      facts: factSpans(c),
      summary: claimSummary(c, names, input.sharedFraction),
      sources: [...new Set((against.length ? against : c.evidence).map((e) => names.name(e.path)))],
      sides: c.status === 'conflicting' ? factSidesText(factSides(c, input.sharedFraction)) : '',
    };
  };
  const all = claims.map(finding);
  const order = ['conflicting', 'unsupported', 'partial'];
  const rank = (s: string) => (order.includes(s) ? order.indexOf(s) : order.length - 0.5);
  const findings = all.filter((f) => f.claim.status !== 'corroborated').sort((a, b) => Number(a.ignored) - Number(b.ignored) || rank(a.claim.status) - rank(b.claim.status) || a.claim.start - b.claim.start);

  // Sources: every document the evidence names, the most involved first.
  const tally = new Map<string, ReportSource>();
  for (const c of claims) {
    if (input.isIgnored(c.text)) continue;
    for (const path of new Set(c.evidence.map((e) => e.path))) {
      const s = tally.get(path) ?? { path, name: names.name(path), file: names.file(path), backs: 0, contradicts: 0 };
      const mine = c.evidence.filter((e) => e.path === path);
      if (mine.some((e) => e.relation !== 'supports')) s.contradicts++;
      else if (mine.some((e) => !isClosestOnly(e, c.status) && matchStrength(e.score) !== 'weak')) s.backs++;
      tally.set(path, s);
    }
  }
  const ranked = [...tally.values()].sort((a, b) => b.backs + b.contradicts - (a.backs + a.contradicts) || a.name.localeCompare(b.name));
  const max = input.maxSources ?? 10;
  const sources = ranked.slice(0, max);
  const shown = new Set(sources.map((s) => s.path));

  // Paragraphs of the draft that hold claims.
  const markdown = /\.(?:md|markdown)$/i.test(input.draftName);
  const paragraphs: ReportParagraph[] = [];
  for (const block of splitBlocks(draftText, markdown)) {
    const inside = claims.filter((c) => c.start >= block.start && c.start < block.end && !input.isIgnored(c.text));
    if (!inside.length) continue;
    const cells = new Map<string, ReportCell>();
    for (const c of inside) {
      for (const path of new Set(c.evidence.map((e) => e.path))) {
        if (!shown.has(path)) continue;
        const cell = cells.get(path) ?? { backs: 0, contradicts: 0, near: 0 };
        const mine = c.evidence.filter((e) => e.path === path);
        if (mine.some((e) => e.relation !== 'supports')) cell.contradicts++;
        else if (mine.some((e) => !isClosestOnly(e, c.status) && matchStrength(e.score) !== 'weak')) cell.backs++;
        else cell.near++;
        cells.set(path, cell);
      }
    }
    paragraphs.push({ line: lines.position(block.start).line + 1, start: block.start, end: block.end, excerpt: block.text, statuses: inside.map((c) => c.status), cells });
  }

  // Who copies whom among the sources shown: one edge per pair, from the one more of whose text is in the other.
  const origins: OriginEdge[] = [];
  for (let i = 0; i < sources.length; i++) {
    for (let j = i + 1; j < sources.length; j++) {
      const a = sources[i].path;
      const b = sources[j].path;
      const ab = input.sharedFraction(a, b);
      const ba = input.sharedFraction(b, a);
      if (Math.max(ab, ba) < MIN_SHARED) continue;
      origins.push(ab >= ba ? { from: a, to: b, fraction: ab } : { from: b, to: a, fraction: ba });
    }
  }
  origins.sort((x, y) => y.fraction - x.fraction);

  return {
    draftName: input.draftName,
    draftUri: input.draftUri,
    counts: statusCounts(report, input.isIgnored),
    findings,
    corroborated: all.filter((f) => f.claim.status === 'corroborated'),
    paragraphs,
    sources,
    moreSources: ranked.length - sources.length,
    origins,
    corpusSize: input.corpusSize,
  };
}
