// The manifest, the report, re-indexing and toggling annotations.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { api, extensionId, openArticle, waitFor, waitForTab } from './helpers';

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

  it('says the findings of the active article in words in the status bar', async () => {
    const crosscheck = await api();
    const editor = await openArticle('beijing-summit-draft.md');
    const report = await crosscheck.whenAnalyzed(editor.document.uri, editor.document.version);
    await waitFor(vscode.window.onDidChangeActiveTextEditor, () => vscode.window.activeTextEditor?.document === editor.document, 'the draft to be active');
    const count = (status: string) => report.claims.filter((c) => c.status === status).length;
    const words = [['conflicting', 'contradicted'], ['unsupported', 'unsupported'], ['partial', 'partly corroborated']].filter(([s]) => count(s) > 0).map(([s, w]) => `${count(s)} ${w}`);
    assert.ok(count('conflicting') > 0);
    assert.strictEqual(crosscheck.statusBarText(), `Crosscheck: ${words.join(' · ')}`);
  });

  it('opens the report of the current document as a rendered page beside it, with a proper title', async () => {
    const crosscheck = await api();
    const draft = (await openArticle('beijing-summit-draft.md')).document;
    await crosscheck.whenAnalyzed(draft.uri, draft.version);
    const shown = await vscode.commands.executeCommand<vscode.Uri>('crosscheck.showReport');
    assert.strictEqual(shown?.toString(), draft.uri.toString());
    const tab = await waitForTab('Crosscheck: beijing-summit-draft.md');
    assert.ok(tab.input instanceof vscode.TabInputWebview, 'a rendered view, not a Markdown source');
    const html = crosscheck.reportHtml(draft.uri);
    assert.ok(html, 'no report rendered');
    assert.match(html, /<title>Crosscheck: beijing-summit-draft\.md<\/title>/);
    assert.doesNotMatch(html, /<script/);
    assert.match(html, /<mark class="fact conflicting"[^>]*>almost 9,000 people<\/mark>/, 'the differing words are marked');
    assert.match(html, /<h2>Which sources back each paragraph<\/h2>/);
    assert.match(html, /<td class="cell contradicts"/);
    assert.match(html, /<svg class="origins"/);
    assert.match(html, /% of <b>[^<]+<\/b> is also in <b>/, 'the shared-origin map names who copies whom');
    // Its links go to the claims in the draft.
    const link = html.match(/href="command:crosscheck\.revealClaim\?([^"]+)"/);
    assert.ok(link, 'no link to a claim');
    const [target] = JSON.parse(decodeURIComponent(link[1].replace(/&#(\d+);/g, (_, n) => String.fromCharCode(Number(n))))) as [{ uri: string; start: number; end: number }];
    const revealed = waitFor(vscode.window.onDidChangeActiveTextEditor, () => vscode.window.activeTextEditor?.document === draft, 'the draft');
    await vscode.commands.executeCommand('crosscheck.revealClaim', target);
    await revealed;
    assert.strictEqual(draft.offsetAt(vscode.window.activeTextEditor!.selection.start), target.start);
    assert.strictEqual(draft.isDirty, false, 'the draft is never edited');
  });
});
