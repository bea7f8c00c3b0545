// Which words of a claim a finding is about: the figure, date, name or quoted word that differs from a source
// (read from the engine's notes, "number differs: four-day here, two-day in the source"), or the facts of a part
// that nothing backs. The views mark these more strongly than the sentence around them. Pure, read from the
// report only (never recomputed here), so it is unit-tested without VS Code.
import type { Claim, ClaimPart, ClaimStatus, Span } from '../engine';
import { lemmaTerm, nounClass } from '../engine/lexicon';

/** Words of a claim that a finding is about, with the status and note of their part. */
export interface FactSpan extends Span {
  status: Exclude<ClaimStatus, 'corroborated'>;
  /** The engine's note on the part ("number differs: …", "not in the sources: …"). */
  note: string;
}

/**
 * The words of this document that a note names: "X here" in a note on a difference ("number differs:
 * four-day here, two-day in the source", "quote differs: “agreed” here, …", "another person: Peter Vallas
 * here, …"), or the items of "not in the sources: A, B". Items of a list may hold commas themselves
 * ("May 16, 2024"), so the caller tries neighbours joined as well as alone.
 */
export function noteTerms(note: string): string[] {
  const listed = /^not in the sources:\s*(.+)$/i.exec(note.trim());
  if (listed) return listed[1].split(/,\s+/).map((t) => unquote(t)).filter(Boolean);
  const said = /\bsaid by (.+?) here\b/i.exec(note);
  if (said) return [unquote(said[1])];
  // "<what> differs: X here, Y in the source" and the like: X is the text as written in this document.
  const here = /:\s*(.+?) here(?:,|$)/i.exec(note);
  if (here) return [unquote(here[1])];
  return [];
}

function unquote(text: string): string {
  return text.trim().replace(/^[“"‘']+|[”"’']+$/g, '').trim();
}

/** Lower case, one character for one (so offsets stay), with curly quotes and dashes folded. */
export function fold(text: string): string {
  let out = '';
  for (const c of text) {
    const lower = c.toLowerCase();
    const one = lower.length === c.length ? lower : c;
    out += one.replace(/[‘’ʼ]/g, "'").replace(/[“”]/g, '"').replace(/[‐‑‒–—]/g, '-');
  }
  return out;
}

const wordChar = /[\p{L}\p{N}]/u;

/** Where `needle` stands in text[start, end), preferring whole words; undefined when it does not. */
export function locate(text: string, needle: string, start: number, end: number): Span | undefined {
  const n = fold(needle.trim());
  if (!n) return undefined;
  const hay = fold(text.slice(start, end));
  let fallback: number | undefined;
  for (let at = hay.indexOf(n); at >= 0; at = hay.indexOf(n, at + 1)) {
    const before = hay[at - 1];
    const after = hay[at + n.length];
    const whole = !(before && wordChar.test(before) && wordChar.test(n[0])) && !(after && wordChar.test(after) && wordChar.test(n[n.length - 1]));
    if (whole) return span(text, start + at, start + at + n.length);
    fallback ??= at;
  }
  return fallback === undefined ? undefined : span(text, start + fallback, start + fallback + n.length);
}

function span(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) };
}

/** Items of a "not in the sources" list located in the part, joining neighbours split at a comma of their own. */
function locateTerms(text: string, terms: string[], part: Span): Span[] {
  const out: Span[] = [];
  for (let i = 0; i < terms.length; i++) {
    let found = locate(text, terms[i], part.start, part.end);
    // "May 16, 2024" was cut into "May 16" and "2024": the pair is one fact when it stands as one.
    if (i + 1 < terms.length) {
      const joined = locate(text, `${terms[i]}, ${terms[i + 1]}`, part.start, part.end);
      if (joined) {
        found = joined;
        i++;
      }
    }
    if (found) out.push(found);
  }
  return out;
}

/** The facts the claim states inside a span: its figures, dates, quotations and names. */
function statedFacts(claim: Claim): string[] {
  const f = claim.facts;
  // Names are proper names ("Shanghai"), not the noun phrases entity tagging also returns ("two presidents").
  const names = f.entities.filter((e) => /^\p{Lu}/u.test(e.trim()));
  return [...f.numbers.map((n) => n.text), ...f.dates, ...f.quotes.map((q) => q.text), ...names].map((t) => t.trim()).filter((t) => t.length > 1);
}

const COUNT_WORD = /^(?:two|three|four|five|six|seven|eight|nine|ten|both)\b/i;
const BACK_REFERENCE = /\b(?:the|these|those|both)\s+$/i;

/**
 * Whether a figure at this place only refers back to people or things already named ("the two leaders", "the
 * three researchers"): a definite count in words states no new fact to check, unlike "1,500km" or "29 votes".
 */
function refersBack(text: string, at: Span): boolean {
  return COUNT_WORD.test(at.text) && BACK_REFERENCE.test(text.slice(Math.max(0, at.start - 8), at.start));
}

/**
 * A capitalised word that only opens its sentence ("Rescuers there recovered …", "Officials said …"): people
 * named by a plural common noun (WordNet's person class), capitalised because they come first, not a name to
 * check. A name stays ("Putin", "Morocco").
 */
function sentenceOpener(text: string, at: Span): boolean {
  const word = at.text.trim().toLowerCase();
  if (/\s/.test(word) || !/[^s]s$/.test(word) || nounClass(lemmaTerm(word)) !== 'person') return false;
  const before = text.slice(0, at.start).trimEnd();
  return before === '' || /[.!?:"”]$/.test(before);
}

/** Parts this short ("Sept. 8", "on Friday") are marked whole: the part is the fact. */
const SHORT_PART_WORDS = 3;

/**
 * What to mark in a part no source backs: its figures, dates, quotations and names that none of the claim's
 * passages (the closest ones, for this part or the rest of the claim) contains, since those are what an editor
 * must check; the whole part when it is short, states nothing of the kind, or every such fact is found nearby.
 */
function unbackedFacts(text: string, claim: Claim, part: ClaimPart): Span[] {
  const whole = [span(text, part.start, part.end)];
  if (text.slice(part.start, part.end).trim().split(/\s+/).length <= SHORT_PART_WORDS) return whole;
  const passages = [...new Set([...part.evidence.map((k) => claim.evidence[k]), ...claim.evidence])].filter(Boolean).map((e) => fold(e.text));
  const found: Span[] = [];
  for (const fact of statedFacts(claim)) {
    if (passages.some((p) => p.includes(fold(fact)))) continue;
    const at = locate(text, fact, part.start, part.end);
    if (at && !refersBack(text, at) && !sentenceOpener(text, at)) found.push(at);
  }
  return found.length ? found : whole;
}

/** Spans sorted by start, overlapping ones merged (a name inside a quotation is marked once). */
function merge(spans: Span[], text: string): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) {
      if (s.end > last.end) out[out.length - 1] = span(text, last.start, s.end);
    } else out.push(s);
  }
  return out;
}

/**
 * The words each finding of a claim is about, in document order: for a contradicted part, the words its note
 * and its contradicting passages' notes name (the part when none can be found in it); for a part with names,
 * figures or dates no source gives, those; for a part nothing backs, its unbacked facts. Offsets are the
 * document's, like the claim's.
 */
export function factSpans(claim: Claim): FactSpan[] {
  const text = claim.text;
  const out: FactSpan[] = [];
  for (const whole of claim.parts ?? []) {
    if (whole.status === 'corroborated') continue;
    // Work inside the claim's own text: offsets relative to its start.
    const part = { ...whole, start: Math.max(0, whole.start - claim.start), end: Math.min(text.length, whole.end - claim.start) };
    if (part.end <= part.start) continue;
    let spans: Span[];
    if (part.status === 'unsupported') spans = unbackedFacts(text, claim, part);
    else if (part.status === 'partial') {
      spans = locateTerms(text, noteTerms(part.note), part);
      if (!spans.length) spans = [span(text, part.start, part.end)];
    } else {
      // Contradicted (or a status of a newer engine, "disputed"): the words the notes say differ.
      const notes = [part.note, ...part.evidence.map((k) => claim.evidence[k]).filter((e) => e && e.relation !== 'supports').map((e) => e.note)];
      const terms = [...new Set(notes.flatMap((n) => noteTerms(n ?? '')))];
      spans = locateTerms(text, terms, part);
      if (!spans.length) spans = [span(text, part.start, part.end)];
    }
    for (const s of merge(spans, text)) {
      out.push({ start: claim.start + s.start, end: claim.start + s.end, text: s.text, status: part.status as FactSpan['status'], note: part.note });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
