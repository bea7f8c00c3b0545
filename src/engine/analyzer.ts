// Analysis of one document against the corpus: noise, claims with facts, evidence and status.
// Results are cached per paragraph (block) text, so re-analysis after an edit redoes only what changed.
import { assess, Assessment, ClaimProbe, EVIDENCE_MIN, nameIn, probe } from './assess';
import { Corpus, isMarkdownPath } from './corpus';
import { EntityCache, factsOf, isCheckable } from './facts';
import { findNoise, inNoise } from './noise';
import { yearsIn } from './numbers';
import { quoteFacts } from './quotes';
import { splitBlocks, splitClauses, splitSentences } from './segment';
import { Claim, ClaimStatus, EngineOptions, Evidence, FileReport, NoiseSpan, Span } from './types';

/** Score from which a passage that is not evidence is still shown as the closest one to an unsupported claim. */
const NEAR_MIN = 0.15;

/** Passages scored in full per claim, after the cheap term-overlap ranking of the index. */
const CANDIDATES = 16;

/** A claim relative to its block, as cached. */
type CachedClaim = Omit<Claim, 'start' | 'end'> & { start: number; end: number };

export class Analyzer {
  private readonly entities = new EntityCache();
  private readonly blockCache = new Map<string, CachedClaim[]>();
  private cacheVersion = -1;

  constructor(readonly corpus: Corpus, readonly options: EngineOptions = {}) {}

  private get maxEvidence(): number { return this.options.maxEvidence ?? 5; }
  private get minScore(): number { return this.options.minEvidenceScore ?? EVIDENCE_MIN; }

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
    const noise = findNoise(text, this.options);
    const claims: Claim[] = [];
    const blocks = splitBlocks(text, isMarkdownPath(path));
    for (let index = 0; index < blocks.length; index++) {
      const block = blocks[index];
      // Headlines compress and tease; the body carries the checkable claims (a heading, or a title line on top).
      if (block.kind === 'heading' || (index === 0 && blocks.length > 1 && isTitleLine(block.text))) continue;
      const inside = noise.filter((n) => n.end > block.start && n.start < block.end).map((n) => `${n.start - block.start}:${n.end - block.start}`);
      const key = `${path}\u0000${inside.join(',')}\u0000${block.text}`;
      let cached = this.blockCache.get(key);
      if (!cached) {
        cached = this.analyzeBlock(path, block, noise).map((c) => ({ ...c, start: c.start - block.start, end: c.end - block.start }));
        if (this.blockCache.size > 20000) this.blockCache.clear();
        this.blockCache.set(key, cached);
        yield;
      }
      for (const c of cached) claims.push({ ...c, start: c.start + block.start, end: c.end + block.start });
    }
    return { path, noise, claims };
  }

  /** Ranked passages of other documents for any text (a selection, a claim). */
  corroborate(text: string, opts: { excludePath?: string } = {}): Evidence[] {
    const facts = factsOf(text, this.entities.entities(text));
    const p = probe(text, facts, yearsIn(text));
    const assessed = this.assessAll(p, opts.excludePath, Math.min(this.minScore, 0.15));
    return this.rank(assessed, this.hasConflict(assessed)).slice(0, Math.max(this.maxEvidence, 10)).map(toEvidence);
  }

  private analyzeBlock(path: string, block: Span, noise: NoiseSpan[]): Claim[] {
    const out: Claim[] = [];
    let paragraphEntities: string[] | null = null;
    for (const sentence of splitSentences(block.text, 0, block.text.length)) {
      const abs = { start: block.start + sentence.start, end: block.start + sentence.end, text: sentence.text };
      if (inNoise(noise, abs.start, abs.end)) continue;
      for (const clause of splitClauses(block.text, sentence)) {
        const span = { start: block.start + clause.start, end: block.start + clause.end, text: clause.text };
        if (inNoise(noise, span.start, span.end)) continue;
        paragraphEntities ??= this.entities.entities(block.text);
        const facts = factsOf(span.text, paragraphEntities);
        // Quotes cut by a clause break still belong to the sentence: take them from the sentence.
        if (span.text !== sentence.text && facts.quotes.length === 0) facts.quotes = quoteFacts(sentence.text).filter((q) => span.text.includes(q.text.slice(0, 20)));
        if (!isCheckable(span.text, facts)) continue;
        out.push(this.claimFor(path, span, facts));
      }
    }
    return out;
  }

  private claimFor(path: string, span: Span, facts: Claim['facts']): Claim {
    const p = probe(span.text, facts, yearsIn(span.text));
    const near: Assessment[] = [];
    const assessed = this.assessAll(p, path, this.minScore, near);
    const conflict = this.hasConflict(assessed);
    const status = statusOf(p, assessed, conflict);
    if (status === 'unsupported') {
      // The closest passages, for the editor to see what came nearest (the Problems entry points at them).
      const closest = near.sort((x, y) => y.score - x.score).slice(0, Math.min(3, this.maxEvidence));
      for (const a of closest) a.note = `closest passage, not enough to back the claim (${a.note})`;
      return { ...span, status, score: 0, facts, evidence: closest.map(toEvidence) };
    }
    const evidence = this.rank(assessed, conflict).slice(0, this.maxEvidence);
    this.noteSharedOrigin(evidence);
    return { ...span, status, score: evidence[0]?.score ?? 0, facts, evidence: evidence.map(toEvidence) };
  }

  /** Passages that count as evidence; those that came near but do not are added to `near` when given. */
  private assessAll(p: ClaimProbe, excludePath: string | undefined, minScore: number, near?: Assessment[]): Assessment[] {
    const out: Assessment[] = [];
    for (const passage of this.corpus.candidates(p.terms, { excludePath, limit: CANDIDATES })) {
      const a = assess(p, passage, this.corpus);
      const quoteMatch = a.backedQuotes.length + a.differingQuotes.length > 0 && a.score >= minScore * 0.6;
      // A passage must share something uncommon with the claim, and something beyond names and dates unless the
      // claim is little more than names ("Putin is accompanied by Lavrov, Belousov and Shoigu"): one that names
      // the same places ("Moscow", "the Great Hall of the People") says nothing of what happened.
      // The same figure counts on its own when it is specific: "8,000 people", not "two-day".
      const sameFigure = a.backedNumbers.some((n) => n.value >= 3 || /\d/.test(n.text));
      const substantive = (a.sharedDistinct >= 1 && (a.sharedPredicate >= 1 || a.claimPredicate <= 1)) || sameFigure || a.relation !== 'supports';
      if ((a.score >= minScore && substantive) || quoteMatch) out.push(a);
      else if (near && a.relation === 'supports' && a.score >= NEAR_MIN) near.push(a);
    }
    // A passage closer to the claim that carries the same figure outweighs one with another figure: that one
    // is most likely about another event ("February 2023" for the peace plan, "February 2022" for the pact).
    return out.filter((a) => a.relation !== 'conflicts' || !out.some((b) => b !== a && b.relation === 'supports' && b.score > a.score &&
      a.conflictsOn.numbers.every((n) => b.backedNumbers.includes(n)) && a.conflictsOn.years.every((y) => b.backedYears.includes(y))));
  }

  private hasConflict(assessed: Assessment[]): boolean {
    const quoteBacked = new Set(assessed.flatMap((a) => a.backedQuotes));
    return assessed.some((a) => a.relation === 'conflicts' || (a.relation === 'quote-differs' && a.differingQuotes.some((q) => !quoteBacked.has(q))));
  }

  /** Best first; for a conflicting claim the conflicting passages first; one passage per document. */
  private rank(assessed: Assessment[], conflict: boolean): Assessment[] {
    const quoteBacked = new Set(assessed.flatMap((a) => a.backedQuotes));
    for (const a of assessed) {
      // When another source carries the claim's words exactly, a variant elsewhere is a translation, not a misquote.
      if (a.relation === 'quote-differs' && a.differingQuotes.every((q) => quoteBacked.has(q))) {
        a.relation = 'supports';
        a.note = `another translation or wording of the quote (${a.note.replace(/^quote differs: /, '')})`;
      }
    }
    const key = (a: Assessment) => (conflict && a.relation !== 'supports' ? 1 : 0) + a.score + (a.backedQuotes.length || a.differingQuotes.length ? 0.2 : 0);
    const sorted = [...assessed].sort((x, y) => key(y) - key(x) || x.passage.path.localeCompare(y.passage.path) || x.passage.start - y.passage.start);
    const seen = new Set<string>();
    return sorted.filter((a) => {
      const k = `${a.relation}\u0000${a.passage.path}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    });
  }

  /** Evidence that comes only from documents sharing their text says so. */
  private noteSharedOrigin(evidence: Assessment[]): void {
    const supporting = evidence.filter((e) => e.relation === 'supports');
    for (const e of supporting) {
      const twins = supporting.filter((o) => o !== e && o.passage.path !== e.passage.path && this.corpus.sharedFraction(e.passage.path, o.passage.path) >= 0.1);
      if (twins.length) {
        const names = twins.map((o) => o.passage.path).join(', ');
        e.note += `; shares text with ${names} (same wire copy: not independent)`;
      }
    }
  }
}

/** A single short line with no sentence punctuation at its end: a title. */
function isTitleLine(text: string): boolean {
  return !/\n/.test(text) && !/[.!?:;"\u201D]$/.test(text) && (text.match(/[\p{L}\p{N}]+/gu) ?? []).length <= 20;
}

function toEvidence(a: Assessment): Evidence {
  const p = a.passage;
  return { path: p.path, start: p.start, end: p.end, text: p.text, score: a.score, relation: a.relation, note: a.note };
}

const CORROBORATED_MIN = 0.5;

/** Status from the assessed passages: which of the claim's facts are backed, and how closely. */
function statusOf(p: ClaimProbe, assessed: Assessment[], conflict: boolean): ClaimStatus {
  if (conflict) return 'conflicting';
  const supporting = assessed.filter((a) => a.relation === 'supports' || a.backedQuotes.length > 0);
  if (!supporting.length) return 'unsupported';
  const best = Math.max(...supporting.map((a) => a.score));
  const numbersBacked = p.facts.numbers.filter((n) => n.qualifier !== 'vague').every((n) => supporting.some((a) => a.backedNumbers.includes(n)));
  const yearsBacked = p.years.every((y) => supporting.some((a) => a.backedYears.includes(y)));
  const quotesBacked = p.facts.quotes.every((_, i) => supporting.some((a) => a.backedQuotes.includes(i))) || p.facts.quotes.every((q) => q.text.split(/\s+/).length < 3);
  const entitiesBacked = p.entityTerms.filter((terms) => supporting.some((a) => nameIn(terms, a.passage.termSet))).length;
  const entityShare = p.entityTerms.length ? entitiesBacked / p.entityTerms.length : 1;
  if (best >= CORROBORATED_MIN && numbersBacked && yearsBacked && quotesBacked && entityShare >= 0.6) return 'corroborated';
  return 'partial';
}
