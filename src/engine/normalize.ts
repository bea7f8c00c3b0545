// Text normalisation shared by indexing and scoring: case, quote and dash variants, British/American
// spelling, and the Porter2 stemmer (wink-porter2-stemmer), so that outlets reporting the same words match.
import porter2 from 'wink-porter2-stemmer';

const QUOTE_FOLD: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u201B': "'", '\u2032': "'", '`': "'",
  '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u201F': '"', '\u2033': '"', '\u00AB': '"', '\u00BB': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-',
  '\u00A0': ' ', '\u2009': ' ', '\u202F': ' ', '\u2026': '...',
};

/** The characters QUOTE_FOLD maps. */
const FOLDED = new RegExp(`[${Object.keys(QUOTE_FOLD).join('')}]`, 'g');

/** Like foldPunctuation, but one character for one, so offsets stay valid (an ellipsis becomes '.'). */
export function foldSameLength(text: string): string {
  return text.replace(FOLDED, (c) => (c === '\u2026' ? '.' : QUOTE_FOLD[c] ?? c));
}

/** Folds curly quotes, dashes, non-breaking spaces and ellipses to ASCII. Length may change. */
export function foldPunctuation(text: string): string {
  return text.replace(FOLDED, (c) => QUOTE_FOLD[c] ?? c);
}

// Whole-word British spellings whose American form is not produced by the suffix rules below.
const BRITISH_WORDS: Record<string, string> = {
  defence: 'defense', offence: 'offense', licence: 'license', pretence: 'pretense',
  travelling: 'traveling', travelled: 'traveled', traveller: 'traveler', cancelled: 'canceled', cancelling: 'canceling',
  labelled: 'labeled', modelling: 'modeling', fuelled: 'fueled', counselling: 'counseling',
  programme: 'program', programmes: 'programs', catalogue: 'catalog', dialogue: 'dialog', analogue: 'analog',
  grey: 'gray', tyre: 'tire', tyres: 'tires', kerb: 'curb', cheque: 'check', jewellery: 'jewelry',
  aluminium: 'aluminum', mum: 'mom', whilst: 'while', amongst: 'among', towards: 'toward', learnt: 'learned',
  centre: 'center', centres: 'centers', theatre: 'theater', metre: 'meter', metres: 'meters', litre: 'liter',
  fibre: 'fiber', calibre: 'caliber', manoeuvre: 'maneuver', manoeuvred: 'maneuvered', manoeuvres: 'maneuvers',
  sceptical: 'skeptical', ageing: 'aging', judgement: 'judgment', enrol: 'enroll', fulfil: 'fulfill',
};

// -our words (honour, neighbour, labour…); a list, because "four", "hour", "your" must stay.
const OUR_STEMS = ['honour', 'neighbour', 'labour', 'colour', 'favour', 'behaviour', 'harbour', 'rumour', 'vigour',
  'humour', 'armour', 'endeavour', 'flavour', 'savour', 'parlour', 'valour', 'splendour', 'candour', 'fervour'];

// Words spelled -ise on both sides of the Atlantic (and short words that merely end in -ise).
const ISE_BOTH = new Set(`advise advertise arise chastise circumcise comprise compromise concise demise despise devise disguise
enterprise excise exercise expertise franchise guise improvise incise likewise merchandise noise otherwise paradise poise praise
precise premise promise raise reprise revise rise supervise surmise surprise televise treatise turquoise wise bruise cruise
porpoise tortoise clockwise vise mise anise`.split(/\s+/));

/** Maps a lower-case British spelling to its American form (honour→honor, recognised→recognized). */
export function americanize(word: string): string {
  const direct = BRITISH_WORDS[word];
  if (direct) return direct;
  for (const s of OUR_STEMS) {
    if (word.startsWith(s)) return s.slice(0, -2) + 'r' + word.slice(s.length);
  }
  // -ise/-isation/-yse families (recognise, organisation, analyse); words that are -ise in both spellings stay.
  const m = /^(.{2,}?)(is|ys)(e|es|ed|ing|er|ers|ation|ations)$/.exec(word);
  if (m && !ISE_BOTH.has(m[1] + m[2] + 'e')) return m[1] + (m[2] === 'is' ? 'iz' : 'yz') + m[3];
  return word;
}

/** The Porter2 (Snowball English) stem of a lower-case word; numbers and words of one or two letters stay. */
export function stem(word: string): string {
  if (word.length <= 2 || /\d/.test(word)) return word;
  return porter2(word);
}

/** Words that carry no checkable content. */
export const STOPWORDS = new Set(`a an the and or but nor so yet for of to in on at by with from into onto over under about above below
after before since until while as than then that this these those there here it its it's he him his she her hers they them their theirs
we us our ours you your yours i me my mine who whom whose which what when where why how is are was were be been being am do does did
doing done have has had having will would shall should can could may might must also too very just only not no nor any all both each
few more most other some such own same again further once up down out off new said says say told according
one's itself himself herself themselves ourselves yourself s t don't isn't wasn't aren't weren't won't wouldn't couldn't shouldn't
mr mrs ms dr`.split(/\s+/));

/** Lower-cases, folds punctuation variants and strips Markdown emphasis and link targets. */
export function normalizeText(text: string): string {
  const folded = foldPunctuation(text);
  // Most text has no Markdown syntax at all: skip the two replacements then.
  if (!/[[*_~`#>]/.test(folded)) return folded.toLowerCase();
  return folded
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_~`#>]+/g, ' ')
    .toLowerCase();
}

const WORD_RE = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|[\p{L}\p{N}]+(?:['.\-][\p{L}\p{N}]+)*/gu;

/** Raw lower-case word tokens of a text (after folding), keeping hyphenated and dotted words together. */
export function words(text: string): string[] {
  return normalizeText(text).match(WORD_RE) ?? [];
}

/** Splits a raw word into parts for matching ("two-day" → "two", "day"; "u.s." → "us"). */
function wordParts(word: string): string[] {
  if (/^(?:[a-z]\.)+[a-z]?$/.test(word)) return [word.replace(/\./g, '')];
  if (/^[\d,.]+$/.test(word)) return [word.replace(/,/g, '')];
  return word.split(/[-.]/).filter(Boolean);
}

/** Normalised term for one lower-case word: possessive dropped, American spelling, stemmed. */
export function termOf(word: string): string {
  const w = word.replace(/'s$/, '').replace(/'/g, '');
  return stem(americanize(w));
}

// Terms of each distinct raw word, computed once: news text repeats the same words constantly
// and normalising a word (spelling, stemming) costs far more than a map look-up.
const CONTENT_TERMS_OF_WORD = new Map<string, readonly string[]>();

function contentTermsOfWord(raw: string): readonly string[] {
  let hit = CONTENT_TERMS_OF_WORD.get(raw);
  if (!hit) {
    const out: string[] = [];
    const w = foldPunctuation(raw).toLowerCase();
    for (const p of wordParts(w)) {
      const bare = p.replace(/'s$/, '');
      if (STOPWORDS.has(bare) || bare.length === 0) continue;
      const term = termOf(bare);
      out.push(term);
    }
    hit = out;
    if (CONTENT_TERMS_OF_WORD.size > 200000) CONTENT_TERMS_OF_WORD.clear();
    CONTENT_TERMS_OF_WORD.set(raw, hit);
  }
  return hit;
}

/** Content terms of a text: stemmed, American-spelled, stop words dropped. Order kept, duplicates kept. */
// Words as written, curly apostrophes and dashes included: each distinct form is folded once, in the cache.
const RAW_WORD_RE = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|[\p{L}\p{N}]+(?:['\u2019.\-\u2010\u2011][\p{L}\p{N}]+)*/gu;

export function contentTerms(text: string): string[] {
  const out: string[] = [];
  // Markdown needs its link targets and emphasis taken out first; plain text goes word by word.
  const raw = /[[*_~`#>]/.test(text) ? words(text) : text.match(RAW_WORD_RE) ?? [];
  for (const w of raw) for (const t of contentTermsOfWord(w)) out.push(t);
  return out;
}

/** All terms of a text including stop words (for quote comparison, where every word counts). */
export function allTerms(text: string): string[] {
  const out: string[] = [];
  for (const w of words(text)) for (const p of wordParts(w)) out.push(termOf(p.replace(/'s$/, '')));
  return out;
}
