// Runs first (files load in name order), in the window reloaded after index.ts ignored a claim: the
// extension was activated afresh and must have read the ignored claim back from .crosscheck/ignored.json.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { api, diagnosticAt, folder, openArticle, rangeOf, waitFor } from './helpers';
import { reloadDraft, reloadPhrase } from './reload';
import { session } from './session';

describe('an ignored claim after a window reload', function () {
  it('is still ignored by the freshly activated extension, then can be un-ignored', async () => {
    const ignored = session.ignoredBeforeReload;
    assert.ok(ignored, 'the suite did not start from the pre-reload step');
    const crosscheck = await api();
    const doc = (await openArticle(reloadDraft)).document;
    await crosscheck.whenAnalyzed(doc.uri, doc.version);
    const file = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder().uri, '.crosscheck', 'ignored.json'))));
    assert.strictEqual(Object.values<{ text: string }>(file.claims)[0]?.text, ignored.text);
    assert.strictEqual(diagnosticAt(doc, reloadPhrase), undefined, 'the ignored claim is in the Problems panel again');
    assert.ok(crosscheck.decorationModel(doc.uri)!.ignored.some((r) => r.contains(rangeOf(doc, reloadPhrase))));
    // Leave the workspace as the other tests expect it.
    const back = waitFor(vscode.languages.onDidChangeDiagnostics, () => !!diagnosticAt(doc, reloadPhrase), 'the claim to be reported again');
    assert.strictEqual(await vscode.commands.executeCommand('crosscheck.unignoreClaim', ignored), true);
    await back;
  });
});
