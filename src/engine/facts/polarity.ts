// Polarity and modality of a clause: grammatical negation ("not", "never", "n't", "no", "without") and
// hedges ("could", "may", "is expected to"). Opposite meanings carried by words ("acquitted" / "convicted",
// "rose" / "fell") come from WordNet antonyms in the lexicon, not from here.

/** Words that negate what follows them in the clause. */
export const NEGATION_WORDS = new Set(['not', 'never', 'no', 'nor', 'neither', 'without', 'cannot', "n't", 'none', 'nobody', 'nothing', 'nowhere', 'non']);

/** Verbs that negate the verb after them: "failed to convert" says it was not converted. */
const NEGATIVE_IMPLICATIVES = new Set(['fail', 'fails', 'failed', 'failing', 'refuse', 'refuses', 'refused', 'refusing', 'decline', 'declines', 'declined', 'declining', 'neglected', 'neglect']);

/** Modal hedges: the clause says what may happen or is reported, not what happened. */
export const MODAL_WORDS = new Set(['could', 'might', 'may', 'would', 'should', 'must', 'will', 'shall', 'can', 'likely', 'unlikely', 'possibly', 'probably', 'perhaps', 'reportedly', 'allegedly', 'expected', 'plans', 'planned', 'intends', 'hopes', 'wants', 'seeks']);

/** Words a negation passes over to reach what it negates. */
const PASS_OVER = new Set(['be', 'been', 'being', 'is', 'are', 'was', 'were', 'have', 'has', 'had', 'do', 'does', 'did', 'a', 'an', 'the', 'to', 'yet', 'even', 'ever', 'also', 'so', 'too', 'very', 'much', 'more', 'any', 'all', 'been', 'get', 'got', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'that']);

/** Words that end the reach of a negation (a new clause starts). */
const SCOPE_BREAK = new Set(['but', 'and', 'or', 'while', 'whereas', 'although', 'though', 'because', 'since', 'after', 'before', 'when', 'which', 'who', 'that', 'as']);

/** A lower-case token stream's negation: for each token, whether a negation word governs it. */
export function negatedTokens(lowerWords: readonly string[]): boolean[] {
  const out = new Array<boolean>(lowerWords.length).fill(false);
  let active = false;
  let since = 0;
  for (let i = 0; i < lowerWords.length; i++) {
    const w = lowerWords[i];
    if (NEGATION_WORDS.has(w) || w.endsWith("n't") || (NEGATIVE_IMPLICATIVES.has(w) && lowerWords[i + 1] === 'to')) { active = true; since = 0; continue; }
    if (SCOPE_BREAK.has(w) || /^[,;:.!?]$/.test(w)) { active = false; continue; }
    if (w === 'to' && active && since === 0) continue;
    if (active) {
      since++;
      // A negation governs the next content word ("did not immediately confirm", "was not damaged"); auxiliaries,
      // articles and adverbs in -ly before it are passed over, and it reaches no further.
      if (PASS_OVER.has(w) || /ly$/.test(w)) { if (since >= 4) active = false; continue; }
      out[i] = true;
      // …and what an "of" phrase adds to it ("without the possibility of parole").
      let k = i + 1;
      while (lowerWords[k] === 'of') {
        k++;
        while (PASS_OVER.has(lowerWords[k] ?? '')) k++;
        if (k < lowerWords.length && /[\p{L}\p{N}]/u.test(lowerWords[k])) out[k] = true;
        k++;
      }
      active = false;
    }
  }
  return out;
}

/** True when a clause is hedged: it says what could, may or is expected to happen. */
export function isHedged(lowerWords: readonly string[]): boolean {
  return lowerWords.some((w) => MODAL_WORDS.has(w));
}
