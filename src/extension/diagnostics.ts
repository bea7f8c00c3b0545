// Problems panel entries: one per reported claim, source "crosscheck", codes unsupported-claim,
// conflicting-claim and misquote, related information at the passages.
import * as vscode from 'vscode';
import { Finding, findingsFor, readableNote, SeveritySetting } from './findings';
import { AnalysisResult } from './analysisScheduler';
import { SourceLocations, sourceName, spanRange } from './ranges';
import { readSettings } from './settings';

const severity: Record<Exclude<SeveritySetting, 'off'>, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

export class ClaimDiagnostics implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection('crosscheck');

  constructor(private readonly sources: SourceLocations) {}

  update(result: AnalysisResult, isIgnored: (claimText: string) => boolean): void {
    const uri = vscode.Uri.parse(result.uri);
    const settings = readSettings(uri);
    const findings = findingsFor(result.report, settings.problems, isIgnored, sourceName, settings.maxEvidence);
    this.collection.set(uri, findings.map((f) => this.toDiagnostic(result, f)));
  }

  delete(uri: string): void {
    this.collection.delete(vscode.Uri.parse(uri));
  }

  private toDiagnostic(result: AnalysisResult, f: Finding): vscode.Diagnostic {
    const d = new vscode.Diagnostic(spanRange(result.lines, f.claim), f.message, severity[f.severity]);
    d.source = 'crosscheck';
    d.code = f.code;
    d.relatedInformation = f.related.map(
      (e) =>
        new vscode.DiagnosticRelatedInformation(
          this.sources.location(e.path, e),
          `${readableNote(e.note, sourceName) || (e.relation === 'supports' ? 'closest passage' : e.relation === 'conflicts' ? 'conflicts' : 'quote differs')} (score ${e.score.toFixed(2)})`,
        ),
    );
    return d;
  }

  dispose(): void {
    this.collection.dispose();
  }
}
