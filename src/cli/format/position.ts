// Offsets → 1-based line and column as an editor shows them (columns in UTF-16 code units, like VS Code
// and SARIF's default columnKind). Line breaks are \n, \r\n and a lone \r; a BOM at the start of the file is
// not a column, since editors hide it.

/** 1-based position of an offset. */
export interface Position {
  line: number;
  column: number;
}

/** Line starts of one text, computed once and searched per offset. */
export class LineIndex {
  private readonly starts: number[] = [0];
  private readonly bom: boolean;

  constructor(private readonly text: string) {
    this.bom = text.charCodeAt(0) === 0xfeff;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) this.starts.push(i + 1);
    }
  }

  /** The position of `offset` (clamped to the text). */
  position(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    const skip = lo === 0 && this.bom && o > 0 ? 1 : 0;
    return { line: lo + 1, column: o - this.starts[lo] - skip + 1 };
  }
}

/** Line indexes for many texts, built on first use. */
export class Positions {
  private readonly cache = new Map<string, LineIndex>();

  constructor(private readonly texts: ReadonlyMap<string, string>) {}

  /** The position of `offset` in the document at `path`, or undefined when its text is unknown. */
  of(path: string, offset: number): Position | undefined {
    let index = this.cache.get(path);
    if (!index) {
      const text = this.texts.get(path);
      if (text === undefined) return undefined;
      index = new LineIndex(text);
      this.cache.set(path, index);
    }
    return index.position(offset);
  }
}
