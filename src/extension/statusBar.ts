// Status bar item for the active article: counts per status, or indexing progress. Click → report.
import * as vscode from 'vscode';
import { isArticle } from './analysisScheduler';
import { statusCounts } from './findings';
import { Services } from './services';

export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('crosscheck.status', vscode.StatusBarAlignment.Right, 100);

  constructor(private readonly services: Services) {
    this.item.name = 'Crosscheck';
    this.item.command = 'crosscheck.showReport';
  }

  /** The item's text while shown (for tests; the status bar cannot be read through the API). */
  get text(): string | undefined {
    return this.shown ? this.item.text : undefined;
  }

  private shown = false;

  private show(): void {
    this.shown = true;
    this.item.show();
  }

  private hide(): void {
    this.shown = false;
    this.item.hide();
  }

  update(): void {
    const editor = vscode.window.activeTextEditor;
    const progress = this.services.corpus.progress;
    if (progress) {
      this.item.text = `$(sync~spin) Crosscheck ${progress.done}/${progress.total}`;
      this.item.tooltip = `Crosscheck is indexing the corpus: ${progress.done} of ${progress.total} files`;
      this.show();
      return;
    }
    if (!editor || !isArticle(editor.document)) {
      this.hide();
      return;
    }
    const result = this.services.scheduler.current(editor.document);
    if (!result) {
      this.item.text = '$(loading~spin) Crosscheck';
      this.item.tooltip = 'Crosscheck is checking this document';
      this.show();
      return;
    }
    const c = statusCounts(result.report, this.services.ignored.predicateFor(editor.document.uri));
    this.item.text = `$(pass) ${c.corroborated} $(circle-large-outline) ${c.partial} $(error) ${c.conflicting} $(question) ${c.unsupported}`;
    const tooltip = new vscode.MarkdownString(
      `**Crosscheck** (${this.services.corpus.corpus.size} source documents)\n\n` +
        `- Corroborated: ${c.corroborated}\n- Partly corroborated: ${c.partial}\n- Conflicting: ${c.conflicting}\n- Unsupported: ${c.unsupported}\n- Ignored: ${c.ignored}\n\nClick for the report.`,
    );
    this.item.tooltip = tooltip;
    this.item.accessibilityInformation = {
      label: `Crosscheck: ${c.corroborated} corroborated, ${c.partial} partly corroborated, ${c.conflicting} conflicting, ${c.unsupported} unsupported claims`,
    };
    this.show();
  }

  dispose(): void {
    this.item.dispose();
  }
}
