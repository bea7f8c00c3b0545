// Hover cards for claims and boilerplate, read from the current report (never recomputed here).
import * as vscode from 'vscode';
import { claimAt, noiseAt } from './findings';
import { claimHoverMarkdown, hoverCommands, noiseHoverMarkdown } from './hoverMarkdown';
import { spanRange } from './ranges';
import { Services } from './services';
import { readSettings } from './settings';

export class ClaimHoverProvider implements vscode.HoverProvider {
  constructor(private readonly services: Services) {}

  provideHover(doc: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const result = this.services.scheduler.current(doc);
    if (!result) return undefined;
    const offset = result.lines.offset(position);
    const claim = claimAt(result.report, offset);
    let value: string;
    let range: vscode.Range;
    if (claim) {
      range = spanRange(result.lines, claim);
      // VS Code shows the Problems entry under the mouse (message and related information) above this card.
      const diagnosticShown = vscode.languages
        .getDiagnostics(doc.uri)
        .some((d) => d.source === 'crosscheck' && d.range.contains(position) && range.contains(d.range));
      const corpus = this.services.corpus.corpus;
      value = claimHoverMarkdown(claim, {
        maxEvidence: readSettings(doc.uri).maxEvidence,
        names: this.services.names,
        sharedFraction: (a, b) => corpus.sharedFraction(a, b),
        documentUri: result.uri,
        ignored: this.services.ignored.isIgnored(doc.uri, claim.text),
        diagnosticShown,
      });
    } else {
      const noise = noiseAt(result.report, offset);
      if (!noise) return undefined;
      value = noiseHoverMarkdown(noise);
      range = spanRange(result.lines, noise);
    }
    const md = new vscode.MarkdownString(value);
    md.isTrusted = { enabledCommands: [...hoverCommands] };
    md.supportHtml = false;
    md.supportThemeIcons = false;
    return new vscode.Hover(md, range);
  }
}
