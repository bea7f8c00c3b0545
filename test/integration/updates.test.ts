// Results follow edits of the article and changes of the corpus (files created, edited unsaved, deleted).
import * as assert from 'assert';
import * as vscode from 'vscode';
import { api, folder, revertAndClose } from './helpers';

async function untitled(content: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content });
  return vscode.window.showTextDocument(doc, { preview: false });
}

function statusOf(report: { claims: { text: string; status: string }[] }, phrase: string): string | undefined {
  return report.claims.find((c) => c.text.includes(phrase))?.status;
}

describe('results follow edits and corpus changes', function () {
  const opened: vscode.TextDocument[] = [];

  after(async () => {
    for (const doc of opened) if (!doc.isClosed) await revertAndClose(doc);
  });

  it('re-analyses an edited article and never shows the older version\'s result', async () => {
    const crosscheck = await api();
    const editor = await untitled('Vladimir Putin arrived in Beijing for a two-day state visit to China.\n');
    opened.push(editor.document);
    let report = await crosscheck.whenAnalyzed(editor.document.uri, editor.document.version);
    assert.strictEqual(statusOf(report, 'arrived in Beijing'), 'corroborated');

    const r = editor.document.getText().indexOf('two-day');
    await editor.edit((e) => e.replace(new vscode.Range(editor.document.positionAt(r), editor.document.positionAt(r + 'two-day'.length)), 'four-day'));
    assert.strictEqual(crosscheck.reportFor(editor.document.uri), undefined, 'the old result is withdrawn as soon as the text changes');
    // Several quick edits: only the last version is analysed and shown.
    await editor.edit((e) => e.insert(editor.document.positionAt(editor.document.getText().length), '\n'));
    await editor.edit((e) => e.insert(editor.document.positionAt(editor.document.getText().length), '\n'));
    const version = editor.document.version;
    report = await crosscheck.whenAnalyzed(editor.document.uri, version);
    assert.strictEqual(crosscheck.reportFor(editor.document.uri), report);
    assert.strictEqual(statusOf(report, 'arrived in Beijing'), 'conflicting');
    const model = crosscheck.decorationModel(editor.document.uri)!;
    assert.strictEqual(model.conflicting.length, 1);
    assert.strictEqual(model.corroborated.length, 0);
  });

  it('picks up a source file created, edited unsaved, and deleted in the workspace', async () => {
    const crosscheck = await api();
    const claim = 'The Tianjin port authority reported record soybean imports from Brazil in April.';
    const editor = await untitled(`${claim}\n`);
    opened.push(editor.document);
    let report = await crosscheck.whenAnalyzed(editor.document.uri, editor.document.version);
    assert.strictEqual(statusOf(report, 'soybean imports'), 'unsupported');

    const source = vscode.Uri.joinPath(folder().uri, 'late-wire-copy.txt');
    const sourceText = 'Late wire copy\n\nThe Tianjin port authority reported record soybean imports from Brazil in April, state media said.\n';
    await vscode.workspace.fs.writeFile(source, new TextEncoder().encode(sourceText));
    try {
      await crosscheck.whenCorpusHas(source);
      report = await crosscheck.whenAnalyzed(editor.document.uri, editor.document.version);
      const claimNow = report.claims.find((c) => c.text.includes('soybean imports'))!;
      assert.strictEqual(claimNow.status, 'corroborated');
      assert.strictEqual(claimNow.evidence[0].path, source.toString());

      // Unsaved edits of an open source count.
      const sourceDoc = await vscode.workspace.openTextDocument(source);
      const sourceEditor = await vscode.window.showTextDocument(sourceDoc, { preview: false, viewColumn: vscode.ViewColumn.Beside });
      let changed = crosscheck.nextCorpusChange(source);
      await sourceEditor.edit((e) => e.replace(new vscode.Range(0, 0, sourceDoc.lineCount, 0), 'Late wire copy\n\nThe pool filed from the Great Hall of the People.\n'));
      assert.ok(sourceDoc.isDirty);
      await changed;
      report = await crosscheck.whenAnalyzed(editor.document.uri, editor.document.version);
      assert.strictEqual(statusOf(report, 'soybean imports'), 'unsupported');
      // Closing it without saving brings back the text on disk.
      changed = crosscheck.nextCorpusChange(source);
      await revertAndClose(sourceDoc);
      await changed;
      report = await crosscheck.whenAnalyzed(editor.document.uri, editor.document.version);
      assert.strictEqual(statusOf(report, 'soybean imports'), 'corroborated');
    } finally {
      await vscode.workspace.fs.delete(source);
    }
    await crosscheck.whenCorpusHas(source, false);
    report = await crosscheck.whenAnalyzed(editor.document.uri, editor.document.version);
    assert.strictEqual(statusOf(report, 'soybean imports'), 'unsupported');
  });
});
