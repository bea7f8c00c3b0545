// Every number that decides boilerplate, in one place. Tuned on the development pages of test/fixtures/noise
// (node eval/noise.mjs reports precision and recall per split); the held-out sites were never read while tuning.

export const NOISE_THRESHOLDS = {
  /** A line of at least this many words, with enough stop words, is article prose ("good" in jusText's terms). */
  goodMinWords: 10,
  /** Stop-word density (function words / words) of prose; menus, tags, captions and credits have far less. */
  goodStopRatio: 0.2,
  /** A line without sentence punctuation at its end is prose only from this many words (a paragraph cut off). */
  unterminatedGoodWords: 20,
  /** A line cut off with an ellipsis is a teaser unless it is longer than this (a paragraph cut off on a page). */
  teaserMaxWords: 40,
  /** Lines longer than this are prose without counting stop words (their cost would be wasted on paragraphs). */
  longLineWords: 40,
  /** Stop-word density of a short line that reads as a sentence ("near-good": kept next to prose). */
  nearStopRatio: 0.1,
  /** A short line ending like a sentence reads as one from this many words even without a verb we recognise. */
  nearMinWords: 8,
  /** Share of a line in Markdown links or bare addresses above which it is a link list. */
  linkRatio: 0.3,
  /** Share of letters among a line's visible characters below which it is a stamp, a count or a code. */
  minLetterRatio: 0.5,
  /** A headline has at least this many words; shorter lines above the article are labels and menus. */
  titleMinWords: 4,
  /** Words of prose needed above a closing marker ("Share the News:", "Related News", "6 Responses") before the
   * rest of the page counts as the page's tail (the next story's teaser, comments, menus). */
  endMarkerMinWords: 20,
  /** A stretch of prose this long after a closing marker is the next article (a document of several pages), not the
   * page's tail. */
  tailMaxProseWords: 300,
  /** Longest line whose repetition in other documents is counted (longer lines are article paragraphs). */
  repeatMaxWords: 40,
  /** Other documents a line must stand in to count as repeated (a site's footer, blurb, prompt). */
  repeatMinOtherDocs: 1,
} as const;
