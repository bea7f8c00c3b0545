// `--format json`: the public contract of DESIGN.md. Fields are copied by name and in the documented order,
// so the output stays exactly the contract whatever else the engine's objects carry.
import { Claim, Evidence, Facts, NoiseSpan, Report } from '../../engine';

/** The report as one JSON object (pretty-printed), ending with a newline. */
export function formatJson(report: Report): string {
  return JSON.stringify(contractOf(report), null, 2) + '\n';
}

/** A copy of the report holding exactly the contract's fields. */
export function contractOf(report: Report): Report {
  return {
    version: 1,
    files: report.files.map((f) => ({ path: f.path, noise: f.noise.map(noise), claims: f.claims.map(claim) })),
    sources: report.sources.map((s) => ({ path: s.path, sharedWith: s.sharedWith.map((w) => ({ path: w.path, fraction: w.fraction })) })),
  };
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
