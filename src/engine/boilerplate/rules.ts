// Phrase rules: wordings that are boilerplate wherever they stand (a comment form's prompt, an ad marker, a
// copyright line). One input of the line classifier (classify.ts), which also decides from features and context.
import { foldPunctuation } from '../normalize';
import { splitSentences } from '../segment';
import { NoiseKind } from '../types';

export interface Rule {
  kind: NoiseKind;
  re: RegExp;
  /** Longest line (in words) the rule applies to: a long line is prose that merely mentions the words. */
  maxWords: number;
}

const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const DATE = `(?:${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH},?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4})`;
const TIME = '\\d{1,2}[:.]\\d{2}(?::\\d{2})?(?:\\s*[ap]\\.?m\\.?)?(?:\\s*[A-Z]{2,4})?';

// Rules for a whole line (markers stripped, punctuation folded). Order matters: first match wins.
export const LINE_RULES: Rule[] = [
  { kind: 'read-also', maxWords: 30, re: /^(?:read|see|watch|listen)(?: (?:also|more|next|this|too))?\s*[:|\-]|^(?:also read|related|more on this(?: story)?|more from [\w ]+|recommended|further reading|related (?:articles?|stories|coverage|reading|content))\s*[:|\-]/i },
  { kind: 'read-also', maxWords: 8, re: /^(?:read|see|view) (?:more|all)\b[\w ]{0,30}$|^read (?:the )?full (?:article|story|report|post)\b|^continue reading\b|^full (?:post|story|article)\s*:?$|^click the title above\b/i },
  { kind: 'related-links', maxWords: 8, re: /^(?:you (?:may|might|will) (?:also )?(?:like|enjoy|be interested in)|more (?:stories|news|articles|to read|from \w[\w ]*)|related(?: (?:articles?|stories|posts|news|coverage|content|links|topics|reading))?|more on this (?:story|topic|subject)|(?:top|more|latest) (?:headlines|videos)|recommended(?: for you| stories| reading| articles)?|most (?:read|popular|viewed|shared)|trending(?: now| stories| news)?|popular(?: now| stories| articles)?|top stories|latest (?:news|stories|articles?)|recent (?:posts|stories|articles)|check also|in other news|don't miss|must read|editor's picks?|what to read next|more in [\w ]+|around the web|from our partners|sponsored stories)\s*:?$/i },
  { kind: 'comment-prompt', maxWords: 30, re: /\bleave a (?:reply|comment)\b|\byour email address will not be published\b|\brequired fields are marked\b|^comments?(?:\s*\(\d+\))?:?$|^(?:\d+|no) (?:comments?|responses?|replies)\s*:?$|\bcomments are (?:closed|disabled)\b|\bnot accepting comments\b|\bjoin the (?:conversation|discussion)\b|\b(?:post|add|write) a comment\b|\bbe the first to comment\b|\b(?:log|sign) in to (?:comment|reply)\b|\bcomment policy\b|\bsave my name, email\b|^please enter your (?:comment|name|email)\b|^recent comments$|^(?:name|e-?mail|website|comment)\s*\*?\s*$|^[\p{Lu}][\p{L}'. -]{0,40} (?:says|said|wrote):$/iu },
  { kind: 'poll', maxWords: 12, re: /^(?:poll|vote)\s*:|^(?:view|see) (?:the )?results$|^vote(?: now)?$|^cast your vote$|^total votes\b|^voting is closed$|^(?:loading\s*(?:\.\.\.|\u2026)\s*)+$/i },
  { kind: 'newsletter', maxWords: 30, re: /\b(?:sign up|subscribe|subscribing|newsletter|unsubscribe)\b|^(?:sign|log) in to (?:read|continue|keep reading)\b|^keep reading\b|\b(?:delivered|straight|direct) to your inbox\b|\bget (?:the|our) [\w ]{0,40} (?:in|to) your inbox\b/i },
  { kind: 'share-follow', maxWords: 25, re: /^(?:follow|like|join|find)\s+(?:us|@\w+|our\b|[\p{Lu}][\w'.]*'s?\s+(?:live|on|channel|page|feed))|\b(?:live (?:feed|blog|updates) (?:to|for) (?:learn|read|get|follow))|\bfollow us\b|\bon (?:telegram|twitter|facebook|instagram|whatsapp|tiktok|youtube|linkedin)\b.*\b(?:for|to get)\b|^share(?: (?:this|the \w+|on|via|article|story|post)\b.*)?\s*:?$|^email this (?:link|article|story)$|^(?:share|tweet|email|print|copy link|whatsapp|facebook|twitter|linkedin)(?:\s*[|,\u00B7\u2022/]\s*(?:share|tweet|email|print|copy link|facebook|twitter|whatsapp|linkedin|reddit|telegram))*\s*$|\bclick here\b|\bdownload (?:our|the) app\b|\bbloggers like this\b|\bmobile app download\b/iu },
  { kind: 'advertisement', maxWords: 8, re: /^-?\s*(?:advertisement|advertisment|advertising|advert|ad|ads|sponsored(?: content| post| links?)?|promoted(?: content)?|paid (?:content|post|partnership)|story continues below(?: advertisement)?|continue reading (?:below|the main story)|scroll (?:down )?to continue(?: with content)?|article continues (?:below|after (?:this )?advertisement))\s*-?(?:\s*spot_img)?\s*$/i },
  { kind: 'copyright', maxWords: 40, re: /^(?:©|\(c\)|copyright\b)|\ball rights reserved\b|\bthis (?:material|article|content) may not be (?:published|broadcast|rewritten|redistributed)\b/i },
  { kind: 'audio-ai-notice', maxWords: 40, re: /^listen to (?:this|the) (?:article|story)\b|\b(?:audio|voice) (?:version|narration)\b|\bnarrated by\b|\b(?:auto-?generated|automatically generated|generated (?:by|with) (?:ai|artificial intelligence|automated)|transcribed by ai)\b|\bhas not been edited by\b/i },
  { kind: 'editorial-note', maxWords: 40, re: /^(?:this is a breaking news update|breaking(?: news)?\s*[:|-]|editor's note\b|correction\s*:|clarification\s*:|update\s*:|updated\s*:|developing story\b|details later\b)|\b(?:earlier|previous) (?:story|version) (?:follows|is) below\b|\bthis (?:story|article|report) (?:has been|was) (?:updated|amended|corrected)\b|\bthis is a developing story\b|\bfirst appeared on\b/i },
  { kind: 'navigation', maxWords: 30, re: /^you are here\s*:|^(?:topics?|tags?|filed under|categories|category|section)\s*[:|]|^(?:search|menu|close|skip to (?:main )?content|left menu|close this search box\.?)$/i },
  { kind: 'caption', maxWords: 60, re: /^(?:photo|image|picture|video|graphic)(?: credit| caption| source)?s?\s*[:,]|\bgetty images\b|\b(?:photo|photos|image|picture|pic)s?\s*(?::|\/|by|from)\s*\p{Lu}[\p{L}.' -]{1,40}$|^pic from \w+$|[.!?"\u201D]\s*\((?:[\p{Lu}][\p{L}.'-]*\s?){1,4}\)$/iu },
  { kind: 'byline', maxWords: 14, re: /^by:?$|^by\s+(?:\p{Lu}[\p{L}.'-]*(?:\s+|,|$)){1,5}|^by (?:a|an|our) (?:staff|special|senior|foreign|political)? ?(?:writer|reporter|correspondent|editor|team)\b|^(?:written|reported|reporting|additional reporting|edited|compiled|writing|produced|words) by\b|^with (?:additional reporting (?:from|by) )?(?:reuters|ap|afp|the associated press|associated press|agencies|wires|\p{Lu}[\w.]*)(?:,? (?:and|&)? ?(?:\p{Lu}[\w.]*\s*)+)*\.?$|\breported from \p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)?\.?$|^(?:source|sources|credit|credits)\s*:|^(?:senior |chief |staff )?(?:reporter|correspondent|writer)\b.*@|^for (?:more )?(?:information|details|enquiries),? (?:please )?contact\b/iu },
  // An author's blurb or contact line: "Got a story? Get in touch at …", "… can be reached at …".
  { kind: 'byline', maxWords: 40, re: /\bcan be reached at\b|\bget in touch (?:at|with|on|via)\b|\bgot a story\b|^(?:senior |chief |staff |political |crime |local )?(?:reporter|correspondent|journalist|writer|editor) (?:based|at|for|covering|with) /i },
  { kind: 'dateline', maxWords: 14, re: /^(?:published|posted|last updated|updated|created)(?: on| at)?\b[^.]{0,60}$|\b\d+ (?:minutes?|hours?|days?) ago\b/i },
];

// Prompts that also stand as one sentence inside an article paragraph ("… taking office.Follow X's live feed.").
export const SENTENCE_RULES: Rule[] = [
  { kind: 'share-follow', maxWords: 20, re: /^(?:follow|join|like)\s+(?:us|@\w+|our\b|[\p{Lu}][\w'.]*'s?\s+(?:live|telegram|channel|page|feed))|^(?:click|tap) here\b|^download (?:our|the) app\b/iu },
  { kind: 'newsletter', maxWords: 20, re: /^(?:sign up|subscribe)\b/i },
  { kind: 'read-also', maxWords: 25, re: /^(?:read|see) (?:also|more)\s*:/i },
  { kind: 'editorial-note', maxWords: 25, re: /^this is a breaking news update\b|\b(?:earlier|previous) (?:story|version) follows below\b/i },
  { kind: 'copyright', maxWords: 25, re: /^(?:©|\(c\)|copyright\b)|^all rights reserved\.?$/i },
  // A dateline standing as a sentence of its own: "BEIJING, May 16. /TASS/."
  { kind: 'dateline', maxWords: 8, re: /^\p{Lu}[\p{Lu} .'-]{2,},?\s*(?:\p{Lu}\p{Ll}+\.?\s+\d{1,2}\s*[.,]?)?\s*[/(]\s*\p{Lu}[\p{L} -]+\s*[/)]\.?$/u },
];

/** A line that is only a date and time stamp: "May 15, 2024 | 8:10 PM", "Wednesday, April 16, 2025", "2017-05-09T17:20:00+05:00". */
export const TIMESTAMP = new RegExp(`^(?:(?:mon|tue|wed|thu|fri|sat|sun)\\w*,?\\s*)?${DATE}(?:(?:\\s*(?:[|,\\-\u00B7]|at)?\\s*|T)${TIME}(?:[+-]\\d{2}:?\\d{2}|Z)?)?$`, 'i');

/** A date stamp in front of a line ("date 2023-10-13 Man arrested …"): the stamp is a dateline, the rest is read on. */
export const LEADING_STAMP = new RegExp(`^(?:date|dated|published|posted|updated)\\s*:?\\s*${DATE}(?:[T ]${TIME})?(?=\\s)`, 'i');

/** Headings that close an article: what follows them on a page is the page's tail (next story, comments, menus). */
export const END_MARKER = /^(?:share(?: (?:this|the \w+|on|via|article|story|post))?|related(?: (?:news|articles?|stories|posts|topics|coverage|content|links))?|you (?:may|might) (?:also )?like|more (?:stories|news|articles|from \w[\w ]*|on this story)|check also|most (?:read|popular|viewed|shared)|top stories|trending(?: now| stories| news)?|latest (?:news|articles?|stories)|recent (?:posts|comments)|leave a (?:reply|comment)|comments?(?:\s*\(\d+\))?|\d+ (?:comments?|responses?|replies)|no comments|comments are (?:closed|disabled)|post a comment)\s*:?$/i;

// Words that every sentence rule needs (or capitals for a shouted note): a line without them has no glued prompt.
const PROMPT_STARTS = new Set(['follow', 'join', 'like', 'click', 'tap', 'download', 'sign', 'subscribe', 'read', 'see', 'this']);

/** Cheap test (one character scan) for what a sentence rule could match in a line: a sentence that starts with a
 * prompt's word, capitals in a row (a shouted note, a dateline), or a copyright or "earlier story" phrase. */
export function mayHoldPrompt(s: string): boolean {
  let sentenceStart = true;
  let wordStart = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0xA9) return true; // ©
    const letter = (c | 32) >= 97 && (c | 32) <= 122;
    if (letter && wordStart) {
      let k = i + 1;
      let caps = c >= 65 && c <= 90 ? 1 : 0;
      for (; k < s.length && (s.charCodeAt(k) | 32) >= 97 && (s.charCodeAt(k) | 32) <= 122; k++) if (s.charCodeAt(k) <= 90) caps++;
      // A word of three or more capitals before a space, slash or bracket: a shouted note, a dateline, an agency tag.
      if (caps === k - i && caps >= 3 && (s[k] === ' ' || s[k] === '/' || s[k] === ')')) return true;
      const first = c | 32;
      // Only words that can start a prompt or a phrase are read (c, a, e, p and the prompt starts' first letters).
      if (k - i <= 9 && (sentenceStart || first === 99 || first === 97 || first === 101 || first === 112)) {
        const w = s.slice(i, k).toLowerCase();
        if (sentenceStart && PROMPT_STARTS.has(w)) return true;
        if (w === 'copyright' || (w === 'c' && s[i - 1] === '(' && s[k] === ')')) return true;
        if ((w === 'all' && /^ rights/i.test(s.slice(k, k + 7))) || ((w === 'earlier' || w === 'previous') && /^ (?:story|version)/i.test(s.slice(k, k + 8)))) return true;
      }
      sentenceStart = false;
      i = k - 1;
      wordStart = false;
      continue;
    }
    wordStart = !letter;
    if (c === 46 || c === 33 || c === 63) sentenceStart = true;
  }
  return false;
}

export function wordsOf(s: string): string[] {
  return s.match(/[\p{L}\p{N}][\p{L}\p{N}'\u2019.&-]*/gu) ?? [];
}

/** Rough word count (white-space separated), cheap enough to run on every line first. */
export function roughWords(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const space = s.charCodeAt(i) <= 32;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

const LONGEST_RULE = 60;

// What a line needs for any rule of LINE_RULES to match it: a first word that an anchored alternative starts with, or
// one of the words an unanchored alternative holds. One look-up and a few substring searches spare the rules' regular
// expressions on most lines (they cost the most of noise detection on a paragraph). Keep in step with LINE_RULES.
const FIRST_WORDS = new Set(`read see watch listen also related more recommended further view continue full click you top most trending popular
latest recent check in don't dont must editor's editors what around from sponsored comments comment no please name email e-mail website poll vote
cast total voting loading sign log keep follow like join find share tweet print copy whatsapp facebook twitter linkedin advertisement
advertisment advertising advert ad ads promoted paid story scroll article copyright this breaking correction clarification update updated
developing details topic topics tag tags filed categories category section search menu close skip left photo photos image images picture
pictures video videos graphic graphics pic pics by written reported reporting additional edited compiled writing produced words with source
sources credit credits senior chief staff political crime local reporter correspondent journalist writer editor for published posted last
created`.split(/\s+/));
const KEYWORDS = ['leave a', 'email address', 'required fields', 'comment', 'join the', 'sign up', 'subscri', 'newsletter', 'inbox', 'live ',
  'follow us', 'telegram', 'twitter', 'facebook', 'instagram', 'whatsapp', 'tiktok', 'youtube', 'linkedin', 'click here', 'download', 'bloggers',
  'rights reserved', 'may not be', 'audio', 'voice', 'narrat', 'generated', 'transcribed', 'edited by', 'earlier', 'previous', 'updated',
  'amended', 'corrected', 'developing', 'first appeared', 'photo', 'image', 'picture', 'pic', 'getty', 'reported from', 'reached at',
  'get in touch', 'got a story', ' ago'];
/** The same, as single words (lower case) that a line's word scan can look up (features.ts): one word of each phrase. */
export const RULE_KEYWORDS = new Set(`leave email required comment comments join sign subscribe subscribed subscriber subscribers subscription
subscribing newsletter newsletters inbox live follow telegram twitter facebook instagram whatsapp tiktok youtube linkedin click download
downloads bloggers reserved may audio voice narrated narration narrator auto-generated generated transcribed edited earlier previous updated
amended corrected developing appeared photo photos image images picture pictures pic pics getty reported reached touch got ago`.split(/\s+/));

// Past 40 words only the caption rule applies (maxWords 60): a credit at the end, or "Getty Images".
const CAPTION_WORDS = /photo|image|picture|\bpics?\b|getty/i;

/** Whether any phrase rule could match the line (see FIRST_WORDS). `keywordHit`: the line's word scan found a word of
 * RULE_KEYWORDS (given by the classifier, which has scanned the words already). */
function mayMatchRule(s: string, rough: number, keywordHit?: boolean): boolean {
  if (rough <= 8) return true;
  const last = s[s.length - 1];
  if (last === ')' || last === ':') return true;
  const c = s.charCodeAt(0);
  if (!((c | 32) >= 97 && (c | 32) <= 122)) return true;
  let e = 0;
  while (e < s.length && e < 20 && s[e] !== ' ' && s[e] !== ':' && s[e] !== ',') e++;
  if (FIRST_WORDS.has(s.slice(0, e).toLowerCase().replace(/[\u2019]/g, "'"))) return true;
  if (rough > 40) return CAPTION_WORDS.test(s.slice(-80)) || /getty/i.test(s);
  if (keywordHit !== undefined) return keywordHit;
  const lower = s.toLowerCase();
  for (const k of KEYWORDS) if (lower.includes(k)) return true;
  return false;
}

/** The kind of the first rule that matches the line, or null. */
export function ruleKind(rules: Rule[], s: string, words?: number, keywordHit?: boolean): NoiseKind | null {
  const rough = words ?? roughWords(s);
  if (rough > LONGEST_RULE + 10) return null;
  if (rules === LINE_RULES && !mayMatchRule(s, rough, keywordHit)) return null;
  const folded = foldPunctuation(s);
  for (const r of rules) if (rough <= r.maxWords && r.re.test(folded)) return r.kind;
  return null;
}

const SMALL_WORDS = new Set(['and', 'of', 'the', 'for', 'in', 'on', 'at', 'to', 'a', 'an', '&', 'de', 'la', 'le', 'von', 'van', 'der', 'al']);

/** A short line of capitalised words with no sentence punctuation: a credit, outlet name, tag list or teaser title. */
export function isTitleCaseLine(s: string, maxWords: number): boolean {
  if (/[.!?:"\u201D]$/.test(s)) return false;
  const ws = wordsOf(s).filter((w) => !/^\d/.test(w));
  if (ws.length === 0 || ws.length > maxWords) return false;
  return ws.every((w) => /^[\p{Lu}\p{Lt}]/u.test(w) || SMALL_WORDS.has(w.toLowerCase())) && /^[\p{Lu}]/u.test(ws[0]);
}

/** An all-capitals sentence of several words: an editorial note ("THIS IS A BREAKING NEWS UPDATE."). */
export function isShouting(s: string): boolean {
  // One scan first: shouted text has few lower-case letters (most news lines have capitals, and far more lower case).
  let upper = 0;
  let lower = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 65 && c <= 90) upper++;
    else if (c >= 97 && c <= 122) lower++;
  }
  // Fewer capitals than four shouted words have (text in other scripts, without Latin letters, goes on).
  if ((upper < 8 && upper + lower > 0) || lower > upper) return false;
  const ws = wordsOf(s).filter((w) => /\p{L}/u.test(w));
  if (ws.length < 4) return false;
  const caps = ws.filter((w) => w === w.toUpperCase()).length;
  return caps / ws.length >= 0.8;
}

/** A navigation strip or breadcrumb: several short items separated by pipes, bullets or arrows. */
export function isNavStrip(s: string): boolean {
  if (!/[|\u2022\u00B7\u00BB\u203A>]/.test(s)) return false;
  const parts = s.split(/\s*(?:\s[|\u2022\u00B7]\s|\||>>|\u00BB|\u203A|\s>\s)\s*/);
  return parts.length >= 3 && parts.every((p) => wordsOf(p).length <= 6);
}

// Kinds of prompts that can be glued into a paragraph as a sentence; a caption, a byline or a comment form is the
// whole line.
const GLUED_KINDS = new Set<NoiseKind>(['share-follow', 'newsletter', 'read-also', 'editorial-note', 'copyright', 'audio-ai-notice']);

/** A line of several sentences that a phrase rule matches only in some of them (a prompt glued to prose). */
export function isMixed(s: string, words: number, kind: NoiseKind): boolean {
  if (words < 6 || !GLUED_KINDS.has(kind) || !/[.!?]\s*\S/.test(s)) return false;
  const sentences = splitSentences(s, 0, s.length);
  return sentences.length > 1 && sentences.some((x) => !sentenceKind(x.text));
}

/** The kind of a sentence by the phrase rules for sentences (and for lines, in a line that mixes prose and prompts). */
export function sentenceKind(s: string, mixed = true): NoiseKind | null {
  return ruleKind(SENTENCE_RULES, s) ?? (mixed ? ruleKind(LINE_RULES, s) : null) ??
    (!/\p{Ll}/u.test(s.slice(0, 12)) && isShouting(s) && /[.!]$/.test(s) && wordsOf(s).length <= 30 ? 'editorial-note' : null);
}
