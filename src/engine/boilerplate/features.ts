// What a line looks like, in numbers (jusText / boilerpipe style): length, stop-word density, sentence punctuation,
// link density, capitalisation, share of letters. The classifier (classify.ts) decides from these and from context.
import stopwords from '../lexicon/stopwords.json';
import { NOISE_THRESHOLDS as T } from './thresholds';
import { roughWords, wordsOf } from './rules';

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
  /** Share of letters among the visible characters. */
  letterRatio: number;
  /** Holds a verb that makes it a statement (an auxiliary, a reporting verb, a past tense). */
  verb: boolean;
}

const VERB_CUE = /\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|should|may|might|must|did|does|do|says?|said|told|added|announced|reported|according)\b|(?<!\b(?:the|a|an|its|their|his|her|our|your) )\b\p{Ll}{3,}ed\b/iu;
const LINK = /\[[^\]]*\]\([^)]*\)|https?:\/\/\S+|\bwww\.\S+/g;

/** The features of one line (markers stripped, trimmed). */
export function lineFeatures(s: string): LineFeatures {
  const rough = roughWords(s);
  const tail = s.replace(/["'\u201D\u2019\u00BB)\]*_\s]+$/, '');
  const ellipsis = /(?:\u2026|\.\.\.)$/.test(tail);
  const sentenceEnd = !ellipsis && /[.!?]$/.test(tail);
  const cut = ellipsis || /[\p{L}\p{N}]$/u.test(tail);
  let visible = 0;
  let letters = 0;
  for (const ch of s) {
    if (ch.trim() === '') continue;
    visible++;
    if (/\p{L}/u.test(ch)) letters++;
  }
  let linked = 0;
  if (s.includes('](') || s.includes('http') || s.includes('www.')) for (const m of s.matchAll(LINK)) linked += m[0].length;
  if (rough > T.longLineWords) {
    return { words: rough, stopRatio: 1, sentenceEnd, ellipsis, cut, linkRatio: linked / Math.max(1, s.length), letterRatio: letters / Math.max(1, visible), verb: true };
  }
  const ws = wordsOf(s);
  let stop = 0;
  for (const w of ws) if (STOP.has(w.toLowerCase())) stop++;
  return {
    words: ws.length,
    stopRatio: ws.length ? stop / ws.length : 0,
    sentenceEnd,
    ellipsis,
    cut,
    linkRatio: linked / Math.max(1, s.length),
    letterRatio: letters / Math.max(1, visible),
    verb: VERB_CUE.test(s),
  };
}
