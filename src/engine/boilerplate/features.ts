// What a line looks like, in numbers (jusText / boilerpipe style): length, stop-word density, sentence punctuation,
// link density, capitalisation, share of letters. The classifier (classify.ts) decides from these and from context.
import stopwords from '../lexicon/stopwords.json';
import { NOISE_THRESHOLDS as T } from './thresholds';
import { roughWords, RULE_KEYWORDS } from './rules';

const STOP = new Set((stopwords.words as string[]).map((w) => w.replace(/'/g, '\u2019')).concat(stopwords.words as string[]));

export interface LineFeatures {
  words: number;
  /** Function words / words (0 for a long line, where it is not counted). */
  stopRatio: number;
  /** Ends like a sentence: . ! ? (after closing quotes or brackets), not an ellipsis. */
  sentenceEnd: boolean;
  /** Ends with an ellipsis: a teaser or a cut-off paragraph. */
  ellipsis: boolean;
  /** Ends in the middle of a word or phrase (a letter or digit last): cut off. */
  cut: boolean;
  /** Share of the line in Markdown links and bare web addresses. */
  linkRatio: number;
  /** Holds a word that a phrase rule needs (rules.ts RULE_KEYWORDS); undefined for a long line (not scanned). */
  keywordHit?: boolean;
  /** Share of letters among the visible characters (computed on first use). */
  readonly letterRatio: number;
  /** Holds a verb that makes it a statement: an auxiliary, a reporting verb, a past tense (computed on first use). */
  readonly verb: boolean;
}

const VERB_CUE = /\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|should|may|might|must|did|does|do|says?|said|told|added|announced|reported|according)\b|(?<!\b(?:the|a|an|its|their|his|her|our|your) )\b\p{Ll}{3,}ed\b/iu;
const LINK = /\[[^\]]*\]\([^)]*\)|https?:\/\/\S+|\bwww\.\S+/g;

const CLOSERS = new Set(['"', "'", '\u201D', '\u2019', '\u00BB', ')', ']', '*', '_']);

/** The features of one line (markers stripped, trimmed). Character scans rather than regular expressions: this runs
 * on every line of every document indexed. */
export function lineFeatures(s: string, roughCount?: number): LineFeatures {
  // The ending, past closing quotes and brackets.
  let e = s.length;
  while (e > 0 && (CLOSERS.has(s[e - 1]) || s.charCodeAt(e - 1) <= 32)) e--;
  const last = s[e - 1] ?? '';
  const ellipsis = last === '\u2026' || (last === '.' && s[e - 2] === '.' && s[e - 3] === '.');
  const sentenceEnd = !ellipsis && (last === '.' || last === '!' || last === '?');
  const lc = last.charCodeAt(0);
  const cut = ellipsis || (lc >= 48 && lc <= 57) || ((lc | 32) >= 97 && (lc | 32) <= 122) || (lc > 127 && /[\p{L}\p{N}]/u.test(last));
  let linked = 0;
  if (s.includes('](') || s.includes('http') || s.includes('www.')) for (const m of s.matchAll(LINK)) linked += m[0].length;
  const linkRatio = linked / Math.max(1, s.length);
  const rough = roughCount ?? roughWords(s);
  if (rough > T.longLineWords) {
    // A paragraph: prose unless its links or its ending say otherwise; counting its words would be wasted.
    return { words: rough, stopRatio: 1, sentenceEnd, ellipsis, cut, linkRatio, letterRatio: 1, verb: true };
  }
  return new ShortLineFeatures(s, sentenceEnd, ellipsis, cut, linkRatio);
}

/** A short line's features; the costlier ones are computed on first use (most lines are decided before). */
class ShortLineFeatures implements LineFeatures {
  readonly words: number;
  readonly stopRatio: number;
  readonly keywordHit: boolean;
  private letters?: number;
  private hasVerb?: boolean;
  constructor(private readonly s: string, readonly sentenceEnd: boolean, readonly ellipsis: boolean, readonly cut: boolean, readonly linkRatio: number) {
    const { words, stop, keyword } = countWords(s);
    this.words = words;
    this.stopRatio = words ? stop / words : 0;
    this.keywordHit = keyword;
  }
  get letterRatio(): number { return (this.letters ??= letterRatio(this.s)); }
  get verb(): boolean { return (this.hasVerb ??= VERB_CUE.test(this.s)); }
}

/** Words (runs of letters and digits, with inner apostrophes, dots, hyphens) and how many are stop words. */
function countWords(s: string): { words: number; stop: number; keyword: boolean } {
  let words = 0;
  let stop = 0;
  let keyword = false;
  let i = 0;
  const n = s.length;
  while (i < n) {
    while (i < n && !isWordChar(s.charCodeAt(i), s, i)) i++;
    if (i >= n) break;
    const from = i;
    while (i < n && (isWordChar(s.charCodeAt(i), s, i) || isInner(s.charCodeAt(i)))) i++;
    words++;
    let to = i;
    while (to > from && isInner(s.charCodeAt(to - 1))) to--;
    if (to - from <= 14) {
      const w = s.slice(from, to).toLowerCase();
      if (STOP.has(w)) stop++;
      if (!keyword && RULE_KEYWORDS.has(w)) keyword = true;
    }
  }
  return { words, stop, keyword };
}

function isWordChar(c: number, s: string, i: number): boolean {
  return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122) || (c > 127 && /[\p{L}\p{N}]/u.test(s[i]));
}

/** Characters inside a word: ' ’ . & - */
function isInner(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 46 || c === 38 || c === 45;
}

function letterRatio(s: string): number {
  let visible = 0;
  let letters = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c <= 32) continue;
    visible++;
    if (((c | 32) >= 97 && (c | 32) <= 122) || (c > 127 && /\p{L}/u.test(s[i]))) letters++;
  }
  return letters / Math.max(1, visible);
}
