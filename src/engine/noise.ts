// Noise: page boilerplate that is not article content (related-article blocks, "Read Also:" lines, comment and
// newsletter prompts, ads, captions, stamps, menus, polls, notices, copyright, editorial notes, bylines).
// Each line is classified from phrase rules, features and context (boilerplate/classify.ts), lines repeated in other
// documents count as furniture (boilerplate/repetition.ts), and users' patterns run in linear time (userPatterns.ts).
import { classifyLines, LineUnit } from './boilerplate/classify';
import { countsForRepetition, lineFingerprint } from './boilerplate/repetition';
import { LEADING_STAMP, mayHoldPrompt, roughWords, sentenceKind } from './boilerplate/rules';
import { splitLines, splitSentences, trimmedSpan } from './segment';
import { EngineOptions, NoiseSpan, Span } from './types';
import { compileUserPatterns, UserPattern } from './userPatterns';

export { compileUserPatterns as compileNoisePatterns } from './userPatterns';

/** What the corpus knows about a document's lines: whether a line (by fingerprint) stands in other documents. */
export interface NoiseContext {
  isRepeated?: (fingerprint: number) => boolean;
}

const MARKER = /^\s*(?:#{1,6}\s+|>\s?|[-*+\u2022]\s+|\d{1,3}[.)]\s+)/;

interface Line extends Span {
  heading: boolean;
  /** Where the line's list marker starts ("1. ", "• "): a noise line's span takes it in. */
  markerStart?: number;
}

/** Lines of the text as trimmed content spans (Markdown markers stripped), skipping blank ones, rules, front matter
 * and fenced code. */
function contentLines(text: string): Line[] {
  const out: Line[] = [];
  const all = splitLines(text);
  let from = 0;
  if (/^\uFEFF?---\s*$/.test(all[0]?.text ?? '')) from = all.findIndex((l, k) => k > 0 && /^(?:---|\.\.\.)\s*$/.test(l.text)) + 1;
  let fence = false;
  for (const l of all.slice(from)) {
    if (/^\s*(?:```|~~~)/.test(l.text)) { fence = !fence; continue; }
    if (fence) continue;
    const m = MARKER.exec(l.text);
    const span = trimmedSpan(text, l.start + (m ? m[0].length : 0), l.end);
    if (span && !/^[\s\-*_=#>]*$/.test(span.text)) {
      const list = !!m && /[-*+\u2022\d]/.test(m[0]) && !m[0].includes('#') && !m[0].includes('>');
      out.push({ ...span, heading: !!m && m[0].includes('#'), markerStart: list ? l.start + m[0].search(/\S/) : undefined });
    }
  }
  return out;
}

const compiled = new Map<string, UserPattern[]>();

/** User patterns compiled once per distinct list (invalid ones are skipped; front ends report them). */
function userPatterns(sources: string[] | undefined): UserPattern[] {
  if (!sources?.length) return [];
  const key = sources.join('\u0000');
  let list = compiled.get(key);
  if (!list) {
    list = compileUserPatterns(sources);
    if (compiled.size > 50) compiled.clear();
    compiled.set(key, list);
  }
  return list;
}

/** Finds the noise spans of a document, sorted by start, non-overlapping. */
export function findNoise(text: string, options: EngineOptions = {}, context: NoiseContext = {}): NoiseSpan[] {
  const patterns = userPatterns(options.noisePatterns);
  const lines: Line[] = [];
  const units: LineUnit[] = [];
  for (const line of contentLines(text)) {
    // A date stamp in front of a line is a dateline of its own; the rest of the line is read on.
    const stamp = LEADING_STAMP.exec(line.text);
    if (stamp && roughWords(line.text.slice(stamp[0].length)) > 3) {
      const rest = trimmedSpan(text, line.start + stamp[0].length, line.end)!;
      lines.push({ start: line.start, end: line.start + stamp[0].length, text: stamp[0], heading: false }, { ...rest, heading: line.heading });
      units.push({ text: stamp[0], heading: false, fixed: 'dateline' }, unitOf(rest.text, line.heading, patterns, context));
      continue;
    }
    lines.push(line);
    const unit = unitOf(line.text, line.heading, patterns, context);
    units.push(stamp && !unit.fixed ? { ...unit, fixed: 'dateline' } : unit);
  }
  const kinds = classifyLines(units);
  const spans: NoiseSpan[] = [];
  lines.forEach((line, i) => {
    const kind = kinds[i];
    if (kind) {
      const prev = spans[spans.length - 1];
      // Consecutive lines of one kind are one span (a related-links block with its teasers).
      if (prev && prev.kind === kind && /^\s*$/.test(text.slice(prev.end, line.markerStart ?? line.start))) {
        prev.end = line.end;
        prev.text = text.slice(prev.start, prev.end);
      } else {
        const start = line.markerStart ?? line.start;
        spans.push({ start, end: line.end, text: text.slice(start, line.end), kind });
      }
      return;
    }
    if (units[i].mixed || mayHoldPrompt(line.text)) spans.push(...gluedPrompts(text, line, !!units[i].mixed));
  });
  return spans.sort((a, b) => a.start - b.start);
}

function unitOf(s: string, heading: boolean, patterns: UserPattern[], context: NoiseContext): LineUnit {
  const custom = patterns.some((p) => p.test(s));
  const words = roughWords(s);
  const repeated = !!context.isRepeated && countsForRepetition(s, words) && context.isRepeated(lineFingerprint(s));
  return { text: s, heading, fixed: custom ? 'custom' : undefined, repeated, words };
}

/** Prompts glued into a paragraph as sentences of their own ("… taking office.Follow Sputnik's live feed."). Called only
 * for lines that may hold one: most lines are plain prose with none of the words a glued prompt starts with. */
function gluedPrompts(text: string, line: Line, mixed: boolean): NoiseSpan[] {
  const out: NoiseSpan[] = [];
  for (const sent of splitSentences(text, line.start, line.end)) {
    const kind = sentenceKind(sent.text, mixed);
    if (kind) out.push({ ...sent, kind });
  }
  return out;
}

/** True when [start, end) lies mostly inside one of the noise spans. */
export function inNoise(noise: Span[], start: number, end: number): boolean {
  const len = Math.max(1, end - start);
  for (const n of noise) {
    const ov = Math.min(end, n.end) - Math.max(start, n.start);
    if (ov > len / 2) return true;
  }
  return false;
}
