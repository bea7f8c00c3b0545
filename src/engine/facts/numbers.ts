// Numbers, quantities and years in text, and the rules for when two of them agree:
// "more than 40 times" agrees with "42 times", "almost 8,000" with "8,000"; "70 years" and "75 years" do not.
import { contentTerms, foldPunctuation, foldSameLength, stem, STOPWORDS } from '../normalize';
import { NumberFact } from '../types';

const SMALL: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  hundred: 100, dozen: 12, half: 0.5, single: 1, double: 2, triple: 3, couple: 2,
};
const ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, twentieth: 20, thirtieth: 30, fiftieth: 50, hundredth: 100,
};
// Scale words, the Indian lakh (100,000) and crore (10 million) among them.
const SCALE: Record<string, number> = { thousand: 1e3, k: 1e3, million: 1e6, m: 1e6, mn: 1e6, billion: 1e9, bn: 1e9, b: 1e9, trillion: 1e12, tn: 1e12, lakh: 1e5, lakhs: 1e5, crore: 1e7, crores: 1e7 };

// Vague quantities and the ranges they stand for.
const VAGUE: [RegExp, number, number][] = [
  [/^tens of thousands$/, 1e4, 1e5 - 1],
  [/^hundreds of thousands$/, 1e5, 1e6 - 1],
  [/^thousands$/, 1e3, 1e5],
  [/^hundreds$/, 100, 1e3],
  [/^dozens$/, 24, 150],
  [/^millions$/, 1e6, 1e9],
  [/^billions$/, 1e9, 1e12],
  [/^(?:a few|few)$/, 2, 6],
  [/^several$/, 3, 9],
  [/^(?:many|numerous)$/, 5, 1e9],
];

const QUALIFIERS: [RegExp, NumberFact['qualifier']][] = [
  [/\b(?:almost|nearly|close to|just under|approaching|up to|as many as|no more than|at most|a maximum of)\s*$/, 'at-most'],
  [/\b(?:more than|over|above|exceeding|in excess of|upwards of|greater than)\s*$/, 'more-than'],
  [/\b(?:at least|a minimum of|no fewer than|no less than)\s*$/, 'at-least'],
  [/\b(?:less than|fewer than|under|below)\s*$/, 'less-than'],
  [/\b(?:about|around|some|approximately|roughly|an estimated|estimated|circa|c\.|about|nearly)\s*$/, 'about'],
];

const UNIT_ALIASES: Record<string, string> = {
  person: 'people', peopl: 'people', yr: 'year', kilometr: 'km', kilometer: 'km', kilometre: 'km', mile: 'mile',
  percent: '%', 'per cent': '%', pct: '%', dollar: '$', usd: '$', euro: '€', eur: '€', pound: '£', gbp: '£', hr: 'hour',
  rupee: '₹', rs: '₹', inr: '₹', '₹': '₹',
  centurie: 'century', aged: 'year-old',
};

/** A number with where it stands in the text. */
export interface LocatedNumber extends NumberFact {
  start: number;
  end: number;
}

/** An age belongs to a person: "71-year-old Putin" and "Xi, who is 70" are about different people. */
export interface AgeFact extends NumberFact {
  of?: string;
  /** Content terms around the number (three words before, four after): what it counts. */
  context?: string[];
}

/** Content terms in a window around [start, end) of the text. */
function contextOf(t: string, start: number, end: number): string[] {
  const before = contentTerms(t.slice(Math.max(0, start - 40), start)).slice(-3);
  const after = contentTerms(t.slice(end, end + 50)).slice(0, 4);
  return [...before, ...after];
}

const AGE_BEFORE = /\b(?:who is|who was|who turns|who turned|aged|age)\s+$/i;

/** The person an age is about: the name just after "71-year-old", or just before ", who is 70". */
function ageSubject(t: string, start: number, end: number): string | undefined {
  const after = /^[\w-]*\s+((?:\p{Lu}[\p{L}'-]+\s+)*\p{Lu}[\p{L}'-]+)/u.exec(t.slice(end));
  if (/^-?\s*-?years?-old/i.test(t.slice(end)) && after) return after[1].split(/\s+/).pop()!.toLowerCase();
  const before = /(\p{Lu}[\p{L}'-]+)\s*[,(]?\s*(?:who (?:is|was|turns|turned)|is|was|aged|age)?\s*$/u.exec(t.slice(Math.max(0, start - 60), start));
  return before ? before[1].toLowerCase() : undefined;
}

function parseNumber(raw: string): number {
  return Number(raw.replace(/[,\s]/g, ''));
}

/** A plural noun in the singular, for display and comparison ("villages" → "village", "times" → "time"). */
function singular(w: string): string {
  if (w.length <= 3 || w.endsWith('ss') || w.endsWith('us') || w.endsWith('is')) return w;
  if (w.endsWith('ies')) return w.slice(0, -3) + 'y';
  if (/(?:ches|shes|xes|sses)$/.test(w)) return w.slice(0, -2);
  return w.endsWith('s') ? w.slice(0, -1) : w;
}

function unitOf(after: string): string {
  // The unit is the first word after the number ("people", "times", "km").
  if (/^[%$€£]$/.test(after)) return after;
  if (/^\s*(?:-\s*)?years?(?:-|\s+)old\b/i.test(after)) return 'year-old';
  const m = /^\s*(?:-\s*)?([%$€£]|[\p{L}]+(?:-[\p{L}]+)?)/u.exec(after);
  if (!m) return '';
  let w = m[1].toLowerCase();
  if (w === 'per' && /^\s*per cent/i.test(after)) w = 'percent';
  if (w.endsWith('-old')) return 'year-old';
  if (w.includes('-')) w = w.split('-')[0];
  if (STOPWORDS.has(w)) return '';
  const one = singular(w);
  return UNIT_ALIASES[one] ?? UNIT_ALIASES[stem(w)] ?? one;
}

/** The qualifier words just before a number ("almost", "more than") and their length in characters. */
function qualifierOf(before: string): { qualifier: NumberFact['qualifier']; length: number } {
  const b = before.toLowerCase();
  for (const [re, q] of QUALIFIERS) {
    const m = re.exec(b);
    if (m) return { qualifier: q, length: m[0].length };
  }
  return { qualifier: 'exact', length: 0 };
}

const YEAR_RE = /^(?:1[6-9]\d\d|20\d\d)$/;
/** Words that name, before a number, what the number measures or counts in: "magnitude 6.8", "Rs 615", "No. 3". */
const LABEL_BEFORE = /\b(magnitude|category|level|grade|flight|route|no\.|number|article|section|chapter|game|round|stage|phase|season|rs\.?|inr)[\s-]*$/i;

/** Finds numbers with qualifier and unit; years (1600–2099 written as four digits) are left to yearsIn(). */
export function numbersIn(text: string): LocatedNumber[] {
  const t = foldSameLength(text);
  const out: LocatedNumber[] = [];
  // The span of a number takes in its qualifier, so that notes quote it as written ("almost 8,000").
  const push = (start: number, end: number, value: number, q: { qualifier: NumberFact['qualifier']; length: number }, unitText: string, ordinal = false) => {
    let unit = (ordinal ? 'ordinal ' : '') + unitOf(unitText);
    if (!ordinal && (unit === '' || unit === 'year') && AGE_BEFORE.test(t.slice(Math.max(0, start - 20), start))) unit = 'year-old';
    const from = start - q.length;
    if (!Number.isFinite(value)) return;
    // The fact's text is the quantity as written, with its qualifier and unit: "almost 8,000 people", "four-day".
    let to = end;
    if (unit && unit !== '$' && unit !== '€' && unit !== '£' && unit !== '%') {
      const w = /^(?:\s*-\s*|\s+|-)?[\p{L}]+(?:-[\p{L}]+)*/u.exec(t.slice(end));
      if (w && !/^\s*(?:of)\b/i.test(w[0])) to = end + w[0].length;
    }
    const n: LocatedNumber & AgeFact = { text: text.slice(from, to), value, qualifier: q.qualifier, unit, start: from, end: to };
    if (unit === 'year-old') n.of = ageSubject(t, start, end);
    n.context = contextOf(t, from, to);
    out.push(n);
  };
  const VAGUE_RE = /\b(tens of thousands|hundreds of thousands|thousands|hundreds|dozens|millions|billions|a few|several)\b(?:\s+of)?/gi;
  let m: RegExpExecArray | null;
  while ((m = VAGUE_RE.exec(t))) {
    const key = m[1].toLowerCase();
    const v = VAGUE.find(([re]) => re.test(key));
    if (!v) continue;
    const start = m.index;
    const end = start + m[1].length;
    const n: LocatedNumber = { text: text.slice(start, end), value: v[1], qualifier: 'vague', unit: unitOf(t.slice(start + m[0].length)), start, end };
    (n as LocatedNumber & { max?: number }).max = v[2];
    out.push(n);
  }
  // Digits, with currency, scale and percent: "$1.5 million", "8,000", "1,000km", "2-year-old", "75th".
  // Tokenised copy spaces the punctuation inside numbers ("235 , 000", "98 . 7", "$ 10"); read them whole.
  const DIGITS = /(?<![\w.,:$])((?:US|A|C|NZ|HK|S)?[$€£]\s?)?(\d{1,3}(?:(?:,| ,|, (?=000\b)| , )\d{3})+|\d+(?:(?:\.| \. )\d+)?)(st|nd|rd|th)?(?:\s?(million|billion|trillion|thousand|bn|mn|tn|lakhs?|crores?)\b|(?<=\d)([mkb])\b)?(\s?(?:%|percent|per cent))?/gi;
  while ((m = DIGITS.exec(t))) {
    const raw = m[2];
    const end = m.index + m[0].length;
    // Groups: 1 currency, 2 digits, 3 ordinal suffix, 4 scale word, 5 scale letter ("$165m"), 6 percent.
    const scale = m[4] ?? m[5];
    if (YEAR_RE.test(raw) && !m[1] && !m[3] && !scale && !m[6] && !/^\s*-?\s*(?:people|troops|soldiers|km|miles|times|years|days)/i.test(t.slice(end))) continue;
    if (/^\s*[:.]\d/.test(t.slice(end))) continue; // a clock time or a version
    let value = parseNumber(raw);
    if (scale) value *= SCALE[scale.toLowerCase()] ?? 1;
    // A label before the number names what it measures ("magnitude-4.9", "Rs 615 crore", "flight 370").
    const label = LABEL_BEFORE.exec(t.slice(Math.max(0, m.index - 16), m.index));
    const labelUnit = label ? label[1].toLowerCase().replace(/\.$/, '') : '';
    const unit = m[1] ? m[1].trim().replace(/^[A-Z]+/, '') : m[6] ? '%' : label ? UNIT_ALIASES[labelUnit] ?? labelUnit : t.slice(end);
    if (label && !m[1] && !m[6]) {
      const n0 = out.length;
      push(m.index, end, value, qualifierOf(t.slice(Math.max(0, m.index - 30 - label[0].length), m.index - label[0].length)), '', !!m[3]);
      if (out.length > n0) out[out.length - 1].unit = unit;
      continue;
    }
    push(m.index, end, value, qualifierOf(t.slice(Math.max(0, m.index - 30), m.index)), unit, !!m[3]);
  }
  // Number words: "two-day", "four days", "fifth term", "forty times", "a dozen".
  const WORDS = /\b(zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozen|half|couple|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|twentieth|thirtieth|fiftieth|hundredth)(?:[-\s](one|two|three|four|five|six|seven|eight|nine))?(?:\s(hundred|thousand|million|billion))?\b/gi;
  while ((m = WORDS.exec(t))) {
    const w = m[1].toLowerCase();
    const before = t.slice(Math.max(0, m.index - 30), m.index);
    if (w === 'one' && !/^[\s-]*(?:day|week|month|year|hour|minute|time|person|people|of the)\b/i.test(t.slice(m.index + m[0].length))) continue;
    if (w === 'second' && /^\s*(?:world war|largest|biggest|time)\b/i.test(t.slice(m.index + m[0].length))) continue;
    if (w === 'half' && !/\ba\s*$/i.test(before)) continue;
    const ordinal = w in ORDINALS;
    // "first declared", "second visit"…: an ordinal before a verb or adverb is not a count.
    if (ordinal && /^\s+\w+(?:ed|ly)\b/i.test(t.slice(m.index + m[0].length))) continue;
    let value = ordinal ? ORDINALS[w] : SMALL[w];
    if (m[2]) value += SMALL[m[2].toLowerCase()] ?? 0;
    if (m[3]) value *= SCALE[m[3].toLowerCase()] ?? 100;
    const end = m.index + m[0].length;
    const after = t.slice(end);
    push(m.index, end, value, qualifierOf(before), after, ordinal);
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Four-digit years mentioned in the text ("in 2022", "February 2023"). */
export function yearsIn(text: string): number[] {
  const out: number[] = [];
  const re = /(?<![\w.,$€£-])(1[6-9]\d\d|20\d\d)(?!\w|,\d|\.\d|-\d)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const after = text.slice(m.index + 4, m.index + 20);
    if (/^\s*-?\s*(?:people|troops|soldiers|km|miles|times|years|days)\b/i.test(after)) continue;
    out.push(Number(m[1]));
  }
  return out;
}

/** Month and weekday names, lower case: dates here, and neither names nor content words elsewhere. */
export const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
export const WEEKDAY_NAMES = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

const MONTHS = MONTH_NAMES.join('|');
const DATE_RE = new RegExp(`\\b(?:(?:${MONTHS})\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:${MONTHS})(?:\\s+\\d{4})?|(?:${MONTHS})(?:\\s+(?:of\\s+)?\\d{4})?|(?:${WEEKDAY_NAMES.join('|')})|(?:1[6-9]\\d\\d|20\\d\\d))\\b`, 'gi');

/** Dates and years as written, normalised to lower case ("february 2022", "thursday", "2024"). */
export function datesIn(text: string): string[] {
  const t = foldPunctuation(text);
  const out: string[] = [];
  let m: RegExpExecArray | null;
  DATE_RE.lastIndex = 0;
  while ((m = DATE_RE.exec(t))) {
    const d = m[0].toLowerCase().replace(/\s+/g, ' ');
    if (d === 'may' && !/^\s+\d/.test(t.slice(m.index + 3)) && !/\b(?:in|of|since|until|by|early|late|mid)\s*$/i.test(t.slice(0, m.index))) continue;
    if (!out.includes(d)) out.push(d);
  }
  return out;
}

/** The range of values a number stands for, given its qualifier. */
export function rangeOf(n: NumberFact): [number, number] {
  const v = n.value;
  const max = (n as NumberFact & { max?: number }).max;
  switch (n.qualifier) {
    case 'vague': return [v, max ?? v * 10];
    case 'at-most': return [v * 0.85, v];
    case 'less-than': return [v * 0.7, v];
    case 'more-than': return [v, v * 1.3];
    case 'at-least': return [v, v * 1.3];
    case 'about': return [v * 0.85, v * 1.15];
    default: return [v, v];
  }
}

/** Decimal places a number is written with ("60.41%" → 2, "$1.8 billion" → 1 of the billions). */
function precisionOf(n: NumberFact): number {
  const m = /\d+(?:\.(\d+))?/.exec(n.text.replace(/,/g, ''));
  return m?.[1]?.length ?? 0;
}

/** One figure is the other rounded: "60%" and "60.41%", "$1.8 billion" and "$1.75 billion". */
function sameRounded(a: NumberFact, b: NumberFact): boolean {
  const [coarse, fine] = precisionOf(a) <= precisionOf(b) ? [a, b] : [b, a];
  const digits = precisionOf(coarse);
  const scale = coarse.value / Number((/\d+(?:\.\d+)?/.exec(coarse.text.replace(/,/g, ''))?.[0]) ?? coarse.value) || 1;
  const round = (v: number) => Math.round((v / scale) * 10 ** digits + 1e-9) / 10 ** digits;
  return precisionOf(fine) > digits && round(fine.value) === round(coarse.value);
}

/** True when two numbers of the same unit can both be right ("more than 40" and "42"). */
export function compatible(a: NumberFact, b: NumberFact): boolean {
  if (a.qualifier === b.qualifier && a.qualifier !== 'vague') return Math.abs(a.value - b.value) <= 1e-9 * Math.max(1, Math.abs(a.value)) || sameRounded(a, b);
  const [a0, a1] = rangeOf(a);
  const [b0, b1] = rangeOf(b);
  const eps = 1e-9;
  // Open bounds: "more than 40" excludes 40 itself, "almost 8,000" allows it (close enough to round).
  const lo = Math.max(a0, b0);
  const hi = Math.min(a1, b1);
  if (hi < lo - eps) return false;
  if (hi - lo <= eps) {
    // Touching at one point: fine unless a strict bound sits there.
    const strictAt = (n: NumberFact, x: number) => (n.qualifier === 'more-than' && Math.abs(x - n.value) <= eps) || (n.qualifier === 'less-than' && Math.abs(x - n.value) <= eps);
    return !strictAt(a, lo) && !strictAt(b, lo);
  }
  return true;
}
