// Go to a claim of a draft (the report's links): the draft's editor, or a new one, with the claim selected.
import * as vscode from 'vscode';

/** A span of a draft: its URI string and offsets. */
export interface ClaimLocation {
  uri: string;
  start: number;
  end: number;
}

export async function revealClaim(target: ClaimLocation): Promise<vscode.TextEditor | undefined> {
  if (!target || typeof target.uri !== 'string') return undefined;
  const uri = vscode.Uri.parse(target.uri, true);
  const doc = await vscode.workspace.openTextDocument(uri);
  const start = doc.positionAt(Number(target.start) || 0);
  const end = doc.positionAt(Number(target.end) || Number(target.start) || 0);
  const shown = vscode.window.visibleTextEditors.find((e) => e.document === doc);
  const editor = await vscode.window.showTextDocument(doc, { viewColumn: shown?.viewColumn ?? vscode.ViewColumn.One, selection: new vscode.Selection(start, end), preview: false });
  editor.revealRange(new vscode.Range(start, end), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}
