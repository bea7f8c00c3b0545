// The step before the window reload: ignore the invented claim of the planted-error draft, as a user
// would with the quick fix, so the reloaded window can check that it is still ignored.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { api, openArticle } from './helpers';

export const reloadDraft = 'beijing-summit-draft.md';
export const reloadPhrase = 'a second gas pipeline across Mongolia';

export async function prepareReload(): Promise<{ uri: string; text: string }> {
  const crosscheck = await api();
  const doc = (await openArticle(reloadDraft)).document;
  const report = await crosscheck.whenAnalyzed(doc.uri, doc.version);
  const claim = report.claims.find((c) => c.text.includes(reloadPhrase));
  assert.ok(claim, `no claim with "${reloadPhrase}" before the reload`);
  const target = { uri: doc.uri.toString(), text: claim.text };
  assert.strictEqual(await vscode.commands.executeCommand('crosscheck.ignoreClaim', target), true);
  return target;
}
