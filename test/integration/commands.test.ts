// The manifest, the report, re-indexing and toggling annotations.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { api, extensionId, openArticle, waitFor } from './helpers';

describe('commands, settings and the report', function () {
  it('contributes its commands, settings, theme colours and restricted-mode support', async () => {
    await api();
    const commands = await vscode.commands.getCommands(true);
    for (const c of ['crosscheck.corroborateSelection', 'crosscheck.reindexCorpus', 'crosscheck.toggleAnnotations', 'crosscheck.showReport', 'crosscheck.ignoreClaim']) {
      assert.ok(commands.includes(c), c);
    }
    const pkg = vscode.extensions.getExtension(extensionId)!.packageJSON;
    assert.strictEqual(pkg.capabilities.untrustedWorkspaces.supported, true);
    const colors = pkg.contributes.colors.map((c: { id: string }) => c.id);
    for (const s of ['corroborated', 'partial', 'conflicting', 'unsupported']) assert.ok(colors.includes(`crosscheck.${s}Background`), s);
    const config = vscode.workspace.getConfiguration('crosscheck');
    assert.deepStrictEqual(config.get('corpus.include'), ['**/*.md', '**/*.txt']);
    assert.strictEqual(config.get('problems.unsupported'), 'warning');
    assert.strictEqual(config.get('problems.conflicting'), 'error');
  });

  it('indexes every seed and draft, and re-indexes on demand', async () => {
    const crosscheck = await api();
    const names = () => crosscheck.corpusPaths().map((p) => p.split('/').pop());
    for (const n of ['000_cb176e527996979f.txt', '004_dc1dde8d983ca860.txt', 'beijing-summit-draft.md', 'harbin-wire-notes.md']) assert.ok(names().includes(n), n);
    const before = names().length;
    await vscode.commands.executeCommand('crosscheck.reindexCorpus');
    assert.strictEqual(names().length, before);
  });

  it('toggles the annotations off and on', async () => {
    const crosscheck = await api();
    const doc = (await openArticle('beijing-summit-draft.md')).document;
    await crosscheck.whenAnalyzed(doc.uri, doc.version);
    await vscode.commands.executeCommand('crosscheck.toggleAnnotations');
    assert.strictEqual(crosscheck.annotationsVisible(), false);
    assert.ok(Object.values(crosscheck.decorationModel(doc.uri)!).every((ranges) => ranges.length === 0));
    await vscode.commands.executeCommand('crosscheck.toggleAnnotations');
    assert.strictEqual(crosscheck.annotationsVisible(), true);
    assert.ok(crosscheck.decorationModel(doc.uri)!.conflicting.length > 0);
  });

  it('shows counts per status for the active article in the status bar', async () => {
    const crosscheck = await api();
    const editor = await openArticle('beijing-summit-draft.md');
    const report = await crosscheck.whenAnalyzed(editor.document.uri, editor.document.version);
    const count = (status: string) => report.claims.filter((c) => c.status === status).length;
    await waitFor(vscode.window.onDidChangeActiveTextEditor, () => vscode.window.activeTextEditor?.document === editor.document, 'the draft to be active');
    assert.strictEqual(
      crosscheck.statusBarText(),
      `$(pass) ${count('corroborated')} $(circle-large-outline) ${count('partial')} $(error) ${count('conflicting')} $(question) ${count('unsupported')}`,
    );
  });

  it('opens a report of the current document with claims grouped by status, linking to them', async () => {
    const crosscheck = await api();
    const draft = (await openArticle('beijing-summit-draft.md')).document;
    await crosscheck.whenAnalyzed(draft.uri, draft.version);
    const opened = waitFor(vscode.window.onDidChangeActiveTextEditor, () => vscode.window.activeTextEditor?.document.uri.scheme === 'crosscheck-report', 'the report');
    const uri = await vscode.commands.executeCommand<vscode.Uri>('crosscheck.showReport');
    await opened;
    const report = await vscode.workspace.openTextDocument(uri);
    const text = report.getText();
    assert.match(text, /^# Crosscheck report: beijing-summit-draft\.md/);
    assert.match(text, /## Conflicting \(\d+\)/);
    assert.match(text, /## Unsupported \(\d+\)/);
    assert.ok(text.indexOf('## Conflicting') < text.indexOf('## Unsupported'), 'conflicts first');
    const links = (await vscode.commands.executeCommand<vscode.DocumentLink[]>('vscode.executeLinkProvider', report.uri)) ?? [];
    const ours = links.filter((l) => l.target?.toString().startsWith(draft.uri.toString()));
    assert.ok(ours.length > 0, 'no links to the draft');
    assert.match(ours[0].target!.fragment, /^L\d+,\d+$/);
    assert.strictEqual(draft.isDirty, false, 'the draft is never edited');
  });
});
