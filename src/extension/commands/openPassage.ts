// Opens a corpus passage beside the current editor with the passage selected and in view. A source opened this
// way is for reading: it is not checked as a draft (no highlights, no Problems entries), and long one-paragraph
// lines are wrapped so the passage is on screen rather than hundreds of columns to the right.
import * as vscode from 'vscode';
import { SourceViews } from '../sourceViews';

/** A passage to open: a corpus path (URI string) and offsets into its text. */
export interface PassageTarget {
  path: string;
  start: number;
  end: number;
  /** The passage text, used to find it again if the file changed since indexing. */
  text?: string;
}

/** Lines longer than this are wrapped when the source is opened (when word wrap is off for it). */
const WRAP_FROM = 120;

export async function openPassage(target: PassageTarget, sourceViews?: SourceViews): Promise<vscode.TextEditor | undefined> {
  if (!target || typeof target.path !== 'string') return undefined;
  const uri = vscode.Uri.parse(target.path, true);
  // A document the user has in a tab is theirs to check; any other becomes a source view, before it opens (opening
  // is what would schedule its analysis). Documents can be open without a tab (read by an extension).
  const inTab = vscode.window.tabGroups.all.some((g) => g.tabs.some((t) => t.input instanceof vscode.TabInputText && t.input.uri.toString() === uri.toString()));
  const alreadyOpen = vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString());
  if (!inTab) sourceViews?.add(uri);
  const doc = await vscode.workspace.openTextDocument(uri);
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
  const longLine = doc.lineAt(selection.start.line).text.length > WRAP_FROM;
  if (!inTab && !alreadyOpen && longLine && vscode.workspace.getConfiguration('editor', doc).get<string>('wordWrap') === 'off' && vscode.window.activeTextEditor === editor) {
    // A per-document override, as View: Toggle Word Wrap sets it (no setting is written).
    await vscode.commands.executeCommand('editor.action.toggleWordWrap');
  }
  editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}
