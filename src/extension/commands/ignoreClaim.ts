// "Ignore this claim" / "Stop ignoring this claim": stored in .crosscheck/ignored.json by claim text.
import * as vscode from 'vscode';
import { claimAt } from '../findings';
import { Services } from '../services';

export interface IgnoreTarget {
  uri: string;
  text: string;
}

async function resolveTarget(services: Services, target?: IgnoreTarget): Promise<IgnoreTarget | undefined> {
  if (target && typeof target.uri === 'string' && typeof target.text === 'string') return target;
  const editor = vscode.window.activeTextEditor;
  if (!editor) return undefined;
  const report = services.scheduler.current(editor.document)?.report ?? (await services.scheduler.whenAnalyzed(editor.document.uri));
  const claim = claimAt(report, editor.document.offsetAt(editor.selection.active));
  if (!claim) {
    void vscode.window.showInformationMessage('Crosscheck: put the cursor in a claim to ignore it.');
    return undefined;
  }
  return { uri: editor.document.uri.toString(), text: claim.text };
}

export async function ignoreClaim(services: Services, target?: IgnoreTarget): Promise<boolean> {
  const t = await resolveTarget(services, target);
  return t ? services.ignored.ignore(vscode.Uri.parse(t.uri, true), t.text) : false;
}

export async function unignoreClaim(services: Services, target?: IgnoreTarget): Promise<boolean> {
  const t = await resolveTarget(services, target);
  return t ? services.ignored.unignore(vscode.Uri.parse(t.uri, true), t.text) : false;
}
