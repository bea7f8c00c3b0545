// The report of a draft in a webview panel beside it (status bar click, Show Report): rendered HTML, no script,
// a strict Content Security Policy, links limited to Crosscheck's commands. Re-rendered when the draft is
// analysed again.
import * as vscode from 'vscode';
import { reportCommands, reportHtml } from './reportHtml';
import { reportModel } from './reportModel';
import { Services } from './services';

export const reportViewType = 'crosscheck.report';

export class ReportView implements vscode.Disposable {
  private readonly panels = new Map<string, vscode.WebviewPanel>();
  private readonly html = new Map<string, string>();

  constructor(private readonly services: Services, private readonly extensionUri: vscode.Uri) {}

  /** The page last rendered for a draft (tests read it: a webview's DOM is not reachable from the API). */
  renderedHtml(draft: string): string | undefined {
    return this.html.get(draft);
  }

  /** Re-renders the open report of a draft. */
  refresh(draft: string): void {
    const panel = this.panels.get(draft);
    if (panel) this.render(draft, panel);
  }

  async show(doc: vscode.TextDocument | undefined): Promise<vscode.WebviewPanel | undefined> {
    if (!doc) {
      void vscode.window.showInformationMessage('Crosscheck: open an article to see its report.');
      return undefined;
    }
    if (!this.services.scheduler.isDraft(doc)) {
      void vscode.window.showInformationMessage('Crosscheck: this file is open as a source, not checked as a draft.');
      return undefined;
    }
    if (!this.services.scheduler.current(doc)) await this.services.scheduler.whenAnalyzed(doc.uri, doc.version);
    const key = doc.uri.toString();
    let panel = this.panels.get(key);
    if (panel) panel.reveal(vscode.ViewColumn.Beside, false);
    else {
      panel = vscode.window.createWebviewPanel(reportViewType, this.title(doc.uri), vscode.ViewColumn.Beside, {
        enableScripts: false,
        enableCommandUris: [...reportCommands],
        localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'media')],
      });
      panel.iconPath = vscode.Uri.joinPath(this.extensionUri, 'media', 'icon.png');
      this.panels.set(key, panel);
      panel.onDidDispose(() => {
        this.panels.delete(key);
        this.html.delete(key);
      });
    }
    this.render(key, panel);
    return panel;
  }

  private title(uri: vscode.Uri): string {
    return `Crosscheck: ${uri.path.split('/').pop() || 'document'}`;
  }

  private render(key: string, panel: vscode.WebviewPanel): void {
    const draft = vscode.Uri.parse(key);
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
    const result = (doc && this.services.scheduler.current(doc)) ?? this.services.scheduler.latest(key);
    if (!result) return;
    const corpus = this.services.corpus.corpus;
    const model = reportModel({
      report: result.report,
      draftText: result.text,
      draftName: draft.path.split('/').pop() || 'document',
      draftUri: key,
      isIgnored: this.services.ignored.predicateFor(draft),
      names: this.services.names,
      sharedFraction: (a, b) => corpus.sharedFraction(a, b),
      corpusSize: corpus.size - (corpus.has(key) ? 1 : 0),
    });
    const html = reportHtml(model, {
      cspSource: panel.webview.cspSource,
      styleUri: panel.webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'media', 'report.css')).toString(),
    });
    this.html.set(key, html);
    panel.title = this.title(draft);
    panel.webview.html = html;
  }

  dispose(): void {
    for (const p of this.panels.values()) p.dispose();
  }
}
