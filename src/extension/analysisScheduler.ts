// Analysis of open articles: on open and on edit (debounced), one run per document at a time, stale
// runs cancelled, and a result kept only if the document is still at the version that was analysed.
import * as vscode from 'vscode';
import { Analyzer, Corpus, Evidence, FileReport } from '../engine';
import { WorkspaceCorpus } from './corpusIndex';
import { LineIndex } from '../engine/lines';
import { engineOptions, readSettings } from './settings';
import { SourceViews } from './sourceViews';

/** A report together with the exact text and version it was computed from. */
export interface AnalysisResult {
  uri: string;
  version: number;
  /** Corpus generation the analysis ran against. */
  generation: number;
  text: string;
  lines: LineIndex;
  report: FileReport;
}

const articleLanguages = new Set(['markdown', 'plaintext']);
const articleSchemes = new Set(['file', 'untitled', 'vscode-remote', 'vscode-vfs']);

export function isArticle(doc: vscode.TextDocument): boolean {
  return articleLanguages.has(doc.languageId) && articleSchemes.has(doc.uri.scheme);
}

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

export class AnalysisScheduler implements vscode.Disposable {
  private readonly results = new Map<string, AnalysisResult>();
  private readonly pending = new Map<string, { timer?: NodeJS.Timeout; cancel: vscode.CancellationTokenSource }>();
  private readonly analyzedEmitter = new vscode.EventEmitter<AnalysisResult>();
  private readonly forgottenEmitter = new vscode.EventEmitter<string>();
  private readonly idleEmitter = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [];
  /** One Analyzer (and its per-paragraph cache) per distinct engine options (folders may differ). */
  private readonly analyzers = new Map<string, Analyzer>();
  private analyzersCorpus: Corpus | undefined;

  /** Fires with each fresh result (already checked against the document's current version). */
  readonly onDidAnalyze = this.analyzedEmitter.event;
  /** Fires when a document's result is dropped (closed, or no longer an article). */
  readonly onDidForget = this.forgottenEmitter.event;

  constructor(private readonly corpus: WorkspaceCorpus, private readonly log: vscode.OutputChannel, private readonly sourceViews: SourceViews) {
    this.disposables.push(
      sourceViews.onDidAdd((uri) => this.forget(uri)),
      sourceViews.onDidRelease((uri) => {
        const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri);
        if (doc) this.schedule(doc, 0);
      }),
      vscode.workspace.onDidOpenTextDocument((doc) => this.schedule(doc, 0)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length > 0) this.schedule(e.document);
      }),
      vscode.workspace.onDidCloseTextDocument((doc) => this.forget(doc.uri.toString())),
      corpus.onDidChange((change) => {
        // Articles in editors are checked again now; open documents that are not shown (each analysis
        // holds the extension host while it runs) when they are shown or asked for (whenAnalyzed).
        const changed = new Set(change.paths);
        const visible = new Set(vscode.window.visibleTextEditors.map((e) => e.document));
        for (const doc of visible) {
          if (!isArticle(doc)) continue;
          if (changed.size === 1 && changed.has(doc.uri.toString())) continue; // its own unsaved text
          this.schedule(doc);
        }
      }),
      vscode.window.onDidChangeVisibleTextEditors((editors) => {
        for (const e of editors) if (this.isStale(e.document)) this.schedule(e.document, 0);
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('crosscheck.noisePatterns') || e.affectsConfiguration('crosscheck.maxEvidence')) this.rescheduleAll(0);
      }),
      vscode.workspace.onDidGrantWorkspaceTrust(() => this.rescheduleAll(0)),
    );
    for (const doc of vscode.workspace.textDocuments) this.schedule(doc, 0);
  }

  /** The result for the document's current version, or undefined while it is being (re)analysed. */
  current(doc: vscode.TextDocument): AnalysisResult | undefined {
    const r = this.results.get(doc.uri.toString());
    return r && r.version === doc.version ? r : undefined;
  }

  /** The latest result, whatever version it was for. */
  latest(uri: string): AnalysisResult | undefined {
    return this.results.get(uri);
  }

  /** Whether the document's result is missing or was computed for an older text or corpus. */
  isStale(doc: vscode.TextDocument): boolean {
    if (!this.isDraft(doc) || this.pending.has(doc.uri.toString())) return false;
    const r = this.results.get(doc.uri.toString());
    return !r || r.version !== doc.version || r.generation !== this.corpus.generation;
  }

  isPending(uri: string): boolean {
    return this.pending.has(uri);
  }

  /** Whether the document is checked: an article that was not opened as a source to read (Open beside). */
  isDraft(doc: vscode.TextDocument): boolean {
    return isArticle(doc) && !this.sourceViews.has(doc.uri);
  }

  /** Schedules (or re-schedules) analysis of an article; an earlier pending run is cancelled. */
  schedule(doc: vscode.TextDocument, delay?: number): void {
    if (!this.isDraft(doc)) return;
    const key = doc.uri.toString();
    this.cancel(key);
    const cancel = new vscode.CancellationTokenSource();
    const entry: { timer?: NodeJS.Timeout; cancel: vscode.CancellationTokenSource } = { cancel };
    this.pending.set(key, entry);
    const wait = delay ?? readSettings(doc.uri).analysisDelay;
    entry.timer = setTimeout(() => {
      entry.timer = undefined;
      this.run(doc, cancel.token)
        .catch((err) => this.log.appendLine(`[analysis] ${doc.uri.toString(true)}: ${err instanceof Error ? err.stack ?? err.message : String(err)}`))
        .finally(() => {
          if (this.pending.get(key) === entry) this.pending.delete(key);
          cancel.dispose();
          this.fireIfIdle();
        });
    }, wait);
  }

  rescheduleAll(delay?: number): void {
    for (const doc of vscode.workspace.textDocuments) this.schedule(doc, delay);
  }

  /** Resolves with the first result for at least `version` (default: the open document's version)
   * that was computed against the current corpus. */
  whenAnalyzed(uri: vscode.Uri, version?: number): Promise<FileReport> {
    const key = uri.toString();
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
    const want = version ?? doc?.version ?? 0;
    const fresh = (r: AnalysisResult | undefined) =>
      !!r && r.uri === key && r.version >= want && r.generation === this.corpus.generation && !this.pending.has(key);
    if (doc && !isArticle(doc)) return Promise.reject(new Error(`${key} is not a Markdown or plain-text article`));
    if (this.sourceViews.has(key)) return Promise.reject(new Error(`${key} is open as a source, not checked as a draft`));
    const now = this.results.get(key);
    if (fresh(now)) return Promise.resolve(now!.report);
    if (doc && !this.pending.has(key) && (!now || now.version < doc.version || now.generation !== this.corpus.generation)) this.schedule(doc, 0);
    return new Promise((resolve) => {
      const sub = this.onDidAnalyze((r) => {
        if (fresh(r)) {
          sub.dispose();
          resolve(r.report);
        }
      });
    });
  }

  private async run(doc: vscode.TextDocument, token: vscode.CancellationToken): Promise<void> {
    await this.corpus.ready;
    await yieldToEventLoop();
    if (token.isCancellationRequested || doc.isClosed) return;
    const key = doc.uri.toString();
    const version = doc.version;
    const text = doc.getText();
    const limit = readSettings(doc.uri).corpus.maxFileSize;
    if (text.length > limit) {
      // Same limit as for the corpus: a huge document would hold the extension host for too long.
      this.log.appendLine(`[analysis] skipped ${vscode.workspace.asRelativePath(doc.uri)}: ${text.length} characters is over crosscheck.maxFileSize`);
      this.forget(key);
      return;
    }
    const generation = this.corpus.generation;
    const started = Date.now();
    // Paragraph by paragraph, yielding to the extension host between slices; a newer edit cancels the run.
    const report = await this.analyzerFor(doc.uri).analyzeAsync(key, text, {
      isCancelled: () => token.isCancellationRequested || doc.isClosed || doc.version !== version,
    });
    if (!report) return;
    const ms = Date.now() - started;
    if (ms > 200) this.log.appendLine(`[analysis] ${vscode.workspace.asRelativePath(doc.uri)} took ${ms} ms`);
    // Never publish a result for an older version of the text (or an older corpus).
    if (token.isCancellationRequested || doc.isClosed || doc.version !== version) return;
    if (generation !== this.corpus.generation) {
      this.schedule(doc, 0);
      return;
    }
    const result: AnalysisResult = { uri: key, version, generation, text, lines: new LineIndex(text), report };
    this.results.set(key, result);
    if (this.pending.get(key)?.cancel.token === token) this.pending.delete(key);
    this.analyzedEmitter.fire(result);
  }

  /** Ranked passages of other documents for any text (Corroborate Selection). */
  async corroborate(text: string, from: vscode.Uri | undefined): Promise<Evidence[]> {
    await this.corpus.ready;
    const analyzer = this.analyzerFor(from);
    return analyzer.corroborate(text, from ? { excludePath: from.toString() } : {});
  }

  private analyzerFor(uri: vscode.Uri | undefined): Analyzer {
    const options = engineOptions(readSettings(uri && vscode.workspace.getWorkspaceFolder(uri)?.uri));
    const key = JSON.stringify(options);
    if (this.analyzersCorpus !== this.corpus.corpus) {
      this.analyzers.clear(); // a re-index swapped in a new index
      this.analyzersCorpus = this.corpus.corpus;
    }
    let analyzer = this.analyzers.get(key);
    if (!analyzer) {
      if (this.analyzers.size >= 8) this.analyzers.clear(); // settings edited many times: drop stale caches
      analyzer = new Analyzer(this.corpus.corpus, options);
      this.analyzers.set(key, analyzer);
    }
    return analyzer;
  }

  private cancel(key: string): void {
    const p = this.pending.get(key);
    if (!p) return;
    if (p.timer) clearTimeout(p.timer);
    p.cancel.cancel();
    this.pending.delete(key);
    this.fireIfIdle();
  }

  private fireIfIdle(): void {
    if (this.pending.size === 0) this.idleEmitter.fire();
  }

  /** Resolves when no analysis is scheduled or running. */
  whenIdle(): Promise<void> {
    if (this.pending.size === 0) return Promise.resolve();
    return new Promise((resolve) => {
      const sub = this.idleEmitter.event(() => {
        if (this.pending.size > 0) return;
        sub.dispose();
        resolve();
      });
    });
  }

  private forget(key: string): void {
    this.cancel(key);
    if (this.results.delete(key)) this.forgottenEmitter.fire(key);
  }

  dispose(): void {
    for (const key of [...this.pending.keys()]) this.cancel(key);
    for (const d of this.disposables) d.dispose();
    this.analyzedEmitter.dispose();
    this.forgottenEmitter.dispose();
    this.idleEmitter.dispose();
  }
}
