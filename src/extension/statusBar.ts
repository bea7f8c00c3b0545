// Status bar item for the active article: its findings in words ("Crosscheck: 3 contradicted · 1 unsupported"),
// or indexing progress. No status icons: VS Code's own problem counts use them. Click → the report.
import * as vscode from 'vscode';
import { isArticle } from './analysisScheduler';
import { statusBarText, statusCounts } from './findings';
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
      this.item.text = `Crosscheck: indexing ${progress.done}/${progress.total}`;
      this.item.tooltip = `Crosscheck is indexing the sources: ${progress.done} of ${progress.total} files`;
      this.item.command = undefined;
      this.show();
      return;
    }
    if (!editor || !isArticle(editor.document)) {
      this.hide();
      return;
    }
    if (this.services.sourceViews.has(editor.document.uri)) {
      this.item.text = 'Crosscheck: source, not checked';
      this.item.tooltip = 'Opened as a source to read, so it is not checked as a draft. Click to check it as a draft.';
      this.item.command = { command: 'crosscheck.checkAsDraft', title: 'Check as Draft', arguments: [editor.document.uri] };
      this.item.accessibilityInformation = { label: 'Crosscheck: this file is open as a source and is not checked' };
      this.show();
      return;
    }
    this.item.command = 'crosscheck.showReport';
    const result = this.services.scheduler.current(editor.document);
    if (!result) {
      this.item.text = 'Crosscheck: checking…';
      this.item.tooltip = 'Crosscheck is checking this document against the sources';
      this.show();
      return;
    }
    const c = statusCounts(result.report, this.services.ignored.predicateFor(editor.document.uri));
    this.item.text = statusBarText(c);
    const tooltip = new vscode.MarkdownString(
      `**Crosscheck** (${this.services.corpus.corpus.size} documents indexed)\n\n` +
        `- Contradicted: ${c.conflicting}\n- Unsupported: ${c.unsupported}\n- Partly corroborated: ${c.partial}\n- Corroborated: ${c.corroborated}\n- Ignored: ${c.ignored}\n\nClick for the report.`,
    );
    this.item.tooltip = tooltip;
    this.item.accessibilityInformation = {
      label: `Crosscheck: ${c.conflicting} contradicted, ${c.unsupported} unsupported, ${c.partial} partly corroborated, ${c.corroborated} corroborated claims`,
    };
    this.show();
  }

  dispose(): void {
    this.item.dispose();
  }
}
