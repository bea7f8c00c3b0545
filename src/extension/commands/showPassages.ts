// "Show corroborating passages" (code action, context menu): the passages of a claim from its report.
import * as vscode from 'vscode';
import { claimAt } from '../findings';
import { Services } from '../services';
import { CorroborationResult, toResults } from './corroborateSelection';
import { showPassagePick } from './passagePick';
import { clipWords } from '../sourceLabels';

export interface ClaimTarget {
  uri: string;
  start: number;
  end: number;
}

export async function showPassages(services: Services, target?: ClaimTarget, options: { pick?: boolean } = {}): Promise<CorroborationResult[]> {
  const editor = vscode.window.activeTextEditor;
  const doc = target
    ? vscode.workspace.textDocuments.find((d) => d.uri.toString() === target.uri) ?? (await vscode.workspace.openTextDocument(vscode.Uri.parse(target.uri, true)))
    : editor?.document;
  if (!doc) return [];
  const report = services.scheduler.current(doc)?.report ?? (await services.scheduler.whenAnalyzed(doc.uri, doc.version));
  const offset = target ? target.start : editor ? doc.offsetAt(editor.selection.active) : 0;
  const claim = target ? report.claims.find((c) => c.start === target.start && c.end === target.end) ?? claimAt(report, offset) : claimAt(report, offset);
  if (!claim) {
    void vscode.window.showInformationMessage('Crosscheck: no claim here.');
    return [];
  }
  if (options.pick !== false) showPassagePick(`Passages for the claim “${clipWords(claim.text, 60)}”`, claim.evidence, services.names, services.sourceViews, claim.status);
  return toResults(claim.evidence);
}
