// `--format json`: the public contract of DESIGN.md. Fields are copied by name and in the documented order,
// so the output stays exactly the contract whatever else the engine's objects carry; `summary` (counts per
// status, over the run and per file) is added at the end of the report and of each file.
import { Claim, ClaimStatus, Dispute, Evidence, Facts, FileReport, NoiseSpan, Report } from '../../engine';
import { FormatContext } from './context';
import { statusCounts } from './findings';
import { plainNumber } from './numbers';

/** Claims per status. */
export type StatusCounts = { claims: number } & Record<ClaimStatus, number>;

/** Counts over the whole run. */
export interface RunSummary extends StatusCounts {
  checkedFiles: number;
  corpusFiles: number;
  skippedFiles: number;
}

/** The JSON output: the contract's report, plus counts. */
export interface JsonReport extends Report {
  files: (FileReport & { summary: StatusCounts })[];
  summary: RunSummary;
}

/** The report as one JSON object (pretty-printed), ending with a newline. */
export function formatJson(report: Report, ctx: Pick<FormatContext, 'corpusSize' | 'skipped'>): string {
  // Every number through plainNumber: 4.1 million is 4100000, never 4099999.9999999995.
  return JSON.stringify(contractOf(report, ctx), (_key, value) => (typeof value === 'number' ? plainNumber(value) : value), 2) + '\n';
}

/** A copy of the report holding exactly the contract's fields, then the counts. */
export function contractOf(report: Report, ctx: Pick<FormatContext, 'corpusSize' | 'skipped'>): JsonReport {
  return {
    version: 1,
    files: report.files.map((f) => ({ path: f.path, noise: f.noise.map(noise), claims: f.claims.map(claim), summary: countsOf([f]) })),
    sources: report.sources.map((s) => ({ path: s.path, sharedWith: s.sharedWith.map((w) => ({ path: w.path, fraction: w.fraction })) })),
    summary: { checkedFiles: report.files.length, corpusFiles: ctx.corpusSize, skippedFiles: ctx.skipped, ...countsOf(report.files) },
  };
}

function countsOf(files: FileReport[]): StatusCounts {
  const c = statusCounts({ version: 1, files, sources: [] });
  return { claims: c.corroborated + c.partial + c.conflicting + c.unsupported, ...c };
}

const noise = (n: NoiseSpan): NoiseSpan => ({ start: n.start, end: n.end, kind: n.kind, text: n.text });

const claim = (c: Claim): Claim => ({
  start: c.start,
  end: c.end,
  text: c.text,
  status: c.status,
  score: c.score,
  facts: facts(c.facts),
  evidence: c.evidence.map(evidence),
  parts: c.parts.map((p) => ({ start: p.start, end: p.end, text: p.text, status: p.status, evidence: [...p.evidence], note: p.note })),
  // Additive: only on a claim whose sources disagree on one of its figures or dates.
  ...(c.disputes?.length ? { disputes: c.disputes.map(dispute) } : {}),
});

const dispute = (d: Dispute): Dispute => ({
  kind: d.kind,
  fact: d.fact,
  sides: d.sides.map((s) => ({ text: s.text, claim: s.claim, paths: [...s.paths], independent: s.independent })),
});

const facts = (f: Facts): Facts => ({
  entities: [...f.entities],
  numbers: f.numbers.map((x) => ({ text: x.text, value: x.value, qualifier: x.qualifier, unit: x.unit })),
  dates: [...f.dates],
  quotes: f.quotes.map((q) => ({ text: q.text, speaker: q.speaker })),
});

const evidence = (e: Evidence): Evidence => ({
  path: e.path,
  start: e.start,
  end: e.end,
  text: e.text,
  score: e.score,
  relation: e.relation,
  note: e.note,
});
