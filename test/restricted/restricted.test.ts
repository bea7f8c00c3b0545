// Crosscheck in Restricted Mode: it reads text and runs nothing from the workspace, so it keeps checking
// articles; settings that an untrusted workspace could use against the user (noise patterns, which hide
// text) are taken from the user's own settings only.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { api, codeOf, crosscheckDiagnostics, diagnosticAt, folder, openArticle, revertAndClose, waitFor } from '../integration/helpers';

const pipeline = 'a second gas pipeline across Mongolia';

describe('Restricted Mode (untrusted workspace)', () => {
  let doc: vscode.TextDocument;

  it('runs in a workspace that is not trusted', () => {
    assert.strictEqual(vscode.workspace.isTrusted, false);
  });

  it('checks an article and reports its findings in the Problems panel', async () => {
    const crosscheck = await api();
    doc = (await openArticle('beijing-summit-draft.md')).document;
    const report = await crosscheck.whenAnalyzed(doc.uri, doc.version);
    assert.ok(report.claims.some((c) => c.status === 'conflicting'), 'no conflicting claim found');
    await waitFor(vscode.languages.onDidChangeDiagnostics, () => crosscheckDiagnostics(doc.uri).length > 0, 'Crosscheck diagnostics');
    const codes = crosscheckDiagnostics(doc.uri).map(codeOf);
    assert.ok(codes.includes('unsupported-claim') && (codes.includes('conflicting-claim') || codes.includes('misquote')), codes.join(', '));
  });

  it('ignores noise patterns from the untrusted workspace\'s settings', async () => {
    const crosscheck = await api();
    const settings = vscode.Uri.joinPath(folder().uri, '.vscode', 'settings.json');
    const loaded = () => vscode.workspace.getConfiguration('crosscheck', doc.uri).inspect<string[]>('noisePatterns')?.workspaceValue?.length === 1;
    const changed = waitFor(vscode.workspace.onDidChangeConfiguration, loaded, 'the workspace settings to load', 30_000);
    await vscode.workspace.fs.writeFile(settings, new TextEncoder().encode(JSON.stringify({ 'crosscheck.noisePatterns': ['^Engineers will lay'] })));
    await changed;
    // An edit makes the extension analyse the article again, under the settings now in force.
    const edit = new vscode.WorkspaceEdit();
    edit.insert(doc.uri, doc.positionAt(doc.getText().length), '\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const report = await crosscheck.whenAnalyzed(doc.uri, doc.version);
    assert.ok(report.claims.some((c) => c.text.includes(pipeline)), 'the line became noise through an untrusted workspace setting');
    assert.ok(!report.noise.some((n) => n.text.includes('Engineers will lay')));
    assert.ok(diagnosticAt(doc, pipeline), 'the unsupported claim left the Problems panel');
    await revertAndClose(doc);
    await vscode.workspace.fs.delete(vscode.Uri.joinPath(folder().uri, '.vscode'), { recursive: true });
  });
});
