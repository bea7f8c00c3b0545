// Engine spans → vscode ranges and locations, through the text that was analysed (see offsets.ts).
import * as vscode from 'vscode';
import type { Span } from '../engine';
import { WorkspaceCorpus } from './corpusIndex';
import { LineIndex } from '../engine/lines';

export function spanRange(lines: LineIndex, span: { start: number; end: number }): vscode.Range {
  const a = lines.position(span.start);
  const b = lines.position(span.end);
  return new vscode.Range(a.line, a.character, b.line, b.character);
}

/** Line indexes of corpus documents, rebuilt only when a document's text changes. */
export class SourceLocations {
  private readonly cache = new Map<string, LineIndex>();

  constructor(private readonly corpus: WorkspaceCorpus) {}

  /** The location of a passage of a corpus document (a URI string path). */
  location(path: string, span: Span): vscode.Location {
    return new vscode.Location(vscode.Uri.parse(path), this.range(path, span));
  }

  range(path: string, span: Span): vscode.Range {
    const text = this.corpus.corpus.text(path);
    if (text === undefined) return new vscode.Range(0, 0, 0, 0);
    let lines = this.cache.get(path);
    if (!lines || lines.text !== text) {
      lines = new LineIndex(text);
      this.cache.set(path, lines);
    }
    return spanRange(lines, span);
  }
}

/** How a corpus path (a URI string) is shown: relative to its workspace folder. */
export function sourceName(path: string): string {
  try {
    const uri = vscode.Uri.parse(path, true);
    if (uri.scheme === 'untitled') return uri.path;
    return vscode.workspace.asRelativePath(uri, (vscode.workspace.workspaceFolders?.length ?? 0) > 1);
  } catch {
    return path;
  }
}
