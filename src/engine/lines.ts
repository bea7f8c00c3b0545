// Offsets (UTF-16 indices into a text) ↔ zero-based line/character positions of that same text, for every
// front end: the extension maps reports through the text that was analysed (never a newer version of the
// document), the CLI prints 1-based positions. Line breaks are \n, \r\n and a lone \r.

/** A zero-based line and UTF-16 character, as in vscode.Position. */
export interface LineCharacter {
  line: number;
  character: number;
}

/** Line starts of one text; maps offsets to positions with a binary search. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 13 /* \r */) {
        if (text.charCodeAt(i + 1) === 10) i++;
        this.starts.push(i + 1);
      } else if (c === 10 /* \n */) {
        this.starts.push(i + 1);
      }
    }
  }

  get lineCount(): number {
    return this.starts.length;
  }

  position(offset: number): LineCharacter {
    const at = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= at) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: at - this.starts[lo] };
  }

  offset(position: LineCharacter): number {
    const line = Math.max(0, Math.min(position.line, this.starts.length - 1));
    const lineEnd = line + 1 < this.starts.length ? this.starts[line + 1] : this.text.length;
    return Math.min(this.starts[line] + Math.max(0, position.character), lineEnd);
  }
}
