// What a formatter needs besides the report: the texts (for lines and columns), the findings and a few run facts.
import { Palette } from '../color';
import { Finding } from './findings';

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
  /** The findings reported (the statuses --show picks), in file and claim order. */
  findings: Finding[];
  /** Text: findings only, no notes and no summary. */
  quiet: boolean;
  /** Text: the styles (colours, or none). */
  palette: Palette;
}
