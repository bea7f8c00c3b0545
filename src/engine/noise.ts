// Noise: page boilerplate that is not article content (related-article blocks, "Read Also:" lines,
// comment and newsletter prompts, ads, copyright, editorial notes, bylines and credits).
// Found by phrase patterns and by structure (short title-case lines, truncated teasers, runs of them).
import { foldPunctuation } from './normalize';
import { splitLines, splitSentences, trimmedSpan } from './segment';
import { EngineOptions, NoiseKind, NoiseSpan, Span } from './types';

interface Rule {
  kind: NoiseKind;
  re: RegExp;
  /** Longest line (in words) the rule applies to: a long line is prose that merely mentions the words. */
  maxWords: number;
}

// Rules for a whole line (markers stripped, punctuation folded). Order matters: first match wins.
const LINE_RULES: Rule[] = [
  { kind: 'read-also', maxWords: 30, re: /^(?:read|see|watch|listen)(?: (?:also|more|next|this|too))?\s*[:|\-]|^(?:also read|related|more on this(?: story)?|more from [\w ]+|recommended|further reading|related (?:articles?|stories|coverage|reading|content))\s*[:|\-]/i },
  { kind: 'related-links', maxWords: 8, re: /^(?:you (?:may|might|will) (?:also )?(?:like|enjoy|be interested in)|more (?:stories|news|articles|to read|from \w[\w ]*)|related(?: (?:articles?|stories|posts|news|coverage|content|links|topics|reading))?|more on this (?:story|topic|subject)|(?:top|more|latest) (?:headlines|videos)|recommended(?: for you| stories| reading| articles)?|most (?:read|popular|viewed|shared)|trending(?: now| stories)?|popular(?: now| stories| articles)?|top stories|latest (?:news|stories|articles)|in other news|don't miss|editor's picks?|what to read next|more in [\w ]+|around the web|from our partners|sponsored stories)\s*:?$/i },
  { kind: 'comment-prompt', maxWords: 30, re: /\bleave a (?:reply|comment)\b|\byour email address will not be published\b|\brequired fields are marked\b|^comments?(?:\s*\(\d+\))?:?$|^\d+ comments?$|\bjoin the (?:conversation|discussion)\b|\b(?:post|add|write) a comment\b|\bbe the first to comment\b|\b(?:log|sign) in to (?:comment|reply)\b|\bcomment policy\b|\bsave my name, email\b|^(?:name|e-?mail|website|comment)\s*\*?\s*$/i },
  { kind: 'newsletter', maxWords: 30, re: /\b(?:sign up|subscribe|newsletter|unsubscribe)\b|^(?:sign|log) in to (?:read|continue|keep reading)\b|\b(?:delivered|straight|direct) to your inbox\b|\bget (?:the|our) [\w ]{0,40} (?:in|to) your inbox\b/i },
  { kind: 'share-follow', maxWords: 25, re: /^(?:follow|like|join|find)\s+(?:us|@\w+|our\b|[\p{Lu}][\w'.]*'s?\s+(?:live|on|channel|page|feed))|\b(?:live (?:feed|blog|updates) (?:to|for) (?:learn|read|get|follow))|\bfollow us\b|\bon (?:telegram|twitter|facebook|instagram|whatsapp|tiktok|youtube|linkedin)\b.*\b(?:for|to get)\b|^share (?:this|on|via)\b|^(?:share|tweet|email|print|copy link|whatsapp|facebook|twitter|linkedin)(?:\s*[|,\u00B7\u2022/]\s*(?:share|tweet|email|print|copy link|facebook|twitter|whatsapp|linkedin|reddit|telegram))*\s*$|\bclick here\b|\bdownload (?:our|the) app\b/iu },
  { kind: 'advertisement', maxWords: 8, re: /^(?:advertisement|advertising|advert|ad|ads|sponsored(?: content| post| links?)?|promoted(?: content)?|paid (?:content|post|partnership)|story continues below(?: advertisement)?|continue reading (?:below|the main story)|scroll (?:down )?to continue(?: with content)?|article continues (?:below|after (?:this )?advertisement))\s*$/i },
  { kind: 'copyright', maxWords: 40, re: /^(?:©|\(c\)|copyright\b)|\ball rights reserved\b|\bthis (?:material|article|content) may not be (?:published|broadcast|rewritten|redistributed)\b/i },
  { kind: 'editorial-note', maxWords: 40, re: /^(?:this is a breaking news update|breaking(?: news)?\s*[:|-]|editor's note\b|correction\s*:|clarification\s*:|update\s*:|updated\s*:|developing story\b)|\b(?:earlier|previous) (?:story|version) (?:follows|is) below\b|\bthis (?:story|article|report) (?:has been|was) (?:updated|amended|corrected)\b|\bthis is a developing story\b/i },
  { kind: 'byline', maxWords: 14, re: /^by\s+(?:\p{Lu}[\p{L}.'-]*(?:\s+|,|$)){1,5}|^by (?:a|an|our) (?:staff|special|senior|foreign|political)? ?(?:writer|reporter|correspondent|editor|team)\b|^(?:written|reported|reporting|additional reporting|edited|compiled|writing|produced|words) by\b|^with (?:additional reporting (?:from|by) )?(?:reuters|ap|afp|the associated press|associated press|agencies|wires|\p{Lu}[\w.]*)(?:,? (?:and|&)? ?(?:\p{Lu}[\w.]*\s*)+)*\.?$|\breported from \p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)?\.?$|^(?:photo|image|picture|video|graphic)(?: credit)?s?\s*:|^(?:source|sources|credit|credits)\s*:|\bgetty images\b|^(?:published|posted|last updated|updated)(?: on| at)?\b[^.]{0,60}$|^(?:image|photo|picture|video)(?: caption| credit| source)?\s*[:,]/iu },
];

// Prompts that also stand as one sentence inside an article paragraph ("… taking office.Follow X's live feed.").
const SENTENCE_RULES: Rule[] = [
  { kind: 'share-follow', maxWords: 20, re: /^(?:follow|join|like)\s+(?:us|@\w+|our\b|[\p{Lu}][\w'.]*'s?\s+(?:live|telegram|channel|page|feed))|^(?:click|tap) here\b|^download (?:our|the) app\b/iu },
  { kind: 'newsletter', maxWords: 20, re: /^(?:sign up|subscribe)\b/i },
  { kind: 'read-also', maxWords: 25, re: /^(?:read|see) (?:also|more)\s*:/i },
  { kind: 'editorial-note', maxWords: 25, re: /^this is a breaking news update\b|\b(?:earlier|previous) (?:story|version) follows below\b/i },
  { kind: 'copyright', maxWords: 25, re: /^(?:©|\(c\)|copyright\b)|^all rights reserved\.?$/i },
  // A dateline standing as a sentence of its own: "BEIJING, May 16. /TASS/."
  { kind: 'byline', maxWords: 8, re: /^\p{Lu}[\p{Lu} .'-]{2,},?\s*(?:\p{Lu}\p{Ll}+\.?\s+\d{1,2}\s*[.,]?)?\s*[/(]\s*\p{Lu}[\p{L} -]+\s*[/)]\.?$/u },
];

// Words that every sentence rule needs (or capitals for a shouted note): a line without them has no glued prompt.
const PROMPT_STARTS = new Set(['follow', 'join', 'like', 'click', 'tap', 'download', 'sign', 'subscribe', 'read', 'see', 'this']);
const PROMPT_PHRASES = ['©', '(c)', 'copyright', 'all rights', 'earlier story', 'previous story', 'earlier version', 'previous version'];

/** Cheap test (no regular expression over the whole line) for what a sentence rule could match in a line. */
const PROMPT_HINT = {
  test(s: string): boolean {
    const lower = s.toLowerCase();
    for (const p of PROMPT_PHRASES) if (lower.includes(p)) return true;
    let upperRun = 0;
    let sentenceStart = true;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      // Capitals in a row (a shouted note, a dateline) or an agency tag in slashes or brackets.
      if (c >= 65 && c <= 90) { if (++upperRun >= 3 && (s[i + 1] === ' ' || s[i + 1] === '/' || s[i + 1] === ')')) return true; } else upperRun = 0;
      if (sentenceStart && ((c >= 97 && c <= 122) || (c >= 65 && c <= 90))) {
        let k = i;
        while (k < s.length && /[a-z]/.test(lower[k])) k++;
        if (PROMPT_STARTS.has(lower.slice(i, k))) return true;
        sentenceStart = false;
      } else if (c === 46 || c === 33 || c === 63) sentenceStart = true;
    }
    return false;
  },
};

const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
// A line that is only a date and time stamp: "May 15, 2024 | 8:10 PM", "15 May 2024 09:12 GMT".
const TIMESTAMP = new RegExp(`^(?:(?:mon|tue|wed|thu|fri|sat|sun)\\w*,?\\s*)?(?:${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}\\s+${MONTH},?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}/\\d{2,4})(?:\\s*(?:[|,\\-\u00B7]|at)?\\s*\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?(?:\\s*[A-Z]{2,4})?)?$`, 'i');

const SMALL_WORDS = new Set(['and', 'of', 'the', 'for', 'in', 'on', 'at', 'to', 'a', 'an', '&', 'de', 'la', 'le', 'von', 'van', 'der', 'al']);

function wordsOf(s: string): string[] {
  return s.match(/[\p{L}\p{N}][\p{L}\p{N}'.&-]*/gu) ?? [];
}

/** A short line of capitalised words with no sentence punctuation: a credit, outlet name or teaser title. */
function isTitleCaseLine(s: string, maxWords: number): boolean {
  if (/[.!?:"\u201D]$/.test(s) || /\d/.test(s)) return false;
  const ws = wordsOf(s);
  if (ws.length === 0 || ws.length > maxWords) return false;
  return ws.every((w) => /^[\p{Lu}\p{Lt}]/u.test(w) || SMALL_WORDS.has(w.toLowerCase())) && /^[\p{Lu}]/u.test(ws[0]);
}

/** An all-capitals sentence of several words: an editorial note ("THIS IS A BREAKING NEWS UPDATE."). */
function isShouting(s: string): boolean {
  let upper = 0;
  for (let i = 0; i < s.length && upper < 8; i++) { const c = s.charCodeAt(i); if (c >= 65 && c <= 90) upper++; }
  // Fewer capitals than four shouted words have (text in other scripts, without Latin letters, goes on).
  if (upper < 8 && /[A-Za-z]/.test(s)) return false;
  const ws = wordsOf(s).filter((w) => /\p{L}/u.test(w));
  if (ws.length < 4) return false;
  const caps = ws.filter((w) => w === w.toUpperCase()).length;
  return caps / ws.length >= 0.8;
}

/** A navigation strip: several short items separated by pipes or bullets. */
function isNavStrip(s: string): boolean {
  const parts = s.split(/\s+[|\u2022\u00B7]\s+/);
  return parts.length >= 3 && parts.every((p) => wordsOf(p).length <= 5);
}

/** A teaser under a related-links heading: a headline, or a snippet cut off with an ellipsis. */
function isTeaser(s: string): boolean {
  if (/(?:\u2026|\.\.\.)\s*$/.test(s)) return true;
  const n = wordsOf(s).length;
  return n <= 25 && !/[.!?]["\u201D]?$/.test(s);
}

/** Rough word count (white-space separated), cheap enough to run on every line first. */
function roughWords(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const space = s.charCodeAt(i) <= 32;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

const LONGEST_RULE = 40;

function ruleKind(rules: Rule[], s: string, extra: RegExp[]): NoiseKind | null {
  const rough = roughWords(s);
  if (rough > LONGEST_RULE + 10 && !extra.length) return null;
  const folded = foldPunctuation(s);
  const n = rough > LONGEST_RULE + 10 ? rough : wordsOf(folded).length;
  for (const r of rules) if (n <= r.maxWords && r.re.test(folded)) return r.kind;
  for (const re of extra) if (re.test(s) || re.test(folded)) return 'custom';
  return null;
}

/** Compiles user noise patterns; an invalid one is reported through onError and skipped. */
export function compileNoisePatterns(patterns: string[] = [], onError?: (pattern: string, message: string) => void): RegExp[] {
  const out: RegExp[] = [];
  for (const p of patterns) {
    try {
      out.push(new RegExp(p, 'iu'));
    } catch (e) {
      onError?.(p, (e as Error).message);
    }
  }
  return out;
}

const MARKER = /^\s*(?:#{1,6}\s+|>\s?|[-*+\u2022]\s+|\d{1,3}[.)]\s+)/;

/** Lines of the text as trimmed content spans (Markdown markers stripped), skipping blank ones. */
function contentLines(text: string): (Span & { heading: boolean })[] {
  const out: (Span & { heading: boolean })[] = [];
  for (const l of splitLines(text)) {
    const m = MARKER.exec(l.text);
    const span = trimmedSpan(text, l.start + (m ? m[0].length : 0), l.end);
    if (span && !/^[\s\-*_=#>]*$/.test(span.text)) out.push({ ...span, heading: !!m && m[0].includes('#') });
  }
  return out;
}

/** Finds the noise spans of a document, sorted by start, non-overlapping. */
export function findNoise(text: string, options: EngineOptions = {}): NoiseSpan[] {
  const extra = compileNoisePatterns(options.noisePatterns);
  const lines = contentLines(text);
  const spans: NoiseSpan[] = [];
  let relatedBlock: NoiseSpan | null = null;
  lines.forEach((line, i) => {
    const s = line.text;
    // A long line is article prose: only a prompt glued into it as a sentence can be noise.
    const long = roughWords(s) > LONGEST_RULE;
    let kind = long ? (extra.length ? ruleKind(LINE_RULES, s, extra) : null) : ruleKind(LINE_RULES, s, extra);
    if (!long) {
      if (!kind && relatedBlock && isTeaser(s)) kind = 'related-links';
      if (!kind && TIMESTAMP.test(s.trim())) kind = 'byline';
      if (!kind && isNavStrip(s)) kind = 'related-links';
      if (!kind && isShouting(s) && wordsOf(s).length <= 30) kind = 'editorial-note';
      // Structure: a short capitalised line that is not the title (first line) nor a Markdown heading.
      if (!kind && i > 0 && !line.heading && isTitleCaseLine(s, 12)) kind = 'byline';
    }
    if (kind === 'related-links' && (relatedBlock || ruleKind([LINE_RULES[1]], s, []))) {
      if (relatedBlock) {
        relatedBlock.end = line.end;
        relatedBlock.text = text.slice(relatedBlock.start, relatedBlock.end);
      } else {
        relatedBlock = { start: line.start, end: line.end, text: s, kind };
        spans.push(relatedBlock);
      }
      return;
    }
    relatedBlock = null;
    // Most lines are plain prose with none of the words a glued prompt starts with: skip splitting them.
    if (!kind && !extra.length && !PROMPT_HINT.test(s)) return;
    const sentences = splitSentences(text, line.start, line.end);
    if (kind && sentences.length <= 1) {
      spans.push({ start: line.start, end: line.end, text: s, kind });
      return;
    }
    // A line of several sentences is noise where each sentence is; a prompt can be glued into a paragraph.
    const sentenceKinds = sentences.map((sent) => ruleKind(SENTENCE_RULES, sent.text, extra) ??
      (!/\p{Ll}/u.test(sent.text.slice(0, 12)) && isShouting(sent.text) && /[.!]$/.test(sent.text) ? 'editorial-note' : null));
    if (sentenceKinds.length && sentenceKinds.every((k) => k)) {
      spans.push({ start: line.start, end: line.end, text: s, kind: kind ?? (sentenceKinds[0] as NoiseKind) });
      return;
    }
    sentences.forEach((sent, k) => {
      const sk = sentenceKinds[k];
      if (sk) spans.push({ ...sent, kind: sk });
    });
  });
  return spans.sort((a, b) => a.start - b.start);
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
