// Facts of a claim: named entities (compromise, per paragraph, cached), numbers, dates and quotes.
import nlp from 'compromise';
import { isCommonWord } from '../lexicon';
import { foldPunctuation, STOPWORDS } from '../normalize';
import { datesIn, MONTH_NAMES, numbersIn, WEEKDAY_NAMES } from './numbers';
import { quoteFacts } from './quotes';
import { Facts, NumberFact } from '../types';

const CALENDAR = new RegExp(`^(?:${[...WEEKDAY_NAMES, ...MONTH_NAMES].join('|')})$`, 'i');
const LEADING = /^(?:the|a|an|in|on|at|by|for|with|from|as|but|and|or|it|this|that|these|those|he|she|they|we|i|when|while|after|before|since|during|despite|although|though|if|so|yet|still|also|both|all|some|many|most|its|his|her|their|our|presidential|ahead|along|according|speaking|china's|russia's)$/i;

function clean(entity: string): string {
  return foldPunctuation(entity).replace(/'s\b/g, '').replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '').trim();
}

/** Runs of capitalised words that are not just a sentence's first word ("Soviet Union", "Yuri Ushakov"). */
export function capitalisedRuns(text: string): string[] {
  const out: string[] = [];
  const re = /(?:[\p{Lu}][\p{L}'\u2019-]*\.?)(?:(?:\s+(?:of|de|for)(?:\s+the)?)?\s+[\p{Lu}][\p{L}'\u2019-]*)*/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    let run = m[0].trim();
    const before = text.slice(0, m.index);
    const sentenceStart = /(?:^|[.!?:\u201C"]\s*|\n\s*)$/.test(before);
    const words = run.split(/\s+/);
    if (sentenceStart && LEADING.test(words[0].replace(/[\u2019']s$/, "'s"))) {
      words.shift();
      run = words.join(' ');
    }
    if (!run) continue;
    // A lone capitalised word that opens a sentence is a name only when it is no common word ("Modi thanked …").
    if (words.length === 1 && ((sentenceStart && (isCommonWord(run.toLowerCase().replace(/[\u2019']s$/, '')) || STOPWORDS.has(run.toLowerCase()))) || CALENDAR.test(run) || LEADING.test(run))) continue;
    if (words.every((w) => CALENDAR.test(w))) continue;
    out.push(run);
  }
  return out;
}

/** Extracts named entities from text with compromise (people, places, organisations) and capitalised runs. */
export function entitiesIn(text: string): string[] {
  const doc = nlp(text);
  const found = [...doc.people().out('array'), ...doc.places().out('array'), ...doc.organizations().out('array'), ...capitalisedRuns(text)] as string[];
  const seen = new Map<string, string>();
  for (const e of found) {
    const c = clean(e);
    if (c.length < 2 || CALENDAR.test(c) || LEADING.test(c)) continue;
    const key = c.toLowerCase();
    if (!seen.has(key)) seen.set(key, c);
  }
  // An entity inside a longer one ("Xi" in "Xi Jinping") adds nothing to match on.
  const all = [...seen.values()];
  const lower = foldPunctuation(text).toLowerCase();
  const count = (s: string) => lower.split(s.toLowerCase()).length - 1;
  return all.filter((e) => {
    const longer = all.filter((o) => o.length > e.length && o.toLowerCase().includes(e.toLowerCase()));
    return longer.length === 0 || count(e) > longer.reduce((n, o) => n + count(o), 0);
  });
}

/** Paragraph-level entity extraction with a cache keyed by paragraph text (compromise is slow on long text). */
export class EntityCache {
  private cache = new Map<string, string[]>();
  constructor(private readonly limit = 5000) {}
  entities(paragraph: string): string[] {
    let hit = this.cache.get(paragraph);
    if (!hit) {
      hit = entitiesIn(paragraph);
      if (this.cache.size >= this.limit) this.cache.delete(this.cache.keys().next().value as string);
      this.cache.set(paragraph, hit);
    }
    return hit;
  }
}

/** The facts of one sentence, given the entities found in its paragraph. */
export function factsOf(sentence: string, paragraphEntities: string[]): Facts {
  const folded = foldPunctuation(sentence).toLowerCase();
  const entities = paragraphEntities.filter((e) => folded.includes(foldPunctuation(e).toLowerCase()));
  const numbers: NumberFact[] = numbersIn(sentence).map(({ start: _s, end: _e, ...n }) => n);
  // Internal links (what a number counts, whose age it is) stay out of serialised reports.
  for (const n of numbers) for (const k of ['context', 'of']) if (k in n) Object.defineProperty(n, k, { enumerable: false });
  return { entities, numbers, dates: datesIn(sentence), quotes: quoteFacts(sentence) };
}

/** True when a sentence has something to check: a name, a number, a date or a quote. */
export function isCheckable(sentence: string, facts: Facts): boolean {
  const words = sentence.match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length < 4 || /\?["\u201D]?$/.test(sentence.trim())) return false;
  return facts.entities.length + facts.numbers.length + facts.dates.length + facts.quotes.length > 0 || words.length >= 8;
}
