// Offsets → 1-based line and column as an editor shows them (columns in UTF-16 code units, like VS Code
// and SARIF's default columnKind). Line breaks are \n, \r\n and a lone \r; a BOM at the start of the file is
// not a column, since editors hide it.
import { LineIndex } from '../../engine/lines';

/** 1-based position of an offset. */
export interface Position {
  line: number;
  column: number;
}

/** 1-based positions of one text, hiding a BOM on the first line as editors do. */
export class TextPositions {
  private readonly lines: LineIndex;
  private readonly bom: boolean;

  constructor(text: string) {
    this.lines = new LineIndex(text);
    this.bom = text.charCodeAt(0) === 0xfeff;
  }

  /** The position of `offset` (clamped to the text). */
  position(offset: number): Position {
    const p = this.lines.position(offset);
    const skip = p.line === 0 && this.bom && offset > 0 ? 1 : 0;
    return { line: p.line + 1, column: p.character - skip + 1 };
  }
}

/** Line indexes for many texts, built on first use. */
export class Positions {
  private readonly cache = new Map<string, TextPositions>();

  constructor(private readonly texts: ReadonlyMap<string, string>) {}

  /** The position of `offset` in the document at `path`, or undefined when its text is unknown. */
  of(path: string, offset: number): Position | undefined {
    let index = this.cache.get(path);
    if (!index) {
      const text = this.texts.get(path);
      if (text === undefined) return undefined;
      index = new TextPositions(text);
      this.cache.set(path, index);
    }
    return index.position(offset);
  }
}
