// The scoring model: every weight and threshold of the judgement in one place.
//
// A claim part and a source passage are compared into features (evidence/align.ts):
//   predicate  share of what the part says (its content terms that are not names, dates or figures) that the
//              passage carries, each term weighted by its rarity (idf); the same base form counts whole, a
//              WordNet synonym 0.8. A part that is all names and figures uses all its terms. 0..1
//   actors     share of the part's names (people, places, organisations) the passage names, itself or in the
//              sentence before it (he, she, it, the company …; 0.8). 0..1
//   figures    the part's specific numbers and dates: (backed − not backed) / all; 0 when it has none. −1..1
//   quote      the part's quotation: +1 in the passage with the same words, −1 not there, 0 no quotation
//   precision  share of the passage's own terms that the part carries (a long passage says more). 0..1
//   dice       character-bigram similarity of the two texts (string-similarity). 0..1
//   modality   1 when both say what happened or both hedge ("is expected to", "could", "will"), else 0
// The probability that the passage states the part is a logistic function of them: support =
// σ(bias + Σ weight·feature). A passage about other people (a name of the part replaced by another name in
// the same place of the sentence: "Lula … met by Modi" for "Putin … met by Xi") is a look-alike and never
// counts, whatever its score.
//
// The weights are fitted by logistic regression on the development events' gold labels
// (scripts/fit-model.mjs, which writes FITTED below); the thresholds are chosen on the same data. Held-out
// events, the external QAGS benchmark and the sample scorer are never used to fit.
import { FITTED, FITTED_THRESHOLDS } from './weights';

export interface Features {
  predicate: number;
  actors: number;
  figures: number;
  quote: number;
  precision: number;
  dice: number;
  modality: number;
}

export const FEATURE_NAMES: (keyof Features)[] = ['predicate', 'actors', 'figures', 'quote', 'precision', 'dice', 'modality'];

/** Weights of the logistic model (see the file header). */
export const WEIGHTS: { bias: number } & Features = FITTED;

/** Probability that a passage states a claim part. */
export function supportProbability(f: Features): number {
  let z = WEIGHTS.bias;
  for (const k of FEATURE_NAMES) z += WEIGHTS[k] * f[k];
  return 1 / (1 + Math.exp(-z));
}

/**
 * Thresholds on the support probability and on the same-fact probability, chosen on the development events:
 *   backed         a part is backed by a passage at or above this support
 *   weak           below `backed` but at or above this, a passage partly backs a part
 *   closest        a passage at or above this is listed as the closest one to an unsupported claim
 *   conflictSame   a differing number, date, polarity or role contradicts the part only in a passage about the
 *                  same fact: its support, with the differing words counted as agreeing, must reach this
 *   conflictBound  the same, for a detail tied to the same words on both sides ("death toll … 120" / "… 95")
 *   conflictPredicate  and in any case the passage must carry this share of what the part says (its predicate)
 */
export const THRESHOLDS: { backed: number; weak: number; closest: number; conflictSame: number; conflictBound: number; conflictPredicate: number } = { ...FITTED_THRESHOLDS };

/** Share of a term's weight that a synonym or another form of the word earns. */
export const RELATED_TERM_CREDIT = 0.8;
/** Share of a name's weight earned when it stands only in the passage's preceding sentence (he, it …). */
export const CONTEXT_NAME_CREDIT = 0.8;
/**
 * Share of a document's text found in another (corpus shared-origin shingles) that makes the two copies of one
 * story: not independent confirmation of each other, counted once among the outlets on a side of a dispute.
 */
export const SHARED_COPY = 0.1;
