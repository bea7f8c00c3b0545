// What a formatter needs besides the report: the texts (for lines and columns) and a few run facts.

/** Inputs of one run, for positions and the summary. */
export interface FormatContext {
  /** Text of every checked and corpus document, by its report path. */
  texts: ReadonlyMap<string, string>;
  /** Number of corpus documents compared against. */
  corpusSize: number;
  /** Number of corpus files left out (binary, unreadable, too large). */
  skipped: number;
  /** The CLI's version, for SARIF's tool.driver. */
  version: string;
}
