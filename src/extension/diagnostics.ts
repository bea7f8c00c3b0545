// Problems panel entries: one per reported claim, source "crosscheck", codes unsupported-claim,
// conflicting-claim, misquote and partial-claim, at the words the finding is about, with related information
// at the passages (named by outlet or headline, briefly: VS Code repeats it in the hover).
import * as vscode from 'vscode';
import { relatedMessage } from './evidenceWords';
import { Finding, findingsFor, SeveritySetting } from './findings';
import { AnalysisResult } from './analysisScheduler';
import { SourceLocations, spanRange } from './ranges';
import { readSettings } from './settings';
import { SourceNames } from './sourceNames';

const severity: Record<Exclude<SeveritySetting, 'off'>, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

export class ClaimDiagnostics implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection('crosscheck');

  constructor(private readonly sources: SourceLocations, private readonly names: SourceNames) {}

  update(result: AnalysisResult, isIgnored: (claimText: string) => boolean): void {
    const uri = vscode.Uri.parse(result.uri);
    const settings = readSettings(uri);
    const findings = findingsFor(result.report, settings.problems, isIgnored, this.names, settings.maxEvidence);
    this.collection.set(uri, findings.map((f) => this.toDiagnostic(result, f)));
  }

  delete(uri: string): void {
    this.collection.delete(vscode.Uri.parse(uri));
  }

  private toDiagnostic(result: AnalysisResult, f: Finding): vscode.Diagnostic {
    const d = new vscode.Diagnostic(spanRange(result.lines, f.span), f.message, severity[f.severity]);
    d.source = 'crosscheck';
    d.code = f.code;
    d.relatedInformation = f.related.map(
      (e) => new vscode.DiagnosticRelatedInformation(this.sources.location(e.path, e), relatedMessage(e, f.claim.status, this.names.knownName(e.path) ?? '')),
    );
    return d;
  }

  dispose(): void {
    this.collection.dispose();
  }
}
