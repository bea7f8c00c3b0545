// Crosscheck: Corroborate Selection, programmatically and through its Quick Pick.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { api, openArticle, rangeOf, waitFor } from './helpers';

interface Result {
  path: string;
  start: number;
  end: number;
  text: string;
  score: number;
  relation: string;
}

function assertRanked(results: Result[]): void {
  assert.ok(results.length > 0, 'no passages');
  for (const r of results) {
    assert.deepStrictEqual(Object.keys(r).filter((k) => ['path', 'start', 'end', 'text', 'score', 'relation'].includes(k)).sort(), ['end', 'path', 'relation', 'score', 'start', 'text']);
    assert.ok(r.score >= 0 && r.score <= 1);
    assert.ok(['supports', 'conflicts', 'quote-differs'].includes(r.relation));
  }
  // Best first: the engine puts contradicting passages ahead; within a relation, higher scores first.
  for (const relation of ['supports', 'conflicts', 'quote-differs']) {
    const scores = results.filter((r) => r.relation === relation).map((r) => r.score);
    for (let i = 1; i < scores.length; i++) assert.ok(scores[i - 1] >= scores[i], `best first among ${relation}`);
  }
  assert.doesNotThrow(() => JSON.stringify(results), 'plain objects');
}

describe('Corroborate Selection', function () {
  let editor: vscode.TextEditor;

  before(async () => {
    await api();
    editor = await openArticle('beijing-summit-draft.md');
    await (await api()).whenAnalyzed(editor.document.uri, editor.document.version);
  });

  it('returns ranked passages for any text', async () => {
    const results = await vscode.commands.executeCommand<Result[]>('crosscheck.corroborateSelection', {
      text: 'Putin said the Kremlin is ready to negotiate over the conflict in Ukraine',
      pick: false,
    });
    assertRanked(results);
    assert.match(results[0].path, /00[0-4]_[0-9a-f]+\.txt$/);
    assert.match(results[0].text, /prepared to negotiate|open to a dialogue/);
  });

  it('uses the editor selection and finds the conflicting passage for a wrong number', async () => {
    editor = await vscode.window.showTextDocument(editor.document, vscode.ViewColumn.One);
    const r = rangeOf(editor.document, 'has forced almost 9,000 people to flee their homes');
    editor.selection = new vscode.Selection(r.start, r.end);
    const results = await vscode.commands.executeCommand<Result[]>('crosscheck.corroborateSelection', { pick: false });
    assertRanked(results);
    assert.ok(results.some((x) => x.relation === 'conflicts' && /8,000/.test(x.text)), JSON.stringify(results, null, 1));
  });

  it('uses the claim under the cursor when nothing is selected', async () => {
    editor = await vscode.window.showTextDocument(editor.document, vscode.ViewColumn.One);
    const at = rangeOf(editor.document, 'never agreed to negotiate').start;
    editor.selection = new vscode.Selection(at, at);
    const results = await vscode.commands.executeCommand<Result[]>('crosscheck.corroborateSelection', { pick: false });
    assertRanked(results);
    assert.strictEqual(results[0].relation, 'quote-differs');
    assert.match(results[0].text, /never refused to negotiate/);
  });

  it('shows the passages in a Quick Pick and opens the chosen one beside the draft', async () => {
    editor = await vscode.window.showTextDocument(editor.document, vscode.ViewColumn.One);
    const r = rangeOf(editor.document, 'arrived in Beijing on Thursday for a two-day state visit to China');
    editor.selection = new vscode.Selection(r.start, r.end);
    const results = await vscode.commands.executeCommand<Result[]>('crosscheck.corroborateSelection');
    assertRanked(results);
    const sourceUri = (results[0] as Result & { uri: string }).uri;
    const opened = waitFor(vscode.window.onDidChangeActiveTextEditor, () => vscode.window.activeTextEditor?.document.uri.toString() === sourceUri, 'the chosen passage to open');
    // The Quick Pick is open with the best passage active: accept it as a user pressing Enter would.
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    await opened;
    const source = vscode.window.activeTextEditor!;
    assert.strictEqual(source.document.getText(source.selection), results[0].text);
    assert.notStrictEqual(source.viewColumn, vscode.ViewColumn.One);
  });
});
