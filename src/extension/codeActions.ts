// Code actions on a claim: "Show corroborating passages" and "Ignore this claim".
import * as vscode from 'vscode';
import { Services } from './services';
import { spanRange } from './ranges';

export class ClaimCodeActions implements vscode.CodeActionProvider {
  static readonly providedCodeActionKinds = [vscode.CodeActionKind.QuickFix];

  constructor(private readonly services: Services) {}

  provideCodeActions(doc: vscode.TextDocument, range: vscode.Range | vscode.Selection, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const result = this.services.scheduler.current(doc);
    if (!result) return [];
    const actions: vscode.CodeAction[] = [];
    for (const claim of result.report.claims) {
      const claimRange = spanRange(result.lines, claim);
      if (!claimRange.intersection(range)) continue;
      const diagnostics = context.diagnostics.filter((d) => d.source === 'crosscheck' && d.range.isEqual(claimRange));
      const target = { uri: result.uri, start: claim.start, end: claim.end };
      const show = new vscode.CodeAction('Show corroborating passages', vscode.CodeActionKind.QuickFix);
      show.command = { command: 'crosscheck.showPassages', title: 'Show corroborating passages', arguments: [target] };
      show.diagnostics = diagnostics;
      actions.push(show);
      if (this.services.ignored.isIgnored(doc.uri, claim.text)) {
        const unignore = new vscode.CodeAction('Stop ignoring this claim', vscode.CodeActionKind.QuickFix);
        unignore.command = { command: 'crosscheck.unignoreClaim', title: 'Stop ignoring this claim', arguments: [{ uri: result.uri, text: claim.text }] };
        actions.push(unignore);
      } else if (claim.status !== 'corroborated') {
        const ignore = new vscode.CodeAction('Ignore this claim', vscode.CodeActionKind.QuickFix);
        ignore.command = { command: 'crosscheck.ignoreClaim', title: 'Ignore this claim', arguments: [{ uri: result.uri, text: claim.text }] };
        ignore.diagnostics = diagnostics;
        actions.push(ignore);
      }
    }
    return actions;
  }
}
