// Opens a corpus passage beside the current editor with the passage selected.
import * as vscode from 'vscode';

/** A passage to open: a corpus path (URI string) and offsets into its text. */
export interface PassageTarget {
  path: string;
  start: number;
  end: number;
  /** The passage text, used to find it again if the file changed since indexing. */
  text?: string;
}

export async function openPassage(target: PassageTarget): Promise<vscode.TextEditor | undefined> {
  if (!target || typeof target.path !== 'string') return undefined;
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(target.path, true));
  let start = Number(target.start) || 0;
  let end = Number(target.end) || start;
  const full = doc.getText();
  if (target.text && full.slice(start, end) !== target.text) {
    const found = full.indexOf(target.text);
    if (found >= 0) {
      start = found;
      end = found + target.text.length;
    }
  }
  const selection = new vscode.Selection(doc.positionAt(start), doc.positionAt(end));
  const editor = await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.Beside, selection, preview: true });
  editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}
