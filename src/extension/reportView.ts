// The report of one document as a read-only virtual markdown document (scheme crosscheck-report), with
// links from each claim line to the claim's range in the draft.
import * as vscode from 'vscode';
import { reportMarkdown, ReportLink } from './reportMarkdown';
import { sourceName } from './ranges';
import { Services } from './services';

export const reportScheme = 'crosscheck-report';

/** The report URI of a document: the draft's URI rides in the query. */
export function reportUri(doc: vscode.Uri): vscode.Uri {
  const name = doc.path.split('/').pop() || 'document';
  return vscode.Uri.from({ scheme: reportScheme, path: `/Crosscheck report - ${name}.md`, query: doc.toString() });
}

export class ReportView implements vscode.TextDocumentContentProvider, vscode.DocumentLinkProvider, vscode.Disposable {
  private readonly changeEmitter = new vscode.EventEmitter<vscode.Uri>();
  private readonly links = new Map<string, { draft: vscode.Uri; links: ReportLink[]; lines: (offset: number) => vscode.Position }>();
  readonly onDidChange = this.changeEmitter.event;

  constructor(private readonly services: Services) {}

  provideTextDocumentContent(uri: vscode.Uri): string {
    const draft = vscode.Uri.parse(uri.query, true);
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === draft.toString());
    const result = doc ? this.services.scheduler.current(doc) ?? this.services.scheduler.latest(draft.toString()) : this.services.scheduler.latest(draft.toString());
    if (!result) return `# Crosscheck report\n\n${draft.path.split('/').pop()} has not been checked yet: open it in an editor.\n`;
    const out = reportMarkdown(result.report, result.text, sourceName(result.uri), this.services.ignored.predicateFor(draft), sourceName);
    this.links.set(uri.toString(), {
      draft,
      links: out.links,
      lines: (offset) => {
        const p = result.lines.position(offset);
        return new vscode.Position(p.line, p.character);
      },
    });
    return out.text;
  }

  provideDocumentLinks(doc: vscode.TextDocument): vscode.DocumentLink[] {
    const entry = this.links.get(doc.uri.toString());
    if (!entry) return [];
    return entry.links.map((l) => {
      const at = entry.lines(l.claimStart);
      // The editor opener selects `#L<line>,<column>` (1-based) in the target.
      const target = entry.draft.with({ fragment: `L${at.line + 1},${at.character + 1}` });
      const link = new vscode.DocumentLink(new vscode.Range(l.line, l.startCharacter, l.line, l.endCharacter), target);
      link.tooltip = 'Go to the claim';
      return link;
    });
  }

  /** Re-renders open reports of a draft. */
  refresh(draft: string): void {
    for (const d of vscode.workspace.textDocuments) {
      if (d.uri.scheme === reportScheme && d.uri.query === draft) this.changeEmitter.fire(d.uri);
    }
  }

  async show(doc: vscode.TextDocument | undefined): Promise<vscode.TextDocument | undefined> {
    if (!doc) {
      void vscode.window.showInformationMessage('Crosscheck: open an article to see its report.');
      return undefined;
    }
    if (!this.services.scheduler.current(doc)) await this.services.scheduler.whenAnalyzed(doc.uri, doc.version);
    const uri = reportUri(doc.uri);
    this.changeEmitter.fire(uri);
    const report = await vscode.workspace.openTextDocument(uri); // markdown by its .md path
    await vscode.window.showTextDocument(report, { viewColumn: vscode.ViewColumn.Beside, preview: true });
    return report;
  }

  dispose(): void {
    this.changeEmitter.dispose();
  }
}
