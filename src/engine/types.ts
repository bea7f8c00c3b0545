// Engine types. All offsets are JavaScript string indices (UTF-16 code units) into the document text,
// and for every span `text.slice(start, end) === span.text`.

/** A piece of a document: its offsets and the exact text between them. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/** What kind of boilerplate a noise span is. */
export type NoiseKind =
  | 'related-links'
  | 'read-also'
  | 'comment-prompt'
  | 'newsletter'
  | 'share-follow'
  | 'advertisement'
  | 'copyright'
  | 'editorial-note'
  | 'byline'
  /** A photo caption or a picture/photo credit. */
  | 'caption'
  /** A date or time stamp, or an agency dateline standing alone ("BEIJING, May 16. /TASS/."). */
  | 'dateline'
  /** Breadcrumbs, menus, section labels, tag lists. */
  | 'navigation'
  /** A reader poll: its question, options and buttons. */
  | 'poll'
  /** An audio-narration or machine-generation notice ("Listen to this article", "auto-generated from a feed"). */
  | 'audio-ai-notice'
  /** The site's own blurb: its name and motto, an "About" line, a line repeated on its pages. */
  | 'site-blurb'
  | 'custom';

/** Boilerplate that is not article content: never a claim, never evidence. */
export interface NoiseSpan extends Span {
  kind: NoiseKind;
}

/** A number in a claim with its qualifier ("almost", "more than") and unit ("people", "years", "day"). */
export interface NumberFact {
  text: string;
  value: number;
  qualifier: 'exact' | 'about' | 'at-least' | 'at-most' | 'more-than' | 'less-than' | 'vague';
  unit: string;
}

/** A quotation with its speaker when the sentence names one. */
export interface QuoteFact {
  text: string;
  speaker: string;
}

/** The checkable facts of a claim. */
export interface Facts {
  entities: string[];
  numbers: NumberFact[];
  dates: string[];
  quotes: QuoteFact[];
}

/** How a passage of another document relates to a claim. */
export type Relation = 'supports' | 'conflicts' | 'quote-differs';

/** A passage of another document related to a claim. */
export interface Evidence extends Span {
  path: string;
  score: number;
  relation: Relation;
  note: string;
}

/** Status of a claim after corroboration. */
export type ClaimStatus = 'corroborated' | 'partial' | 'conflicting' | 'unsupported';

/**
 * One atomic fact of a claim (a clause, an "as"/"after" clause, an aside, a coordinated predicate), checked on
 * its own. `evidence` holds indices into the claim's evidence list.
 */
export interface ClaimPart extends Span {
  status: ClaimStatus;
  evidence: number[];
  /** What is not backed or what differs, in words ("not in the sources: Szymon Marciniak"); '' when backed. */
  note: string;
}

/** A sentence of the checked document that asserts something checkable. */
export interface Claim extends Span {
  status: ClaimStatus;
  score: number;
  facts: Facts;
  evidence: Evidence[];
  /** The claim's parts; its status follows from theirs (any conflicting: conflicting; all backed: corroborated). */
  parts: ClaimPart[];
}

/** The findings for one checked document. */
export interface FileReport {
  path: string;
  noise: NoiseSpan[];
  claims: Claim[];
}

/** How much text a corpus document shares with others (syndicated or lifted copy). */
export interface SharedOrigin {
  path: string;
  sharedWith: { path: string; fraction: number }[];
}

/** The CLI JSON contract (DESIGN.md): keep stable. */
export interface Report {
  version: 1;
  files: FileReport[];
  sources: SharedOrigin[];
}

/** Options that tune the engine; every field has a default. */
export interface EngineOptions {
  /** Extra noise patterns (regular expression sources, matched per line, case-insensitive). */
  noisePatterns?: string[];
  /** How many evidence passages to keep per claim. */
  maxEvidence?: number;
  /** Minimum score for a passage to count as evidence. */
  minEvidenceScore?: number;
}
