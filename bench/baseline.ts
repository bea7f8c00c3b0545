// The brute-force baseline the engine must beat: Dice similarity (string-similarity's findBestMatch) of a
// claim against every sentence of the corpus, best one wins. No index, no facts, no notion of who or where.
import { findBestMatch } from 'string-similarity';
import { Sentence } from './synthetic';

/** The corpus sentence most similar to `claim`. */
export function bruteForceBest(claim: string, sentences: Sentence[], texts: string[]): Sentence {
  return sentences[findBestMatch(claim, texts).bestMatchIndex];
}
