// Quotations: extraction with their speaker, and comparison of one quote with another, so that
// "never agreed" vs "never refused" is a misquote while a difference of punctuation, or a translation
// that only adds a word ("unprecedented level" vs "unprecedentedly high level"), is not.
import { demonymPlace } from '../lexicon';
import { allTerms, foldPunctuation, STOPWORDS, termOf } from '../normalize';
import { QuoteFact } from '../types';

const SPEECH_VERBS = 'said|says|told|tells|added|adds|noted|notes|wrote|writes|stated|states|declared|insisted|stressed|argued|warned|explained|claimed|asserted|remarked|recalled|replied|announced|was quoted|was cited|quoted|cited';
const NAME = "((?:(?:President|Prime Minister|Minister|Mr|Mrs|Ms|Dr|Gen|Col|Lt)\\.?\\s+)*(?:[\\p{Lu}][\\p{L}'-]+)(?:\\s+(?:[\\p{Lu}][\\p{L}'-]+|de|bin|al|van|von))*)";
const PRONOUN = /^(?:he|she|they|it|we|i|you|the|a|an|this|that|but|and|in|on|as|while)$/i;

/** Straight-quoted and curly-quoted passages in a text, with text between the marks. */
export function quotesIn(text: string): { start: number; end: number; text: string }[] {
  const out: { start: number; end: number; text: string }[] = [];
  // The last two: the end of a quotation opened in an earlier sentence (a closing mark, curly or straight after
  // punctuation, with no opening one before it).
  const re = /\u201C([^\u201C\u201D]{2,}?)(?:\u201D|$)|(?<![\p{L}\d])"([^"]{2,}?)(?:"|$)|^([^\u201C\u201D]{8,}?)\u201D|^([^"\u201C\u201D]{8,}?[.,!?;:])"(?=\s|$)/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const inner = m[1] ?? m[2] ?? m[3] ?? m[4];
    const offset = m[3] !== undefined || m[4] !== undefined ? 0 : 1;
    out.push({ start: m.index + offset, end: m.index + offset + inner.length, text: inner });
  }
  return out;
}

const TITLE = /^(?:President|Prime|Minister|Premier|Chancellor|Secretary|Spokesman|Spokeswoman|Spokesperson|Ambassador|Leader|Mr|Mrs|Ms|Dr|Gen|Col|Lt)\.?$/;

/** The surname of a speaker ("Foreign Minister Sergei Lavrov" → "Lavrov"); '' for a bare title ("The President"). */
function lastName(name: string): string {
  // Titles, office words and nationalities ("Spanish Prime Minister", "Chinese Foreign Minister") are no surname.
  const parts = name.split(/\s+/).filter((w) => !TITLE.test(w) && !/^(?:The|Foreign|Defence|Defense)$/.test(w) && !demonymPlace(termOf(w.toLowerCase())));
  return parts[parts.length - 1] ?? '';
}

/** The speaker named around a quote in its sentence ("… ,” Putin said", "Xi told Putin … “…”"), or ''. */
export function speakerOf(sentence: string, quote: { start: number; end: number }): string {
  const folded = foldPunctuation(sentence);
  const after = folded.slice(quote.end).replace(/^["'\s,.]+/, '');
  const before = folded.slice(0, Math.max(0, quote.start - 1));
  const tries: RegExp[] = [
    new RegExp(`^${NAME}\\s+(?:${SPEECH_VERBS})\\b`, 'u'),
    new RegExp(`^(?:${SPEECH_VERBS})\\s+${NAME}`, 'u'),
  ];
  for (const re of tries) {
    const m = re.exec(after);
    if (m && !PRONOUN.test(m[1])) return lastName(m[1]);
  }
  const pre = new RegExp(`${NAME}\\s+(?:${SPEECH_VERBS})\\b[^"]*$`, 'u').exec(before) ?? new RegExp(`${NAME}\\s+(?:\\w+\\s+){0,3}(?:${SPEECH_VERBS})\\b[^"]*$`, 'u').exec(before)
    // "Macron expressed his condolences, saying: “…”": the subject of a clause that a participle of speech closes.
    ?? new RegExp(`${NAME}\\s+(?:[\\p{L}\\d'-]+\\s+){1,16}?[\\p{Ll}\\d'-]+,\\s+(?:saying|adding|noting|writing|telling [^,"]{1,40}?)\\b[^"]*$`, 'u').exec(before);
  if (pre && !PRONOUN.test(pre[1])) return lastName(pre[1]);
  return '';
}

/** Quotes of a sentence as facts: the quoted words and who said them. */
export function quoteFacts(sentence: string): QuoteFact[] {
  return quotesIn(sentence).map((q) => ({ text: q.text.replace(/[\s,.;:]+$/, ''), speaker: speakerOf(sentence, q) }));
}

/** Longest common subsequence alignment of two term lists: matched index pairs in order. */
function align(a: string[], b: string[]): [number, number][] {
  const n = a.length;
  const m = b.length;
  const dp: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) dp[i][j] = a[i] === b[j] ? dp[i + 1][j + 1] + 1 : Math.max(dp[i + 1][j], dp[i][j + 1]);
  }
  const pairs: [number, number][] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) { pairs.push([i, j]); i++; j++; } else if (dp[i + 1][j] >= dp[i][j + 1]) i++; else j++;
  }
  return pairs;
}

/** How a claim's quote compares with a source's quote. */
export interface QuoteComparison {
  /** Share of the claim quote's words found in order in the source quote. */
  overlap: number;
  /** True when it is the same quote (enough shared words in order). */
  same: boolean;
  /** True when so few words differ that a difference is a misquote rather than another translation. */
  close: boolean;
  /** Word substitutions or additions: the claim's words and the source's words at that place. */
  differences: { claim: string; source: string }[];
}

// Words whose absence or swap in a translation does not change what was said: function words ("are" / "is",
// "against" / "at") and intensifiers. Negations are not among them: "not open" and "open" differ.
// Modal verbs, directions and comparatives change what was said ("will" / "might", "up" / "down"): never filler.
const NEGATIONS = new Set(['not', 'no', 'nor', 'never', "n't"]);
const MEANINGFUL = new Set(['not', 'no', 'nor', 'never', 'only', 'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must',
  'up', 'down', 'more', 'most', 'less', 'before', 'after', 'over', 'under', 'above', 'below', 'again', 'won\'t', 'don\'t', 'isn\'t', 'wasn\'t',
  'aren\'t', 'weren\'t', 'wouldn\'t', 'couldn\'t', 'shouldn\'t', 'all', 'any', 'some', 'few', 'both', 'each', 'same', 'other']);
const FILLER = new Set([...STOPWORDS, 'against', 'toward', 'within', 'between', 'among', 'through', 'per', 'via', 'upon', 'such']
  .filter((w) => !MEANINGFUL.has(w)));

function wordsAt(words: string[], from: number, to: number): string {
  return words.slice(from, to).join(' ');
}

/**
 * Compares a claim's quote with a source quote. A substitution ("agreed" for "refused") or an added word is a
 * difference; words the claim leaves out, punctuation and case are not.
 */
export function compareQuotes(claimQuote: string, sourceQuote: string): QuoteComparison {
  const a = allTerms(claimQuote);
  const b = allTerms(sourceQuote);
  const rawA = foldPunctuation(claimQuote).toLowerCase().match(/[\p{L}\p{N}'-]+/gu) ?? [];
  const rawB = foldPunctuation(sourceQuote).toLowerCase().match(/[\p{L}\p{N}'-]+/gu) ?? [];
  const wa = rawA.length === a.length ? rawA : a;
  const wb = rawB.length === b.length ? rawB : b;
  if (a.length === 0 || b.length === 0) return { overlap: 0, same: false, close: false, differences: [] };
  const pairs = align(a, b);
  const overlap = pairs.length / a.length;
  const content = a.filter((t) => !FILLER.has(t)).length || 1;
  const contentMatched = pairs.filter(([i]) => !FILLER.has(a[i])).length;
  const same = a.length >= 3 && pairs.length >= 2 && overlap >= 0.55 && contentMatched / content >= 0.5;
  const differences: { claim: string; source: string }[] = [];
  // One or two words changed in a quote is a misquote; a third of them is another rendering of the remark.
  const close = overlap >= 0.7;
  if (!same) return { overlap, same, close, differences };
  // Walk the gaps between matched words (and the claim's edges when the source continues there).
  const anchors: [number, number][] = [[-1, pairs[0][1] - 1 - (pairs[0][0])], ...pairs, [a.length, pairs[pairs.length - 1][1] + (a.length - pairs[pairs.length - 1][0])]];
  for (let k = 0; k + 1 < anchors.length; k++) {
    const [i0, j0] = anchors[k];
    const [i1, j1] = anchors[k + 1];
    const ca = a.slice(i0 + 1, i1).filter((t) => !FILLER.has(t));
    if (ca.length === 0) {
      // The claim leaves words out or adds only filler: not a misquote, unless what it leaves out is a negation.
      const lo = Math.max(0, j0 + 1);
      const gap = b.slice(lo, Math.min(b.length, Math.max(lo, j1)));
      const dropped = gap.filter((t) => NEGATIONS.has(t));
      // Only a short gap: a long one is another clause of the source ("not situation driven and not aimed").
      if (dropped.length && gap.length <= 2 && k > 0 && k + 1 < anchors.length - 1) differences.push({ claim: '', source: dropped.join(' ') });
      continue;
    }
    const lo = Math.max(0, j0 + 1);
    const hi = Math.min(b.length, Math.max(lo, j1));
    const cb = b.slice(lo, hi).filter((t) => !FILLER.has(t));
    // A claim word that is a near form of a source word in the same gap (stem differs only slightly) is not a swap.
    const unmatched = ca.filter((t) => !cb.some((u) => u.startsWith(t) || t.startsWith(u)));
    // A long stretch of source words against one or two of the claim's is a skip and a paraphrase (or a
    // translation: "most pressing issues" for "most acute international and regional issues"), not a swap.
    if (unmatched.length === 0 || cb.length > ca.length + 1) continue;
    differences.push({ claim: wordsAt(wa, i0 + 1, i1), source: wordsAt(wb, lo, hi) });
  }
  return { overlap, same, close, differences };
}
