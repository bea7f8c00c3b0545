// Segmentation of .txt and .md text into blocks (paragraphs, headings, list items), sentences and
// clauses, with exact offsets: for every span, text.slice(start, end) === span.text.
import { Span } from './types';

/** A paragraph-like unit: a heading, a list item, a quote or a run of soft-wrapped lines. */
export interface Block extends Span {
  kind: 'heading' | 'paragraph' | 'list-item' | 'quote';
  /** Index of the first line of the block (0-based, lines split at \n). */
  line: number;
}

/** A sentence of a block. */
export interface Sentence extends Span {
  block: number;
}

export interface Line extends Span {
  /** 0-based line number. */
  index: number;
}

/** Splits text into lines without their terminators (\n or \r\n); offsets into the text. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  let index = 0;
  while (start <= text.length) {
    let nl = text.indexOf('\n', start);
    if (nl < 0) nl = text.length;
    const end = nl > start && text[nl - 1] === '\r' ? nl - 1 : nl;
    lines.push({ start, end, text: text.slice(start, end), index });
    index++;
    start = nl + 1;
  }
  return lines;
}

/** Trims white space (and a BOM) from both ends of [start, end) and returns the span, or null if empty. */
export function trimmedSpan(text: string, start: number, end: number): Span | null {
  while (start < end && /[\s\uFEFF]/.test(text[start])) start++;
  while (end > start && /[\s\uFEFF]/.test(text[end - 1])) end--;
  return end > start ? { start, end, text: text.slice(start, end) } : null;
}

const HEADING = /^ {0,3}(#{1,6})(?:\s+|$)/;
const LIST_ITEM = /^\s*(?:[-*+\u2022]|\d{1,3}[.)])\s+/;
const QUOTE_MARK = /^\s*>\s?/;
const RULE = /^\s*([-*_=])(?:\s*\1){2,}\s*$/;
const FENCE = /^\s*(```|~~~)/;
// A line that ends like this continues on the next line (a soft wrap): a comma, an open bracket or
// dash, or a word that cannot end a sentence. A line that ends otherwise and is followed by a capital
// starts a new block (a title above the first paragraph, one-paragraph-per-line .txt files).
const SOFT_WRAP_END = /(?:[,;(\u2014\u2013-]|\b(?:a|an|the|and|or|but|of|to|in|on|at|by|for|with|from|as|that|his|her|their|its|our|is|are|was|were|be|has|have|had))$/i;

/** Splits a document into blocks. Markdown front matter, code fences, rules and HTML comments are skipped. */
export function splitBlocks(text: string, markdown = true): Block[] {
  const lines = splitLines(text);
  const blocks: Block[] = [];
  let current: Block | null = null;
  let inFence = false;
  let i = 0;
  const close = () => { current = null; };
  if (markdown && lines.length && /^\uFEFF?---\s*$/.test(lines[0].text)) {
    const endFm = lines.findIndex((l, k) => k > 0 && /^(---|\.\.\.)\s*$/.test(l.text));
    if (endFm > 0) i = endFm + 1;
  }
  for (; i < lines.length; i++) {
    const line = lines[i];
    const t = line.text;
    if (markdown && FENCE.test(t)) { inFence = !inFence; close(); continue; }
    if (inFence) continue;
    if (/^[\s\uFEFF]*$/.test(t) || RULE.test(t) || (markdown && /^\s*<!--.*-->\s*$/.test(t))) { close(); continue; }
    let contentStart = line.start;
    let kind: Block['kind'] = 'paragraph';
    let forceNew = false;
    let m: RegExpExecArray | null;
    if (markdown && (m = HEADING.exec(t))) {
      contentStart += m[0].length; kind = 'heading'; forceNew = true;
    } else if ((m = LIST_ITEM.exec(t)) && (markdown || /^\s*[-*\u2022]\s/.test(t))) {
      contentStart += m[0].length; kind = 'list-item'; forceNew = true;
    } else if (markdown && (m = QUOTE_MARK.exec(t))) {
      contentStart += m[0].length; kind = 'quote';
    }
    let contentEnd = line.end;
    if (kind === 'heading') {
      const trail = /\s+#+\s*$/.exec(text.slice(contentStart, contentEnd));
      if (trail) contentEnd -= trail[0].length;
    }
    const span = trimmedSpan(text, contentStart, contentEnd);
    if (!span) { close(); continue; }
    const prev = current as Block | null;
    const continues = prev !== null && !forceNew && prev.kind !== 'heading' && (kind === 'paragraph' || kind === prev.kind) &&
      (/^\p{Ll}/u.test(span.text) || SOFT_WRAP_END.test(prev.text));
    if (continues && prev) {
      prev.end = span.end;
      prev.text = text.slice(prev.start, prev.end);
    } else {
      current = { ...span, kind, line: line.index };
      blocks.push(current);
    }
  }
  return blocks;
}

// Words that end with a period without ending the sentence.
const ABBREVIATIONS = new Set(`mr mrs ms dr prof sr jr st lt col gen sgt capt cmdr adm gov sen rep rev hon pres supt insp
inc ltd co corp plc llc bros no nos vs v fig al approx dept est jan feb mar apr jun jul aug sep sept oct nov dec
mon tue tues wed thu thur thurs fri sat sun mt ft ave blvd rd`.split(/\s+/));

const CLOSERS = '"\'\u201D\u2019\u00BB)]*_';
const OPENERS_RE = /[\p{Lu}\p{Lt}\p{N}"'\u201C\u2018\u00AB(\[*_\p{Lo}\p{Extended_Pictographic}]/u;

/** Whether the word ending at s[end - 1] (before a period) is an abbreviation. Looks back only over that word. */
function isAbbreviation(s: string, end: number): boolean {
  let from = end;
  while (from > 0 && from > end - 24 && /[\p{L}.]/u.test(s[from - 1])) from--;
  const word = s.slice(from, end);
  if (!word) return false;
  if (/^(?:\p{L}\.)+\p{L}?$/u.test(word)) return true; // U.S, e.g, a.m
  if (/^\p{Lu}$/u.test(word)) return true; // an initial: J. K. Rowling
  return ABBREVIATIONS.has(word.toLowerCase());
}

/** Finds sentence ends in s: indices just past each sentence's last character. */
function sentenceEnds(s: string): number[] {
  const ends: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '\u3002' || c === '\uFF01' || c === '\uFF1F') {
      // CJK full stops end a sentence with or without a space after them.
      let j = i + 1;
      while (j < s.length && CLOSERS.includes(s[j])) j++;
      ends.push(j);
      i = j - 1;
      continue;
    }
    if (c !== '.' && c !== '!' && c !== '?' && c !== '\u2026') continue;
    let j = i + 1;
    while (j < s.length && (s[j] === '.' || s[j] === '!' || s[j] === '?' || s[j] === '\u2026')) j++;
    while (j < s.length && CLOSERS.includes(s[j])) j++;
    const ellipsis = c === '\u2026' || s.slice(i, j).startsWith('...');
    if (j >= s.length) { ends.push(j); i = j; continue; }
    const ws = /^\s+/.exec(s.slice(j));
    if (ws) {
      const next = s[j + ws[0].length];
      if (next === undefined) { ends.push(j); i = j; continue; }
      if (!OPENERS_RE.test(next)) continue;
      if (c === '.' && j === i + 1 && isAbbreviation(s, i)) {
        // "Lt. Col. Smith" or "U.S. officials": not an end unless a new line starts after it.
        if (!/\n/.test(ws[0])) continue;
      }
      if (ellipsis && !/[\p{Lu}"\u201C]/u.test(next)) continue;
      ends.push(j);
      i = j;
      continue;
    }
    // Glued sentences ("office.Follow", "(May 16).China"): a word of two or more letters, or a
    // closing bracket, then a period, then an upper-case letter that starts a word.
    if (c === '.' && j === i + 1 && /[\p{Lu}\u201C"]/u.test(s[j] ?? '') && /(?:\p{Ll}{2}|\)|\p{Ll}\p{Lu}\p{Ll}|[\u201D"])$/u.test(s.slice(Math.max(0, i - 3), i)) &&
      !isAbbreviation(s, i) && /^[\p{Lu}\u201C"]\p{Ll}/u.test(s.slice(j, j + 2))) {
      ends.push(j);
      i = j - 1;
    }
  }
  return ends;
}

/** Splits a span of text into trimmed sentence spans with document offsets. */
export function splitSentences(text: string, start: number, end: number): Span[] {
  const s = text.slice(start, end);
  const out: Span[] = [];
  let from = 0;
  for (const e of [...sentenceEnds(s), s.length]) {
    if (e <= from) continue;
    const span = trimmedSpan(text, start + from, start + e);
    if (span) out.push(span);
    from = e;
  }
  return out;
}

/** Sentences of a document, in order, each tagged with its block index. */
export function sentencesOf(text: string, blocks: Block[]): Sentence[] {
  const out: Sentence[] = [];
  blocks.forEach((b, k) => {
    for (const s of splitSentences(text, b.start, b.end)) out.push({ ...s, block: k });
  });
  return out;
}
