// Analysis of one document against the corpus, as a one-way pipeline per paragraph (block):
//   segments (segment.ts) → noise (noise.ts) → claims with parts and facts (claims/parts.ts, facts/unit.ts)
//   → candidates (corpus.ts) → alignments (evidence/align.ts) → verdicts (evidence/verdict.ts) → report.
// Results are cached per paragraph text, so re-analysis after an edit redoes only what changed.
import { ClaimInput, compareClaim } from './claims/compare';
import { Corpus, isMarkdownPath } from './corpus';
import { THRESHOLDS } from './evidence/model';
import { judgeClaim } from './evidence/verdict';
import { capitalisedRuns, EntityCache, factsOf, isCheckable } from './facts/entities';
import { documentDate } from './facts/dates';
import { yearsIn } from './facts/numbers';
import { findNoise, inNoise } from './noise';
import { Block, splitBlocks, splitSentences } from './segment';
import { Claim, EngineOptions, Evidence, FileReport, NoiseSpan, Span } from './types';

/** What the analysis reads once per document. */
interface DocumentReading {
  noise: NoiseSpan[];
  blocks: Block[];
  ref?: Date;
  year?: number;
  topNames: string[];
}

/** A claim relative to its block, as cached. */
type CachedClaim = Claim;

export class Analyzer {
  private readonly entities = new EntityCache();
  private readonly blockCache = new Map<string, CachedClaim[]>();
  private cacheVersion = -1;

  constructor(readonly corpus: Corpus, readonly options: EngineOptions = {}) {}

  private get maxEvidence(): number { return this.options.maxEvidence ?? 5; }
  private get minScore(): number { return this.options.minEvidenceScore ?? THRESHOLDS.weak; }

  /** Analyses a document. A corpus document at the same path is never its own evidence. */
  analyze(path: string, text: string): FileReport {
    const steps = this.analysisSteps(path, text);
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
    }
  }

  /**
   * The same analysis, giving the event loop a turn whenever a slice of work has run for `sliceMs`, so that
   * an editor stays responsive on a long draft or a large corpus. Resolves to undefined once isCancelled()
   * says so (a newer version of the text is waiting).
   */
  async analyzeAsync(path: string, text: string, opts: { isCancelled?: () => boolean; sliceMs?: number } = {}): Promise<FileReport | undefined> {
    const steps = this.analysisSteps(path, text);
    const sliceMs = opts.sliceMs ?? 15;
    let sliceStart = Date.now();
    for (;;) {
      if (opts.isCancelled?.()) return undefined;
      const step = steps.next();
      if (step.done) return step.value;
      if (Date.now() - sliceStart >= sliceMs) {
        await new Promise<void>((resolve) => setTimeout(resolve, 0));
        sliceStart = Date.now();
      }
    }
  }

  /** Analysis one block (paragraph) at a time: yields after each block, returns the report. */
  private *analysisSteps(path: string, text: string): Generator<void, FileReport, void> {
    if (this.cacheVersion !== this.corpus.version) {
      this.blockCache.clear();
      this.cacheVersion = this.corpus.version;
    }
    const doc = this.readDocument(path, text);
    const claims: Claim[] = [];
    for (const block of doc.blocks) {
      const inside = doc.noise.filter((n) => n.end > block.start && n.start < block.end).map((n) => `${n.start - block.start}:${n.end - block.start}`);
      const key = `${path}\u0000${doc.ref?.getTime() ?? ''}\u0000${doc.year ?? ''}\u0000${doc.topNames.join('|')}\u0000${inside.join(',')}\u0000${block.text}`;
      let cached = this.blockCache.get(key);
      if (!cached) {
        cached = this.claimInputsOf(path, block, doc).map(({ input, facts }) => this.claimFor(input, facts, this.maxEvidence, this.minScore)).map((c) => shift(c, -block.start));
        if (this.blockCache.size > 20000) this.blockCache.clear();
        this.blockCache.set(key, cached);
        yield;
      }
      for (const c of cached) claims.push(shift(c, block.start));
    }
    return { path, noise: doc.noise, claims };
  }

  /**
   * Stages one to three for a document: segments, noise, and its claims as inputs to the comparison (each with
   * the names and time it is read with). The analysis compares and judges each; the model's fitting
   * (eval/fit-model.ts) reads them as the analysis does.
   */
  claimInputs(path: string, text: string): { input: ClaimInput; facts: Claim['facts'] }[] {
    const doc = this.readDocument(path, text);
    return doc.blocks.flatMap((block) => this.claimInputsOf(path, block, doc));
  }

  /** What the analysis of a document reads once: noise, the blocks that can hold claims, its date, names and year. */
  private readDocument(path: string, text: string): DocumentReading {
    const noise = findNoise(text, this.options, this.corpus.noiseContext(path));
    const all = splitBlocks(text, isMarkdownPath(path));
    // Headlines compress and tease; the body carries the checkable claims (a heading, or a title line on top).
    const blocks = all.filter((b, index) => !(b.kind === 'heading' || (index === 0 && all.length > 1 && isTitleLine(b.text))));
    const ref = documentDate(text);
    // The draft's time: its date line, else the latest year it names (for contradictions from an older story);
    // a draft that names only older years is still set when its sources are (the corpus's typical year).
    const named = mainYear(text);
    const typical = this.corpus.typicalYear();
    const year = ref?.getUTCFullYear() ?? (named !== undefined && typical !== undefined ? Math.max(named, typical) : named ?? typical);
    return { noise, blocks, ref, year, topNames: documentNames(text) };
  }

  /** Ranked passages of other documents for any text (a selection, a claim). */
  corroborate(text: string, opts: { excludePath?: string } = {}): Evidence[] {
    const span = { start: 0, end: text.length, text };
    const names = this.entities.entities(text);
    const claim = this.claimFor({ span, names, previous: [], excludePath: opts.excludePath }, factsOf(text, names), Math.max(this.maxEvidence, 10), THRESHOLDS.closest);
    return claim.evidence;
  }

  /** The claims of one block (paragraph), with the names of the sentence before each. */
  private claimInputsOf(path: string, block: Span, doc: DocumentReading): { input: ClaimInput; facts: Claim['facts'] }[] {
    const out: { input: ClaimInput; facts: Claim['facts'] }[] = [];
    let paragraphEntities: string[] | null = null;
    let previous: string[] = [];
    for (const sentence of splitSentences(block.text, 0, block.text.length)) {
      const span = { start: block.start + sentence.start, end: block.start + sentence.end, text: sentence.text };
      if (inNoise(doc.noise, span.start, span.end)) continue;
      paragraphEntities ??= this.entities.entities(block.text);
      const facts = factsOf(span.text, paragraphEntities);
      if (isCheckable(span.text, facts)) {
        out.push({ input: { span, names: paragraphEntities, previous, ref: doc.ref, excludePath: path, documentNames: doc.topNames, year: doc.year }, facts });
      }
      if (facts.entities.length) previous = facts.entities;
    }
    return out;
  }

  /** One claim: compared with its candidate passages (claims/compare.ts), then judged (evidence/verdict.ts). */
  private claimFor(input: ClaimInput, facts: Claim['facts'], maxEvidence: number, minScore: number): Claim {
    const j = judgeClaim(compareClaim(this.corpus, input), { minScore, maxEvidence });
    const evidence = j.evidence.map(({ passage: _p, ...e }) => e);
    this.noteSharedOrigin(evidence);
    return { ...input.span, status: j.status, score: j.score, facts, evidence, parts: j.parts };
  }

  /** Evidence that comes only from documents sharing their text says so. */
  private noteSharedOrigin(evidence: Evidence[]): void {
    const supporting = evidence.filter((e) => e.relation === 'supports');
    for (const e of supporting) {
      const twins = [...new Set(supporting.filter((o) => o.path !== e.path && this.corpus.sharedFraction(e.path, o.path) >= 0.1).map((o) => o.path))];
      if (twins.length) e.note += `; shares text with ${twins.join(', ')} (same wire copy: not independent)`;
    }
  }
}

/** The latest year a text names as past or present (not "by 2030"), if any: its story is set no earlier. */
function mainYear(text: string): number | undefined {
  let latest: number | undefined;
  for (const m of text.matchAll(/(?<![\w.,$€£-])(1[6-9]\d\d|20\d\d)(?!\w|,\d|\.\d|-\d)/g)) {
    if (/\b(?:by|until|till|through|before|in time for)\s+(?:the end of\s+)?$/i.test(text.slice(Math.max(0, m.index! - 24), m.index))) continue;
    if (!yearsIn(m[0]).length) continue;
    const y = Number(m[1]);
    if (latest === undefined || y > latest) latest = y;
  }
  return latest;
}

/** The names a document gives most often (the last word of capitalised runs, twice or more; at most eight). */
function documentNames(text: string): string[] {
  const counts = new Map<string, number>();
  for (const run of capitalisedRuns(text)) {
    const head = run.split(/\s+/).pop()!.replace(/[\u2019']s$/, '');
    counts.set(head, (counts.get(head) ?? 0) + 1);
  }
  return [...counts].filter(([, n]) => n >= 2).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 8).map(([name]) => name);
}

/** A claim moved by `delta` characters (into or out of block-relative offsets). */
function shift(c: Claim, delta: number): Claim {
  return { ...c, start: c.start + delta, end: c.end + delta, parts: c.parts.map((p) => ({ ...p, start: p.start + delta, end: p.end + delta })) };
}

/** A single short line with no sentence punctuation at its end: a title. */
function isTitleLine(text: string): boolean {
  return !/\n/.test(text) && !/[.!?:;"\u201D]$/.test(text) && (text.match(/[\p{L}\p{N}]+/gu) ?? []).length <= 20;
}

