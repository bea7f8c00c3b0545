// Line classification, in the manner of jusText: each line is first judged on its own (a phrase rule, or its features:
// prose, a sentence-like short line, a short line, or furniture), then by its place on the page: the lines above the
// article's first paragraph (labels, menus, stamps around the headline), inside it (short lines between paragraphs are
// prose), and below its last paragraph or after a closing marker (teasers, comments, menus).
import { NoiseKind } from '../types';
import { lineFeatures } from './features';
import { END_MARKER, isMixed, isNavStrip, isShouting, isTitleCaseLine, LINE_RULES, ruleKind, TIMESTAMP } from './rules';
import { NOISE_THRESHOLDS as T } from './thresholds';

/** A line to classify: its text (Markdown markers stripped) and what is known of it before features. */
export interface LineUnit {
  text: string;
  /** A Markdown heading. */
  heading: boolean;
  /** Decided already (a user pattern, a date stamp in front of a line). */
  fixed?: NoiseKind;
  /** Stands in other documents too. */
  repeated?: boolean;
  /** Set by the classifier: several sentences of which only some are prompts, so phrase rules are left to each
   * sentence (noise.ts finds them). */
  mixed?: boolean;
  /** The phrase rule that matches the whole line (rules.ts LINE_RULES), when the caller knows it. */
  rule?: NoiseKind | null;
  /** White-space separated words, when the caller has counted them. */
  words?: number;
}

/** jusText's classes: prose, a short line that reads as a sentence, a short line, furniture. */
type LineClass = 'good' | 'near' | 'short' | 'bad';

interface Judged {
  cls: LineClass;
  /** The kind when the line is furniture by a rule or by its features. */
  kind: NoiseKind | null;
  /** A rule decided it: context cannot turn it into prose. */
  strong: boolean;
  words: number;
  unterminated: boolean;
  ellipsis: boolean;
  cut: boolean;
  question: boolean;
}

function decide(j: Judged, cls: LineClass, kind: NoiseKind | null, strong: boolean): Judged {
  j.cls = cls;
  j.kind = kind;
  j.strong = strong;
  return j;
}

/** Judges one line on its own. */
function judge(u: LineUnit): Judged {
  const s = u.text;
  const f = lineFeatures(s, u.words);
  const end = s.charCodeAt(s.length - 1) === 63 || (s.charCodeAt(s.length - 2) === 63 && /["\u201D']/.test(s[s.length - 1]));
  // One object per line, decided below (this runs on every line of every document indexed).
  const base: Judged = { words: f.words, unterminated: !f.sentenceEnd && !f.ellipsis, ellipsis: f.ellipsis, cut: f.cut, question: end, cls: 'short', kind: null, strong: false };
  if (u.fixed) return decide(base, 'bad', u.fixed, true);
  // The phrase rules run once per line, here (the word scan above says whether any of them could match).
  let rule = u.rule !== undefined ? u.rule : ruleKind(LINE_RULES, s, f.words, f.keywordHit);
  if (rule && isMixed(s, f.words, rule)) { u.mixed = true; rule = null; }
  if (rule) return decide(base, 'bad', rule, true);
  if (f.linkRatio > T.linkRatio) return decide(base, 'bad', 'related-links', true);
  if (f.words > T.longLineWords) return decide(base, f.ellipsis && f.words <= T.teaserMaxWords ? 'bad' : 'good', 'related-links', false);
  const prose = f.stopRatio >= T.goodStopRatio && f.words >= T.goodMinWords;
  if (prose && f.sentenceEnd && !isShouting(s)) return decide(base, 'good', null, false);
  if (f.words <= 12 && TIMESTAMP.test(s)) return decide(base, 'bad', 'dateline', true);
  if (f.letterRatio < T.minLetterRatio) return decide(base, 'bad', /\d{1,2}[:.]\d{2}|\d{4}-\d{2}/.test(s) ? 'dateline' : 'navigation', true);
  if (isNavStrip(s)) return decide(base, 'bad', 'navigation', true);
  if (isShouting(s) && f.words <= 30 && f.words >= 4) return decide(base, 'bad', 'editorial-note', true);
  if (f.ellipsis && f.words >= 4 && f.words <= T.teaserMaxWords) return decide(base, 'bad', 'related-links', false);
  if (prose && (f.sentenceEnd || f.words >= T.unterminatedGoodWords)) return decide(base, 'good', null, false);
  if (!u.heading && isTitleCaseLine(s, 12) && f.words >= 2) {
    // Names, or names with an outlet ("Emily Wang And Christopher Bodeen, The Associated Press"): a byline or credit.
    const credit = f.words <= 3 || /,\s*(?:the )?\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*)*$/u.test(s) && /\b(?:press|reuters|afp|agency|news|times|post|staff)\b/i.test(s);
    return decide(base, 'bad', credit ? 'byline' : 'navigation', false);
  }
  const sentenceLike = f.sentenceEnd || base.question || f.words >= T.goodMinWords;
  if (f.stopRatio >= T.nearStopRatio && sentenceLike && (f.verb ? f.words >= 3 : f.words >= T.nearMinWords)) return decide(base, 'near', null, false);
  return decide(base, 'short', null, false);
}

/** The kind of each line, or null for article content. */
export function classifyLines(units: LineUnit[]): (NoiseKind | null)[] {
  const js = units.map(judge);
  const out: (NoiseKind | null)[] = js.map((j) => (j.strong ? j.kind : null));
  const n = js.length;

  // A line cut off between two lines of furniture, once the article has begun, is a teaser ("read more" / headline).
  const firstProse = js.findIndex((j) => j.cls === 'good');
  for (let i = Math.max(1, firstProse + 1); i + 1 < n; i++) {
    if (!out[i] && js[i].cut && js[i - 1].strong && js[i + 1].strong && js[i].words >= 3 && js[i].words <= T.longLineWords + 20) { out[i] = 'related-links'; js[i] = { ...js[i], cls: 'bad', strong: true }; }
  }
  // A page, or a document of several pages: each article runs to a closing marker, and the page's tail after it runs
  // until a long stretch of prose begins the next article.
  for (let from = 0; from < n;) {
    const { end, resume } = pageTail(units, js, from);
    classifyArticle(units, js, out, from, end);
    let tailKind: NoiseKind = 'related-links';
    for (let i = end; i < resume; i++) {
      if (js[i].strong && (out[i] === 'comment-prompt' || out[i] === 'related-links' || out[i] === 'poll')) tailKind = out[i]!;
      out[i] ??= js[i].words <= 3 ? 'navigation' : tailKind;
    }
    from = resume;
  }

  // A question right above a poll's buttons is the poll's question.
  for (let i = 0; i + 1 < n; i++) if (js[i].question && out[i + 1] === 'poll' && out[i] === null) out[i] = 'poll';
  return out;
}

/** Where the article that starts at `from` closes (a closing marker after enough prose), and where the tail after
 * it ends (a long stretch of prose: the next article of a document that holds several). */
function pageTail(units: LineUnit[], js: Judged[], from: number): { end: number; resume: number } {
  const n = js.length;
  let prose = 0;
  for (let i = from; i < n; i++) {
    if (js[i].cls === 'good') prose += js[i].words;
    else if (prose >= T.endMarkerMinWords && js[i].strong && END_MARKER.test(units[i].text.trim())) {
      let run = 0;
      let runStart = i + 1;
      for (let k = i + 1; k < n; k++) {
        if (js[k].cls === 'good' || js[k].cls === 'near') {
          if (run === 0) runStart = k;
          run += js[k].words;
          if (run >= T.tailMaxProseWords) return { end: i, resume: Math.max(i + 1, runStart - 1) };
        } else if (js[k].strong || js[k].cls === 'bad') run = 0;
      }
      return { end: i, resume: n };
    }
  }
  return { end: n, resume: n };
}

/** Classifies the lines of one article, [from, end): above its first paragraph, inside it, below its last one. */
function classifyArticle(units: LineUnit[], js: Judged[], out: (NoiseKind | null)[], from: number, end: number): void {
  let first = -1;
  let last = -1;
  for (let i = from; i < end; i++) if (js[i].cls === 'good' && !out[i]) { if (first < 0) first = i; last = i; }

  // Above the article: the headline stays (the last line of four or more words that no rule or feature ruled out);
  // sentence-like lines (a standfirst) stay; labels, menus, stamps and credits go.
  const top = first < 0 ? end : first;
  let title = -1;
  for (let i = top - 1; i >= from; i--) if (!js[i].strong && js[i].words >= T.titleMinWords && (js[i].cls !== 'bad' || js[i].kind === 'navigation')) { title = i; break; }
  const letters = (x: string) => x.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  for (let i = from; i < top; i++) {
    // A breadcrumb that ends with the headline: "Home Latest Man arrested after …".
    if (!out[i] && title > i && /^home\b/i.test(units[i].text) && letters(units[i].text).endsWith(letters(units[title].text))) { out[i] = 'navigation'; continue; }
    if (out[i] || i === title || units[i].heading) continue;
    if (js[i].cls === 'near' || (js[i].cls === 'short' && first < 0 && js[i].words >= T.titleMinWords)) continue;
    out[i] = js[i].kind ?? (js[i].words <= 3 ? 'navigation' : 'caption');
  }

  // Inside the article: a short line between paragraphs is prose; furniture by features stays furniture.
  const nearestDecided = (i: number, step: number): LineClass | 'edge' => {
    for (let k = i + step; k >= from && k < end; k += step) {
      if (out[k]) return 'bad';
      if (js[k].cls === 'good' || js[k].cls === 'bad') return js[k].cls;
    }
    return 'edge';
  };
  for (let i = Math.max(from, first); i <= last; i++) {
    if (out[i] || js[i].cls === 'good' || js[i].cls === 'near' || units[i].heading) continue;
    if (js[i].cls === 'bad') { out[i] = js[i].kind; continue; }
    const before = nearestDecided(i, -1);
    const after = nearestDecided(i, 1);
    if (before !== 'good' || after !== 'good') out[i] = 'navigation';
  }
  // Teasers: a run of lines cut off in mid-phrase (or with an ellipsis): three or more, or two that are not prose.
  for (let i = Math.max(from, first); i < end;) {
    let k = i;
    while (k < end && !js[k].strong && js[k].cut && js[k].words >= 3 && js[k].words <= T.longLineWords + 20) k++;
    if (k - i >= 3 || js.slice(i, k).filter((j) => j.cls !== 'good').length >= 2) for (let m = i; m < k; m++) out[m] = 'related-links';
    i = Math.max(k, i + 1);
  }

  // Below the last paragraph: sentence-like lines right after it are its end; the rest is the page's furniture,
  // except a last line cut off in the middle of prose (the page ends there).
  if (first >= 0) {
    let k = last + 1;
    while (k < end && !out[k] && js[k].cls === 'near') k++;
    for (let i = k; i < end; i++) {
      if (out[i]) continue;
      const cutProse = i === end - 1 && i === last + 1 && js[i].cut && !js[i].ellipsis && lineFeatures(units[i].text).stopRatio >= T.nearStopRatio;
      if (!cutProse && !units[i].heading) out[i] = js[i].kind ?? (js[i].words <= 3 ? 'navigation' : 'related-links');
    }
  }

  // Repeated in other documents and not prose here: the site's own furniture (a headline is the story's, not the site's).
  for (let i = from; i < end; i++) {
    if (out[i] || !units[i].repeated || js[i].cls === 'good' || i === title || units[i].heading) continue;
    // A sentence-like line counts only below the article (a blurb): above it, it may be the lede of shared wire copy.
    if (js[i].cls === 'near' && (first < 0 || i < last)) continue;
    out[i] = js[i].kind ?? (js[i].cls === 'near' ? 'site-blurb' : 'navigation');
  }
}
