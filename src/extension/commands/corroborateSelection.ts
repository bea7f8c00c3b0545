// Crosscheck: Corroborate Selection. For the selected text (a claim or not, in any file), or the claim
// under the cursor, shows the ranked passages and returns them as plain objects for programmatic callers.
import * as vscode from 'vscode';
import type { Evidence, Relation } from '../../engine';
import { claimAt } from '../findings';
import { sourceName } from '../ranges';
import { clipWords } from '../sourceLabels';
import { Services } from '../services';
import { showPassagePick } from './passagePick';

/** What executeCommand('crosscheck.corroborateSelection') resolves to: one entry per passage, best first. */
export interface CorroborationResult {
  /** The source, relative to its workspace folder. */
  path: string;
  /** The source as a URI string. */
  uri: string;
  start: number;
  end: number;
  text: string;
  score: number;
  relation: Relation;
  note: string;
}

/** Optional argument: text to corroborate, or a document and range; `pick: false` skips the Quick Pick. */
export interface CorroborateArgs {
  text?: string;
  uri?: string | vscode.Uri;
  range?: vscode.Range | { start: { line: number; character: number }; end: { line: number; character: number } };
  pick?: boolean;
}

export function toResults(evidence: readonly Evidence[]): CorroborationResult[] {
  return evidence.map((e) => ({ path: sourceName(e.path), uri: e.path, start: e.start, end: e.end, text: e.text, score: e.score, relation: e.relation, note: e.note }));
}

function toRange(r: NonNullable<CorroborateArgs['range']>): vscode.Range {
  return r instanceof vscode.Range ? r : new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
}

async function documentFor(uri: string | vscode.Uri | undefined): Promise<vscode.TextDocument | undefined> {
  if (uri === undefined) return vscode.window.activeTextEditor?.document;
  const parsed = typeof uri === 'string' ? vscode.Uri.parse(uri, true) : uri;
  return vscode.workspace.textDocuments.find((d) => d.uri.toString() === parsed.toString()) ?? vscode.workspace.openTextDocument(parsed);
}

export async function corroborateSelection(services: Services, arg?: CorroborateArgs | vscode.Uri): Promise<CorroborationResult[]> {
  // From the editor context menu the argument is the document's URI.
  const args: CorroborateArgs = arg instanceof vscode.Uri ? { uri: arg } : arg ?? {};
  const doc = await documentFor(args.uri);
  const editor = vscode.window.activeTextEditor;
  const selection = args.range ? toRange(args.range) : editor && doc && editor.document === doc ? editor.selection : undefined;
  let text = args.text;
  if (text === undefined && doc && selection && !selection.isEmpty) text = doc.getText(selection);

  let evidence: Evidence[];
  let title: string;
  let status: string | undefined;
  if (text !== undefined && text.trim() !== '') {
    evidence = await services.scheduler.corroborate(text, doc?.uri);
    title = `Passages for “${clipWords(text, 60)}”`;
  } else {
    // Nothing selected: the claim under the cursor, as the report already has it.
    if (!doc || !selection) {
      void vscode.window.showInformationMessage('Crosscheck: select some text, or put the cursor in a claim.');
      return [];
    }
    const report = services.scheduler.current(doc)?.report ?? (await services.scheduler.whenAnalyzed(doc.uri, doc.version));
    const claim = claimAt(report, doc.offsetAt(selection instanceof vscode.Selection ? selection.active : selection.start));
    if (!claim) {
      void vscode.window.showInformationMessage('Crosscheck: no claim under the cursor; select the text to corroborate.');
      return [];
    }
    evidence = claim.evidence;
    status = claim.status;
    title = `Passages for the claim “${clipWords(claim.text, 60)}”`;
  }
  if (args.pick !== false) showPassagePick(title, evidence, services.names, services.sourceViews, status);
  return toResults(evidence);
}
