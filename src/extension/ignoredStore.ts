// Ignored claims per workspace folder, in <folder>/.crosscheck/ignored.json (never in settings.json).
// Written atomically (temporary file, then rename); a file that does not parse is reported and left alone.
import * as vscode from 'vscode';
import { emptyIgnoredFile, IgnoredFile, isIgnored, parseIgnoredFile, serializeIgnoredFile, withIgnored, withoutIgnored } from './ignoredClaims';

interface FolderState {
  file: IgnoredFile;
  /** Set when the file on disk does not parse: nothing is ignored from it and it is never overwritten. */
  error?: string;
}

export const ignoredFilePath = '.crosscheck/ignored.json';

export class IgnoredClaimsStore implements vscode.Disposable {
  private readonly states = new Map<string, FolderState>();
  private readonly reported = new Set<string>();
  private readonly changeEmitter = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [];
  private watchers: vscode.Disposable[] = [];
  private loading: Promise<void>;

  /** Fires after the ignored set of any folder changed (edit here or on disk). */
  readonly onDidChange = this.changeEmitter.event;

  constructor(private readonly log: vscode.OutputChannel) {
    this.loading = this.reload();
    this.disposables.push(vscode.workspace.onDidChangeWorkspaceFolders(() => void this.reload()));
  }

  /** Resolves when the files have been read. */
  get ready(): Promise<void> {
    return this.loading;
  }

  /** The folder whose ignored file applies to a document: its own, or the first one (untitled files). */
  folderFor(uri: vscode.Uri): vscode.WorkspaceFolder | undefined {
    return vscode.workspace.getWorkspaceFolder(uri) ?? vscode.workspace.workspaceFolders?.[0];
  }

  isIgnored(docUri: vscode.Uri, claimText: string): boolean {
    const folder = this.folderFor(docUri);
    return !!folder && isIgnored(this.states.get(folder.uri.toString())?.file, claimText);
  }

  /** A predicate for one document, for the pure view builders. */
  predicateFor(docUri: vscode.Uri): (claimText: string) => boolean {
    const folder = this.folderFor(docUri);
    const file = folder ? this.states.get(folder.uri.toString())?.file : undefined;
    return (text) => isIgnored(file, text);
  }

  /** Re-reads every folder's file (also what a window reload does). */
  reload(): Promise<void> {
    this.states.clear();
    this.createWatchers();
    this.loading = Promise.all((vscode.workspace.workspaceFolders ?? []).map((f) => this.load(f))).then(() => this.changeEmitter.fire());
    return this.loading;
  }

  async ignore(docUri: vscode.Uri, claimText: string): Promise<boolean> {
    return this.update(docUri, (file) => withIgnored(file, claimText, new Date()));
  }

  async unignore(docUri: vscode.Uri, claimText: string): Promise<boolean> {
    return this.update(docUri, (file) => withoutIgnored(file, claimText));
  }

  private async update(docUri: vscode.Uri, change: (file: IgnoredFile) => IgnoredFile): Promise<boolean> {
    const folder = this.folderFor(docUri);
    if (!folder) {
      void vscode.window.showWarningMessage('Crosscheck: ignoring a claim needs a workspace folder to keep .crosscheck/ignored.json in.');
      return false;
    }
    await this.load(folder); // start from what is on disk now, not from a stale copy
    const state = this.states.get(folder.uri.toString())!;
    if (state.error) {
      void vscode.window.showErrorMessage(
        `Crosscheck: ${vscode.workspace.asRelativePath(this.fileUri(folder))} is not valid (${state.error}). Fix or delete it; Crosscheck will not overwrite it.`,
      );
      return false;
    }
    const next = change(state.file);
    await this.writeAtomically(folder, serializeIgnoredFile(next));
    this.states.set(folder.uri.toString(), { file: next });
    this.changeEmitter.fire();
    return true;
  }

  fileUri(folder: vscode.WorkspaceFolder): vscode.Uri {
    return vscode.Uri.joinPath(folder.uri, ignoredFilePath);
  }

  private async writeAtomically(folder: vscode.WorkspaceFolder, content: string): Promise<void> {
    const target = this.fileUri(folder);
    const dir = vscode.Uri.joinPath(target, '..');
    await vscode.workspace.fs.createDirectory(dir);
    const temp = vscode.Uri.joinPath(dir, `.ignored.json.${process.pid}.${Date.now()}.tmp`);
    await vscode.workspace.fs.writeFile(temp, new TextEncoder().encode(content));
    try {
      await vscode.workspace.fs.rename(temp, target, { overwrite: true });
    } catch (err) {
      await vscode.workspace.fs.delete(temp).then(undefined, () => undefined);
      throw err;
    }
  }

  private async load(folder: vscode.WorkspaceFolder): Promise<void> {
    const key = folder.uri.toString();
    const uri = this.fileUri(folder);
    let content: string;
    try {
      content = new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
    } catch {
      this.states.set(key, { file: emptyIgnoredFile() });
      return;
    }
    const parsed = parseIgnoredFile(content);
    if (parsed.ok) {
      this.states.set(key, { file: parsed.file });
      return;
    }
    this.states.set(key, { file: emptyIgnoredFile(), error: parsed.error });
    this.log.appendLine(`[ignored] ${uri.toString(true)}: ${parsed.error}`);
    const seen = `${key}\u0000${parsed.error}`;
    if (!this.reported.has(seen)) {
      this.reported.add(seen);
      void vscode.window.showWarningMessage(
        `Crosscheck: ${vscode.workspace.asRelativePath(uri)} is not valid (${parsed.error}); no claims are ignored until it is fixed. It will not be overwritten.`,
      );
    }
  }

  /** The error of a folder's file, if it does not parse. */
  errorFor(docUri: vscode.Uri): string | undefined {
    const folder = this.folderFor(docUri);
    return folder ? this.states.get(folder.uri.toString())?.error : undefined;
  }

  private createWatchers(): void {
    for (const w of this.watchers) w.dispose();
    this.watchers = (vscode.workspace.workspaceFolders ?? []).map((folder) => {
      const w = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, ignoredFilePath));
      const reload = () => void this.load(folder).then(() => this.changeEmitter.fire());
      w.onDidCreate(reload);
      w.onDidChange(reload);
      w.onDidDelete(reload);
      return w;
    });
  }

  dispose(): void {
    for (const d of [...this.watchers, ...this.disposables]) d.dispose();
    this.changeEmitter.dispose();
  }
}
