// Word knowledge from general resources, never from lists tuned to sample stories: WordNet 3.1 synonyms,
// antonyms, demonyms and noun classes, and irregular verb forms from compromise's conjugations, extracted
// by scripts/build-lexicon.js into wordnet.json. Everything is keyed by the engine's term of a word
// (normalize.termOf: American spelling, Porter2 stem), so look-ups work on the terms used everywhere else.
import data from './wordnet.json';
import { termOf } from '../normalize';

/** What a counted noun is a kind of, from WordNet's hypernyms ("residents", "victims" → person). */
export type NounClass = 'person' | 'money' | 'time' | 'distance';

interface Tables {
  synGroups: Map<string, number[]>;
  antonyms: Map<string, Set<string>>;
  demonyms: Map<string, string>;
  classes: Map<string, NounClass>;
}

let tables: Tables | undefined;

function build(): Tables {
  const synGroups = new Map<string, number[]>();
  (data.syn as string[][]).forEach((group, id) => {
    for (const w of group) {
      const t = termOf(w);
      const list = synGroups.get(t);
      if (!list) synGroups.set(t, [id]);
      else if (list[list.length - 1] !== id) list.push(id);
    }
  });
  const antonyms = new Map<string, Set<string>>();
  const addAnt = (a: string, b: string) => {
    let s = antonyms.get(a);
    if (!s) antonyms.set(a, (s = new Set()));
    s.add(b);
  };
  for (const [a, b] of data.ant as [string, string][]) {
    const ta = termOf(a);
    const tb = termOf(b);
    if (ta === tb) continue;
    addAnt(ta, tb);
    addAnt(tb, ta);
  }
  const demonyms = new Map<string, string>();
  for (const [adj, noun] of Object.entries(data.per as Record<string, string>)) demonyms.set(termOf(adj), noun);
  const classes = new Map<string, NounClass>();
  for (const [noun, cls] of Object.entries(data.cls as Record<string, string>)) {
    if (cls === 'person' || cls === 'money' || cls === 'time' || cls === 'distance') classes.set(termOf(noun), cls);
  }
  return { synGroups, antonyms, demonyms, classes };
}

function t(): Tables {
  return (tables ??= build());
}

const IRREGULAR = data.irr as Record<string, string>;
let common: Set<string> | undefined;

/** True for a common English word ("the", "thanked" → "thank", "search"); false for "modi", "mbappe". */
export function isCommonWord(lowerWord: string): boolean {
  common ??= new Set((data.common as string).split(' '));
  const w = lowerWord.replace(/'s$/, '');
  if (common.has(w) || common.has(baseForm(w))) return true;
  // Inflected forms: "searches", "searched", "searching", "cities".
  for (const [suffix, repl] of [['ies', 'y'], ['es', ''], ['s', ''], ['ed', ''], ['ed', 'e'], ['ing', ''], ['ing', 'e'], ['ly', ''], ['er', ''], ['est', '']]) {
    if (w.endsWith(suffix) && common.has(w.slice(0, -suffix.length) + repl)) return true;
  }
  return false;
}

/** The infinitive of an irregular verb form ("fell" → "fall"), or the word itself. */
export function baseForm(lowerWord: string): string {
  return IRREGULAR[lowerWord] ?? lowerWord;
}

/** The term of a word's base form: "fell" and "falls" both give the term of "fall". */
export function lemmaTerm(lowerWord: string): string {
  return termOf(baseForm(lowerWord));
}

/** True when two terms share a frequent WordNet sense or are verb and noun of one ("invade", "invasion"). */
export function synonymous(a: string, b: string): boolean {
  if (a === b) return true;
  const ga = t().synGroups.get(a);
  const gb = t().synGroups.get(b);
  if (!ga || !gb) return false;
  for (const x of ga) if (gb.includes(x)) return true;
  return false;
}

/** True when WordNet gives the two terms opposite senses ("rise"/"fall", "guilty"/"acquitted", "win"/"lose"). */
export function antonymous(a: string, b: string): boolean {
  return a !== b && (t().antonyms.get(a)?.has(b) ?? false);
}

/** Terms opposite to a term. */
export function antonymsOf(a: string): ReadonlySet<string> {
  return t().antonyms.get(a) ?? EMPTY;
}
const EMPTY: ReadonlySet<string> = new Set();

/** The place a proper adjective or demonym stands for ("russian" → "russia"), lower case, or undefined. */
export function demonymPlace(term: string): string | undefined {
  return t().demonyms.get(term);
}

/** The class of a counted noun's most frequent sense, if it is one the engine compares across words. */
export function nounClass(term: string): NounClass | undefined {
  return t().classes.get(term);
}
