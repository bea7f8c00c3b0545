// Word knowledge from general resources, never from lists tuned to sample stories: WordNet 3.1 synonyms,
// antonyms, demonyms and noun classes, and irregular verb forms from compromise's conjugations, extracted
// by scripts/build-lexicon.js into wordnet.json. Everything is keyed by the engine's term of a word
// (normalize.termOf: American spelling, Porter2 stem), so look-ups work on the terms used everywhere else.
import data from './wordnet.json';
import { termOf } from '../normalize';

/** What a counted noun is a kind of, from WordNet's hypernyms ("residents", "victims" → person). */
export type NounClass = 'person' | 'money' | 'time' | 'distance';

// Each table is built on first use from the JSON, whose words are already terms: no normalisation at load.
let synGroupsOf: Map<string, number[]> | undefined;
let antonymsOfTerm: Map<string, Set<string>> | undefined;
let demonymsOf: Map<string, string> | undefined;
let classesOf: Map<string, NounClass> | undefined;

function synTable(): Map<string, number[]> {
  if (synGroupsOf) return synGroupsOf;
  synGroupsOf = new Map();
  (data.syn as string[]).forEach((group, id) => {
    for (const w of group.split(' ')) {
      const list = synGroupsOf!.get(w);
      if (!list) synGroupsOf!.set(w, [id]);
      else list.push(id);
    }
  });
  return synGroupsOf;
}

function antTable(): Map<string, Set<string>> {
  if (antonymsOfTerm) return antonymsOfTerm;
  antonymsOfTerm = new Map();
  const add = (a: string, b: string) => {
    let s = antonymsOfTerm!.get(a);
    if (!s) antonymsOfTerm!.set(a, (s = new Set()));
    s.add(b);
  };
  for (const pair of data.ant as string[]) {
    const [a, b] = pair.split(' ');
    add(a, b);
    add(b, a);
  }
  return antonymsOfTerm;
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

/** The synonym groups of a term (ids), for set look-ups over many terms at once. */
export function synonymGroups(term: string): readonly number[] {
  return synTable().get(term) ?? NO_GROUPS;
}
const NO_GROUPS: readonly number[] = [];

/** True when two terms share a frequent WordNet sense or are verb and noun of one ("invade", "invasion"). */
export function synonymous(a: string, b: string): boolean {
  if (a === b) return true;
  const ga = synTable().get(a);
  const gb = synTable().get(b);
  if (!ga || !gb) return false;
  for (const x of ga) if (gb.includes(x)) return true;
  return false;
}

/** True when WordNet gives the two terms opposite senses ("rise"/"fall", "guilty"/"acquitted", "win"/"lose"). */
export function antonymous(a: string, b: string): boolean {
  return a !== b && (antTable().get(a)?.has(b) ?? false);
}

/** Terms opposite to a term. */
export function antonymsOf(a: string): ReadonlySet<string> {
  return antTable().get(a) ?? EMPTY;
}
const EMPTY: ReadonlySet<string> = new Set();

/** The term of the place a proper adjective or demonym stands for ("russian" → "russia"), or undefined. */
export function demonymPlace(term: string): string | undefined {
  demonymsOf ??= new Map(Object.entries(data.per as Record<string, string>));
  return demonymsOf.get(term);
}

/** The class of a counted noun's most frequent sense, if it is one the engine compares across words. */
export function nounClass(term: string): NounClass | undefined {
  classesOf ??= new Map(Object.entries(data.cls as Record<string, NounClass>));
  return classesOf.get(term);
}
