// The corpus: the workspace's source articles (include/exclude globs, size limit, every folder), kept
// current by file watchers and by the unsaved text of open documents. Corpus paths are URI strings.
import * as vscode from 'vscode';
import { Corpus } from '../engine';
import { joinGlobs, matchesAny } from './globs';
import { corpusEngineOptions, readSettings } from './settings';

/** Progress of the running index pass. */
export interface IndexProgress {
  done: number;
  total: number;
}

/** A change of the corpus: which documents changed, and the new generation number. */
export interface CorpusChange {
  paths: string[];
  generation: number;
}

/** Longest stretch the indexer keeps the extension host busy before yielding (ms). */
const sliceMs = 15;
/** Files read concurrently while indexing. */
const readBatch = 32;

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

export class WorkspaceCorpus implements vscode.Disposable {
  private current = new Corpus();
  private gen = 0;
  private queue: Promise<unknown> = Promise.resolve();
  private scanToken: vscode.CancellationTokenSource | undefined;
  private watchers: vscode.Disposable[] = [];
  private readonly disposables: vscode.Disposable[] = [];
  private readonly pendingOpenText = new Map<string, NodeJS.Timeout>();
  private readonly changeEmitter = new vscode.EventEmitter<CorpusChange>();
  private readonly progressEmitter = new vscode.EventEmitter<IndexProgress | undefined>();
  private progressNow: IndexProgress | undefined;
  private initialDone = false;
  private markReady!: () => void;
  private readonly readyPromise = new Promise<void>((resolve) => (this.markReady = resolve));

  /** Fires after documents were added, changed or removed. */
  readonly onDidChange = this.changeEmitter.event;
  /** Fires while indexing (undefined when a pass ends). */
  readonly onDidProgress = this.progressEmitter.event;

  constructor(private readonly log: vscode.OutputChannel) {
    void this.reindex();
    this.disposables.push(
      vscode.workspace.onDidChangeWorkspaceFolders(() => void this.reindex()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        // Noise patterns apply to sources as well as drafts: a pattern change re-reads the corpus.
        if (e.affectsConfiguration('crosscheck.corpus') || e.affectsConfiguration('crosscheck.maxFileSize') || e.affectsConfiguration('crosscheck.noisePatterns')) void this.reindex();
      }),
      vscode.workspace.onDidGrantWorkspaceTrust(() => void this.reindex()),
      vscode.workspace.onDidChangeTextDocument((e) => this.onOpenTextChanged(e.document)),
      vscode.workspace.onDidCloseTextDocument((doc) => this.onClosed(doc)),
    );
  }

  /** Resolves when the first full index pass that was not superseded has finished. */
  get ready(): Promise<void> {
    return this.readyPromise;
  }

  get isReady(): boolean {
    return this.initialDone;
  }

  get generation(): number {
    return this.gen;
  }

  /** The engine index. A re-index builds a new one beside it and swaps it in when complete. */
  get corpus(): Corpus {
    return this.current;
  }

  get progress(): IndexProgress | undefined {
    return this.progressNow;
  }

  /** Whether a file belongs in the corpus under its folder's include/exclude settings. */
  isCorpusFile(uri: vscode.Uri): boolean {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder) return false;
    const s = readSettings(folder.uri).corpus;
    const rel = relativePath(folder, uri);
    return matchesAny(rel, s.include) && !matchesAny(rel, s.exclude);
  }

  /** Throws the index away and reads every folder again (with progress). */
  reindex(): Promise<void> {
    this.scanToken?.cancel();
    const token = new vscode.CancellationTokenSource();
    this.scanToken = token;
    this.createWatchers();
    const pass = this.enqueue(async () => {
      if (token.token.isCancellationRequested) return;
      await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Window, title: 'Crosscheck: indexing corpus' },
        (progress) => this.scan(token.token, (p) => progress.report({ message: `${p.done}/${p.total}` })),
      );
    }).finally(() => {
      if (this.scanToken === token) {
        this.initialDone = true;
        this.setProgress(undefined);
        this.markReady();
      }
      token.dispose();
    });
    return pass;
  }

  private enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch((err) => this.log.appendLine(`[corpus] ${err instanceof Error ? err.message : String(err)}`));
    return run;
  }

  /** Builds a new index from every folder, beside the one in use, and swaps it in when complete. */
  private async scan(token: vscode.CancellationToken, report: (p: IndexProgress) => void): Promise<void> {
    const started = Date.now();
    const files = await this.listFiles(token);
    if (token.isCancellationRequested) return;
    const listed = Date.now();
    const next = new Corpus(corpusEngineOptions());
    let sliceStart = Date.now();
    this.setProgress({ done: 0, total: files.length });
    for (let i = 0; i < files.length; i += readBatch) {
      if (token.isCancellationRequested) return;
      // Reads overlap (each is a round trip to the file service); indexing stays in order.
      const batch = files.slice(i, i + readBatch);
      const texts = await Promise.all(batch.map((uri) => this.load(uri)));
      for (let j = 0; j < batch.length; j++) {
        const text = texts[j];
        if (text !== undefined) next.set(batch[j].toString(), text);
        if (Date.now() - sliceStart > sliceMs) {
          const p = { done: i + j + 1, total: files.length };
          this.setProgress(p);
          report(p);
          await yieldToEventLoop();
          sliceStart = Date.now();
          if (token.isCancellationRequested) return;
        }
      }
    }
    const changed = new Set([...this.current.paths(), ...next.paths()]);
    this.current = next;
    this.log.appendLine(`[corpus] indexed ${next.size} documents in ${Date.now() - started} ms (listing ${listed - started} ms)`);
    this.bump([...changed]);
  }

  private async listFiles(token: vscode.CancellationToken): Promise<vscode.Uri[]> {
    const out = new Map<string, vscode.Uri>();
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const s = readSettings(folder.uri).corpus;
      // findFiles takes one exclude pattern; pass the joined list when it has no nested braces, and
      // always filter again with our own matcher so both paths agree with the watcher.
      const exclude = s.exclude.some((g) => g.includes('{')) ? undefined : joinGlobs(s.exclude);
      for (const include of s.include) {
        const found = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, include), exclude, undefined, token);
        for (const uri of found) {
          if (!matchesAny(relativePath(folder, uri), s.exclude)) out.set(uri.toString(), uri);
        }
      }
    }
    return [...out.values()].sort((a, b) => a.toString().localeCompare(b.toString()));
  }

  /** Reads one file (or its open document's unsaved text) into the corpus; true when the text changed. */
  private async readIntoCorpus(uri: vscode.Uri): Promise<boolean> {
    return this.apply(uri, await this.load(uri));
  }

  /** The text a corpus file contributes: its open document's unsaved text, else the file; undefined when
   * it is unreadable, too large or not a file. */
  private async load(uri: vscode.Uri): Promise<string | undefined> {
    const key = uri.toString();
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
    if (open && open.isDirty) return open.getText();
    const maxSize = readSettings(vscode.workspace.getWorkspaceFolder(uri)?.uri).corpus.maxFileSize;
    try {
      const stat = await vscode.workspace.fs.stat(uri);
      if (stat.type & vscode.FileType.Directory) return undefined;
      if (stat.size > maxSize) {
        this.log.appendLine(`[corpus] skipped ${vscode.workspace.asRelativePath(uri)}: ${stat.size} bytes is over crosscheck.maxFileSize`);
        return undefined;
      }
      return new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
    } catch (err) {
      this.log.appendLine(`[corpus] cannot read ${uri.toString(true)}: ${err instanceof Error ? err.message : String(err)}`);
      return undefined;
    }
  }

  /** Puts a loaded text into the corpus (or takes the document out); true when the corpus changed. */
  private apply(uri: vscode.Uri, text: string | undefined): boolean {
    const key = uri.toString();
    if (text === undefined) return this.current.remove(key);
    if (this.current.text(key) === text) return false;
    this.current.set(key, text);
    return true;
  }

  /**
   * One watcher per folder for every path: a folder that is deleted, moved or copied in reports only
   * itself, so include-glob watchers would miss the files inside it.
   */
  private createWatchers(): void {
    for (const w of this.watchers) w.dispose();
    this.watchers = (vscode.workspace.workspaceFolders ?? []).map((folder) => {
      const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, '**/*'));
      watcher.onDidCreate((uri) => this.onFileChanged(uri, true));
      watcher.onDidChange((uri) => this.onFileChanged(uri, false));
      watcher.onDidDelete((uri) => this.onFileDeleted(uri));
      return watcher;
    });
  }

  private onFileChanged(uri: vscode.Uri, created: boolean): void {
    if (this.isCorpusFile(uri)) {
      void this.enqueue(async () => {
        if (await this.readIntoCorpus(uri)) this.bump([uri.toString()]);
      });
    } else if (created) {
      void this.enqueue(() => this.addFolder(uri));
    }
  }

  /** A folder created, copied or moved into the workspace: index the corpus files inside it. */
  private async addFolder(uri: vscode.Uri): Promise<void> {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder) return;
    try {
      if (!((await vscode.workspace.fs.stat(uri)).type & vscode.FileType.Directory)) return;
    } catch {
      return;
    }
    const s = readSettings(folder.uri).corpus;
    const changed: string[] = [];
    for (const include of s.include) {
      for (const file of await vscode.workspace.findFiles(new vscode.RelativePattern(uri, include))) {
        if (this.isCorpusFile(file) && (await this.readIntoCorpus(file))) changed.push(file.toString());
      }
    }
    this.bump(changed);
  }

  private onFileDeleted(uri: vscode.Uri): void {
    const key = uri.toString();
    void this.enqueue(async () => {
      // A deleted folder reports only itself: drop everything under it.
      const gone = this.corpus.paths().filter((p) => p === key || p.startsWith(key.endsWith('/') ? key : key + '/'));
      for (const p of gone) this.corpus.remove(p);
      if (gone.length > 0) this.bump(gone);
    });
  }

  /** Unsaved edits of an open corpus document count for that document (debounced like analysis). */
  private onOpenTextChanged(doc: vscode.TextDocument): void {
    const key = doc.uri.toString();
    if (!this.corpus.has(key)) return;
    clearTimeout(this.pendingOpenText.get(key));
    const delay = readSettings(doc.uri).analysisDelay;
    this.pendingOpenText.set(key, setTimeout(() => {
      this.pendingOpenText.delete(key);
      void this.enqueue(async () => {
        if (doc.isClosed || !this.corpus.has(key) || this.corpus.text(key) === doc.getText()) return;
        this.corpus.set(key, doc.getText());
        this.bump([key]);
      });
    }, delay));
  }

  /** A document closed without saving: its file's text is the corpus text again. */
  private onClosed(doc: vscode.TextDocument): void {
    const key = doc.uri.toString();
    clearTimeout(this.pendingOpenText.get(key));
    this.pendingOpenText.delete(key);
    if (!this.corpus.has(key)) return;
    void this.enqueue(async () => {
      if (await this.readIntoCorpus(doc.uri)) this.bump([key]);
    });
  }

  private bump(paths: string[]): void {
    if (paths.length === 0) return;
    this.gen++;
    this.changeEmitter.fire({ paths, generation: this.gen });
  }

  private setProgress(p: IndexProgress | undefined): void {
    this.progressNow = p;
    this.progressEmitter.fire(p);
  }

  dispose(): void {
    this.scanToken?.cancel();
    for (const t of this.pendingOpenText.values()) clearTimeout(t);
    for (const d of [...this.watchers, ...this.disposables]) d.dispose();
    this.changeEmitter.dispose();
    this.progressEmitter.dispose();
  }
}

function relativePath(folder: vscode.WorkspaceFolder, uri: vscode.Uri): string {
  const base = folder.uri.path.endsWith('/') ? folder.uri.path : folder.uri.path + '/';
  return uri.path.startsWith(base) ? uri.path.slice(base.length) : uri.path.replace(/^\//, '');
}
