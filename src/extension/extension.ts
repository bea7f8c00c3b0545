// Crosscheck's VS Code glue: wires the corpus, the analysis scheduler and the views, registers the
// commands, and returns a small API (used by the integration tests and other extensions).
import * as vscode from 'vscode';
import type { FileReport } from '../engine';
import { AnalysisResult, AnalysisScheduler, isArticle } from './analysisScheduler';
import { ClaimCodeActions } from './codeActions';
import { corroborateSelection, CorroborateArgs } from './commands/corroborateSelection';
import { ignoreClaim, IgnoreTarget, unignoreClaim } from './commands/ignoreClaim';
import { openPassage, PassageTarget } from './commands/openPassage';
import { ClaimLocation, revealClaim } from './commands/revealClaim';
import { ClaimTarget, showPassages } from './commands/showPassages';
import { WorkspaceCorpus } from './corpusIndex';
import { AnnotationPainter, DecorationModel } from './decorations';
import { ClaimDiagnostics } from './diagnostics';
import { ClaimHoverProvider } from './hover';
import { IgnoredClaimsStore } from './ignoredStore';
import { noisePatternProblems } from './noisePatternProblems';
import { SourceLocations } from './ranges';
import { ReportView } from './reportView';
import { Services } from './services';
import { configuredNoisePatterns } from './settings';
import { SourceNames } from './sourceNames';
import { SourceViews } from './sourceViews';
import { StatusBar } from './statusBar';

/** What activate() returns. */
export interface CrosscheckApi {
  /** Resolves when the first corpus index pass has finished. */
  ready: Promise<void>;
  /** The report for the document's current version, if analysed. */
  reportFor(uri: vscode.Uri): FileReport | undefined;
  /** Resolves with the report for at least `version` computed against the current corpus. */
  whenAnalyzed(uri: vscode.Uri, version?: number): Promise<FileReport>;
  /** The ranges last painted per decoration kind (decorations cannot be read back from editors). */
  decorationModel(uri: vscode.Uri): DecorationModel | undefined;
  /** Resolves when the corpus holds (or, with present=false, no longer holds) a document. */
  whenCorpusHas(uri: vscode.Uri, present?: boolean): Promise<void>;
  /** Resolves at the next corpus change (that touches `uri`, when given). Subscribe before causing it. */
  nextCorpusChange(uri?: vscode.Uri): Promise<void>;
  /** Corpus paths (URI strings). */
  corpusPaths(): string[];
  /** Re-reads .crosscheck/ignored.json from disk, as a window reload would. */
  reloadIgnored(): Promise<void>;
  /** The status bar item's text, undefined while hidden. */
  statusBarText(): string | undefined;
  /** Whether annotations are shown. */
  annotationsVisible(): boolean;
  /** The report page last rendered for a draft (webview content cannot be read through the API). */
  reportHtml(uri: vscode.Uri): string | undefined;
  /** Resolves when no analysis is scheduled or running. */
  whenIdle(): Promise<void>;
  /** Whether a document is open as a source to read (Open beside), and so not checked. */
  isSourceView(uri: vscode.Uri): boolean;
  /** How a corpus document is named in the views (outlet and headline, else its file). */
  sourceName(uri: vscode.Uri): string;
}

export function activate(context: vscode.ExtensionContext): CrosscheckApi {
  const log = vscode.window.createOutputChannel('Crosscheck');
  const corpus = new WorkspaceCorpus(log);
  const warnedPatterns = new Set<string>();
  const reportNoisePatterns = () => {
    for (const problem of noisePatternProblems(configuredNoisePatterns())) {
      if (warnedPatterns.has(problem)) continue;
      warnedPatterns.add(problem);
      log.appendLine(`[settings] ${problem}`);
      void vscode.window.showWarningMessage(`Crosscheck: ${problem}`);
    }
  };
  reportNoisePatterns();
  const sourceViews = new SourceViews();
  const scheduler = new AnalysisScheduler(corpus, log, sourceViews);
  const ignored = new IgnoredClaimsStore(log);
  const painter = new AnnotationPainter(context.extensionUri);
  const sources = new SourceLocations(corpus);
  const names = new SourceNames(corpus);
  const diagnostics = new ClaimDiagnostics(sources, names);

  // The views below are created after `services`, which they read; these closures run only on events.
  const render = (result: AnalysisResult) => {
    const isIgnored = ignored.predicateFor(vscode.Uri.parse(result.uri));
    painter.paint(result, isIgnored);
    diagnostics.update(result, isIgnored);
    reportView.refresh(result.uri);
  };
  const services: Services = {
    corpus,
    scheduler,
    ignored,
    painter,
    sources,
    names,
    sourceViews,
    log,
    refreshViews() {
      for (const doc of vscode.workspace.textDocuments) {
        const r = scheduler.current(doc);
        if (r) render(r);
      }
      statusBar.update();
    },
  };
  const statusBar = new StatusBar(services);
  const reportView = new ReportView(services, context.extensionUri);
  const articles: vscode.DocumentSelector = [
    { language: 'markdown', scheme: 'file' },
    { language: 'plaintext', scheme: 'file' },
    { language: 'markdown', scheme: 'untitled' },
    { language: 'plaintext', scheme: 'untitled' },
    { language: 'markdown', scheme: 'vscode-remote' },
    { language: 'plaintext', scheme: 'vscode-remote' },
    { language: 'markdown', scheme: 'vscode-vfs' },
    { language: 'plaintext', scheme: 'vscode-vfs' },
  ];
  const setAnnotations = (visible: boolean) => {
    painter.setVisible(visible);
    void vscode.commands.executeCommand('setContext', 'crosscheck.annotationsVisible', visible);
    services.refreshViews();
  };
  void vscode.commands.executeCommand('setContext', 'crosscheck.annotationsVisible', true);

  context.subscriptions.push(
    log,
    corpus,
    sourceViews,
    scheduler,
    ignored,
    painter,
    diagnostics,
    statusBar,
    reportView,
    scheduler.onDidAnalyze((r) => {
      render(r);
      statusBar.update();
    }),
    scheduler.onDidForget((uri) => {
      diagnostics.delete(uri);
      painter.clear(uri);
    }),
    ignored.onDidChange(() => services.refreshViews()),
    corpus.onDidProgress(() => statusBar.update()),
    vscode.window.onDidChangeActiveTextEditor(() => statusBar.update()),
    vscode.window.onDidChangeVisibleTextEditors((editors) => editors.forEach((e) => painter.repaint(e))),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('crosscheck.problems') || e.affectsConfiguration('crosscheck.maxEvidence')) services.refreshViews();
      if (e.affectsConfiguration('crosscheck.noisePatterns')) reportNoisePatterns();
    }),
    vscode.languages.registerHoverProvider(articles, new ClaimHoverProvider(services)),
    vscode.languages.registerCodeActionsProvider(articles, new ClaimCodeActions(services), {
      providedCodeActionKinds: ClaimCodeActions.providedCodeActionKinds,
    }),
    vscode.commands.registerCommand('crosscheck.corroborateSelection', (arg?: CorroborateArgs | vscode.Uri) => corroborateSelection(services, arg)),
    vscode.commands.registerCommand('crosscheck.showPassages', (target?: ClaimTarget, options?: { pick?: boolean }) => showPassages(services, target, options)),
    vscode.commands.registerCommand('crosscheck.openPassage', async (target: PassageTarget) => {
      await openPassage(target, sourceViews);
    }),
    vscode.commands.registerCommand('crosscheck.revealClaim', (target: ClaimLocation) => revealClaim(target)),
    vscode.commands.registerCommand('crosscheck.checkAsDraft', (uri?: vscode.Uri) => {
      const target = uri instanceof vscode.Uri ? uri : vscode.window.activeTextEditor?.document.uri;
      if (target) sourceViews.release(target);
      statusBar.update();
    }),
    vscode.commands.registerCommand('crosscheck.ignoreClaim', (target?: IgnoreTarget) => ignoreClaim(services, target)),
    vscode.commands.registerCommand('crosscheck.unignoreClaim', (target?: IgnoreTarget) => unignoreClaim(services, target)),
    vscode.commands.registerCommand('crosscheck.reindexCorpus', () => corpus.reindex()),
    vscode.commands.registerCommand('crosscheck.toggleAnnotations', () => setAnnotations(!painter.annotationsVisible)),
    vscode.commands.registerCommand('crosscheck.showReport', async () => {
      const editor = vscode.window.activeTextEditor;
      const doc = editor && isArticle(editor.document) ? editor.document : undefined;
      const panel = await reportView.show(doc);
      return panel && doc ? doc.uri : undefined;
    }),
  );
  statusBar.update();

  return {
    ready: corpus.ready,
    reportFor(uri) {
      const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
      return doc ? scheduler.current(doc)?.report : undefined;
    },
    whenAnalyzed: (uri, version) => scheduler.whenAnalyzed(uri, version),
    decorationModel: (uri) => painter.model(uri.toString()),
    whenCorpusHas(uri, present = true) {
      const key = uri.toString();
      if (corpus.corpus.has(key) === present) return Promise.resolve();
      return new Promise((resolve) => {
        const sub = corpus.onDidChange(() => {
          if (corpus.corpus.has(key) === present) {
            sub.dispose();
            resolve();
          }
        });
      });
    },
    nextCorpusChange(uri) {
      return new Promise((resolve) => {
        const sub = corpus.onDidChange((change) => {
          if (!uri || change.paths.includes(uri.toString())) {
            sub.dispose();
            resolve();
          }
        });
      });
    },
    corpusPaths: () => corpus.corpus.paths(),
    reloadIgnored: () => ignored.reload(),
    annotationsVisible: () => painter.annotationsVisible,
    statusBarText: () => statusBar.text,
    reportHtml: (uri) => reportView.renderedHtml(uri.toString()),
    isSourceView: (uri) => sourceViews.has(uri),
    whenIdle: () => scheduler.whenIdle(),
    sourceName: (uri) => names.name(uri.toString()),
  };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
