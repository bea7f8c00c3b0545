// What the views show for a report, as plain data: which claims reach the Problems panel with which
// code and severity, and which spans get which decoration. Pure, so it is unit-tested without VS Code.
import { contradictions, ruleOf } from '../engine/rules';
import type { RuleId } from '../engine/rules';
import type { Claim, ClaimStatus, Evidence, FileReport, NoiseSpan, Span } from '../engine';
import { factSpans } from './factSpans';
import type { SourceNaming } from './sourceLabels';

export { contradictions };

/** A severity setting value (`crosscheck.problems.*`). */
export type SeveritySetting = 'error' | 'warning' | 'information' | 'hint' | 'off';

/** Which statuses reach the Problems panel, and how loudly. */
export interface ProblemSettings {
  unsupported: SeveritySetting;
  conflicting: SeveritySetting;
  partial: SeveritySetting;
}

// Partly corroborated claims are listed too, as information: each entry names the part no source backs, so an
// invented detail inside an otherwise sourced sentence reaches the editor without reading as an error.
export const defaultProblemSettings: ProblemSettings = { unsupported: 'warning', conflicting: 'error', partial: 'information' };

export type FindingCode = RuleId | 'partial-claim';

/** One Problems entry, before it becomes a vscode.Diagnostic. */
export interface Finding {
  claim: Claim;
  code: FindingCode;
  severity: Exclude<SeveritySetting, 'off'>;
  message: string;
  /** Where the entry points: the differing words of a contradicted claim, the first unbacked fact of a partly
   * corroborated one, the whole of an unsupported one. */
  span: Span;
  /** The passages to point at: the conflicting ones first, else the closest. */
  related: Evidence[];
}

/** Statuses in an editor's words. */
export const statusWords: Record<ClaimStatus, string> = { corroborated: 'corroborated', partial: 'partly corroborated', conflicting: 'contradicted', unsupported: 'unsupported' };

/** A status in words, also one this version does not know ("disputed"). */
export function statusWord(status: string): string {
  return statusWords[status as ClaimStatus] ?? status.replace(/[-_]+/g, ' ');
}

export function statusTitle(status: string): string {
  const w = statusWord(status);
  return w.charAt(0).toUpperCase() + w.slice(1);
}

/** The statuses the views paint; a status they do not know is shown as one that needs a look. */
function knownStatus(status: string): ClaimStatus {
  return status in statusWords ? (status as ClaimStatus) : 'partial';
}

const severities: readonly SeveritySetting[] = ['error', 'warning', 'information', 'hint', 'off'];

/** Reads a severity setting, falling back to the default for anything unknown. */
export function parseSeverity(value: unknown, fallback: SeveritySetting): SeveritySetting {
  return typeof value === 'string' && (severities as string[]).includes(value.toLowerCase())
    ? (value.toLowerCase() as SeveritySetting)
    : fallback;
}

export function overlapsNoise(span: Span, noise: readonly NoiseSpan[]): boolean {
  return noise.some((n) => span.start < n.end && n.start < span.end);
}

/** The Problems code of a claim: the engine's rule, or partial-claim (which the CLI does not report). */
export function findingCode(claim: Claim): FindingCode | undefined {
  return claim.status === 'partial' ? 'partial-claim' : ruleOf(claim);
}

function severityFor(status: string, settings: ProblemSettings): SeveritySetting {
  if (status === 'unsupported') return settings.unsupported;
  if (status === 'conflicting') return settings.conflicting;
  if (status === 'partial') return settings.partial;
  return 'off';
}

/** An engine note with the corpus paths it names (URI strings) shown as source names. */
export function readableNote(note: string, sourceName: (path: string) => string): string {
  return note.replace(/\b(?:[a-z][a-z0-9+.-]*:\/\/|untitled:)[^\s,;()]+/gi, (uri) => sourceName(uri));
}

/** Single-line text cut at a word boundary when longer than `max` (never in the middle of a word). */
export function clipAtWord(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return (space > max / 2 ? cut.slice(0, space) : cut).trimEnd() + '…';
}

/** Short, single-line version of untrusted text for a message, cut at a word. */
export function clip(text: string, max = 80): string {
  return clipAtWord(text, max);
}

/** "AP", "AP and 1 more": the sources of some passages, each named once. */
function sourcesOf(evidence: readonly Evidence[], names: SourceNaming): string {
  const list = [...new Set(evidence.map((e) => names.name(e.path)))];
  return list.length > 1 ? `${list[0]} and ${list.length - 1} more` : list[0] ?? '';
}

function messageFor(claim: Claim, code: FindingCode, names: SourceNaming): string {
  const against = contradictions(claim);
  const first = against[0];
  const note = first?.note ? readableNote(first.note, names.name) : '';
  switch (code) {
    case 'unsupported-claim':
      return claim.evidence.length > 0
        ? `Unsupported claim: no source backs it (closest: ${names.name(claim.evidence[0].path)}).`
        : 'Unsupported claim: no passage in the sources backs it.';
    case 'misquote':
      return `Misquote: ${note ? clip(note.replace(/^quote differs:\s*/i, ''), 100) : 'the quote differs'} (${sourcesOf(against.filter((e) => e.relation === 'quote-differs'), names)}).`;
    case 'conflicting-claim':
      return first
        ? `Contradicted: ${note ? clip(note, 100) : 'a source says otherwise'} (${sourcesOf(against.filter((e) => e.note === first.note), names)}).`
        : 'Contradicted: a source says otherwise.';
    case 'partial-claim': {
      const missing = (claim.parts ?? []).filter((p) => p.status !== 'corroborated');
      if (!missing.length) return 'Partly corroborated claim: some of its facts are backed by no source.';
      const what = missing.map((p) => (p.note && !/^(?:no source backs this part|only loosely backed)/.test(p.note) ? p.note : `${p.status === 'unsupported' ? 'no source backs' : 'only loosely backed'}: “${clipAtWord(p.text, 120)}”`));
      return `Partly corroborated claim: ${clipAtWord(what.join('; '), 240)}.`;
    }
  }
}

/** Where a finding points: the first differing or unbacked words, or the whole of an unsupported claim. */
export function findingSpan(claim: Claim): Span {
  if (claim.status === 'unsupported') return { start: claim.start, end: claim.end, text: claim.text };
  const facts = factSpans(claim);
  const first = facts.find((f) => f.status === 'conflicting') ?? facts[0];
  return first ? { start: first.start, end: first.end, text: first.text } : { start: claim.start, end: claim.end, text: claim.text };
}

/** The Problems entries for a report: one per reported claim, never inside noise or for ignored claims. */
export function findingsFor(
  report: FileReport,
  settings: ProblemSettings,
  isIgnored: (claimText: string) => boolean,
  names: SourceNaming,
  maxRelated = 3,
): Finding[] {
  const out: Finding[] = [];
  for (const claim of report.claims) {
    const code = findingCode(claim);
    if (!code) continue;
    const severity = severityFor(claim.status, settings);
    if (severity === 'off') continue;
    if (overlapsNoise(claim, report.noise) || isIgnored(claim.text)) continue;
    const against = contradictions(claim);
    const related = (against.length > 0 ? against : claim.evidence).slice(0, maxRelated);
    out.push({ claim, code, severity, message: messageFor(claim, code, names), span: findingSpan(claim), related });
  }
  return out;
}

/** The kinds of decoration Crosscheck paints: a light shade per claim status, a strong mark on the words a finding
 * is about (`…Fact`), dimmed boilerplate and ignored claims. */
export type DecorationKind = ClaimStatus | 'conflictingFact' | 'partialFact' | 'unsupportedFact' | 'noise' | 'ignored';

export const decorationKinds: readonly DecorationKind[] = ['corroborated', 'partial', 'conflicting', 'unsupported', 'conflictingFact', 'partialFact', 'unsupportedFact', 'noise', 'ignored'];

/** Spans per decoration kind; every kind is present so a kind with no spans clears its decorations. */
export function decorationSpans(report: FileReport, isIgnored: (claimText: string) => boolean): Record<DecorationKind, Span[]> {
  const spans = Object.fromEntries(decorationKinds.map((k) => [k, [] as Span[]])) as Record<DecorationKind, Span[]>;
  for (const n of report.noise) spans.noise.push({ start: n.start, end: n.end, text: n.text });
  for (const c of report.claims) {
    if (overlapsNoise(c, report.noise)) continue;
    if (isIgnored(c.text)) {
      spans.ignored.push({ start: c.start, end: c.end, text: c.text });
      continue;
    }
    spans[knownStatus(c.status)].push({ start: c.start, end: c.end, text: c.text });
    for (const f of factSpans(c)) {
      const status = knownStatus(f.status);
      if (status !== 'corroborated') spans[`${status}Fact`].push({ start: f.start, end: f.end, text: f.text });
    }
  }
  return spans;
}

/** Counts per status of the claims that are not ignored, for the status bar and the report. */
export function statusCounts(report: FileReport, isIgnored: (claimText: string) => boolean): Record<ClaimStatus | 'ignored', number> & Record<string, number> {
  const counts: Record<string, number> = { corroborated: 0, partial: 0, conflicting: 0, unsupported: 0, ignored: 0 };
  for (const c of report.claims) {
    if (overlapsNoise(c, report.noise)) continue;
    const key = isIgnored(c.text) ? 'ignored' : c.status;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts as Record<ClaimStatus | 'ignored', number> & Record<string, number>;
}

/** The status bar's text: the findings in words ("Crosscheck: 3 contradicted · 1 unsupported"), or that none. */
export function statusBarText(counts: Record<string, number>): string {
  const order = ['conflicting', 'unsupported', 'partial'];
  const others = Object.keys(counts).filter((k) => !['corroborated', 'ignored', ...order].includes(k) && counts[k] > 0);
  const findings = [...order, ...others].filter((k) => counts[k] > 0).map((k) => `${counts[k]} ${statusWord(k)}`);
  if (findings.length) return `Crosscheck: ${findings.join(' · ')}`;
  if (counts.corroborated > 0) return `Crosscheck: all ${counts.corroborated} corroborated`;
  return 'Crosscheck: no claims to check';
}

/** The claim whose span contains the offset (the innermost when clauses nest). */
export function claimAt(report: FileReport, offset: number): Claim | undefined {
  let best: Claim | undefined;
  for (const c of report.claims) {
    if (c.start <= offset && offset <= c.end && (!best || c.end - c.start < best.end - best.start)) best = c;
  }
  return best;
}

export function noiseAt(report: FileReport, offset: number): NoiseSpan | undefined {
  return report.noise.find((n) => n.start <= offset && offset < n.end);
}

/** Most severe first: the one gutter icon a line gets when several claims share it. */
const gutterOrder: ClaimStatus[] = ['conflicting', 'unsupported', 'partial', 'corroborated'];

/**
 * One gutter mark per line, at the line where a claim starts, with the most severe status of the claims
 * starting there (a gutter icon on every line of a wrapped claim would repeat it).
 */
export function gutterMarks(spans: Record<DecorationKind, Span[]>, lineOf: (offset: number) => number): Map<number, ClaimStatus> {
  const marks = new Map<number, ClaimStatus>();
  for (const status of [...gutterOrder].reverse()) {
    for (const s of spans[status]) marks.set(lineOf(s.start), status);
  }
  return marks;
}
