// Sources opened to be read (Open beside, a chosen passage): never checked as drafts, so opening one adds no
// highlights and no Problems entries, until the user asks for it to be checked or closes it.
import * as vscode from 'vscode';

export class SourceViews implements vscode.Disposable {
  private readonly uris = new Set<string>();
  private readonly changeEmitter = new vscode.EventEmitter<string>();
  private readonly addEmitter = new vscode.EventEmitter<string>();
  private readonly disposables: vscode.Disposable[] = [];

  /** Fires with a URI string when a document stops being a source view (closed, or to be checked). */
  readonly onDidRelease = this.changeEmitter.event;
  /** Fires with a URI string when a document becomes a source view. */
  readonly onDidAdd = this.addEmitter.event;

  constructor() {
    this.disposables.push(vscode.workspace.onDidCloseTextDocument((doc) => this.release(doc.uri.toString())));
  }

  has(uri: vscode.Uri | string): boolean {
    return this.uris.has(uri.toString());
  }

  add(uri: vscode.Uri | string): void {
    if (this.uris.has(uri.toString())) return;
    this.uris.add(uri.toString());
    this.addEmitter.fire(uri.toString());
  }

  /** Makes the document an ordinary article again (checked when it is open). */
  release(uri: vscode.Uri | string): void {
    if (this.uris.delete(uri.toString())) this.changeEmitter.fire(uri.toString());
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
    this.changeEmitter.dispose();
    this.addEmitter.dispose();
  }
}
