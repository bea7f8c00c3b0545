// Hover cards through the real hover pipeline (vscode.executeHoverProvider).
import * as assert from 'assert';
import * as vscode from 'vscode';
import { api, hoverText, openArticle, rangeOf, waitFor } from './helpers';

async function hoverOn(doc: vscode.TextDocument, phrase: string): Promise<{ text: string; hovers: vscode.Hover[] }> {
  const at = rangeOf(doc, phrase).start.translate(0, 2);
  const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, at)) ?? [];
  return { text: hoverText(hovers), hovers };
}

/** The first crosscheck.openPassage link's arguments. */
function openPassageArgs(markdown: string): unknown[] {
  const m = markdown.match(/\(command:crosscheck\.openPassage\?([^ )]+)/);
  assert.ok(m, 'no Open beside link');
  return JSON.parse(decodeURIComponent(m[1]));
}

describe('hover cards', function () {
  let doc: vscode.TextDocument;

  before(async () => {
    doc = (await openArticle('beijing-summit-draft.md')).document;
    await (await api()).whenAnalyzed(doc.uri, doc.version);
  });

  it('shows a corroborated claim with its status, score and a seed passage', async () => {
    const { text } = await hoverOn(doc, 'Russian President Vladimir Putin arrived in Beijing');
    assert.match(text, /Crosscheck: Corroborated\*\* · score [01]\.\d\d/);
    assert.match(text, /00[0-4]\\_[0-9a-f]+\\\.txt\*\* · supports/);
    assert.match(text, /\*\*Beijing\*\*/, 'matching words are marked');
    // 000 and 001 carry the same AP copy: the card says they are not independent confirmation.
    assert.match(text, /\*Shared origin:\* 00[01]\\_[0-9a-f]+\\\.txt and 00[01]\\_[0-9a-f]+\\\.txt share \d+\\% of their text/);
  });

  it('shows a conflicting claim with the conflicting passage first and what differs', async () => {
    const { text } = await hoverOn(doc, 'almost 9,000 people');
    assert.match(text, /Crosscheck: Conflicting/);
    const firstPassage = text.split('\n').find((l) => /^1\\\. /.test(l));
    assert.ok(firstPassage && / · conflicts/.test(firstPassage), `first passage: ${firstPassage}`);
    assert.ok(text.includes('8\\,000'), 'the snippet shows the seeds\' number');
    // The part that differs, and what differs in it.
    assert.match(text, /\*\*Parts\*\*/);
    assert.match(text, /✗ contradicted: \*.*\* — number differs\\: almost 9\\,000 people here\\, almost 8\\,000 people in the source/);
  });

  it('lists each part of a claim of several parts with what backs it', async () => {
    const { text } = await hoverOn(doc, 'second gas pipeline across Mongolia');
    assert.match(text, /Crosscheck: Unsupported/);
    assert.strictEqual((text.match(/\? not backed: /g) ?? []).length, 2, text);
  });

  it('trusts only Crosscheck commands in the hover', async () => {
    const { hovers } = await hoverOn(doc, 'almost 9,000 people');
    const md = hovers.flatMap((h) => h.contents).find((c): c is vscode.MarkdownString => c instanceof vscode.MarkdownString);
    assert.ok(md);
    const links = [...md.value.matchAll(/\]\(command:([\w.]+)/g)].map((m) => m[1]);
    assert.ok(links.length > 0);
    assert.deepStrictEqual(links.filter((l) => !l.startsWith('crosscheck.')), []);
    if (typeof md.isTrusted === 'object') {
      assert.ok(md.isTrusted.enabledCommands.every((c) => c.startsWith('crosscheck.')), JSON.stringify(md.isTrusted));
    } else {
      assert.notStrictEqual(md.isTrusted, true, 'the hover must not trust every command');
    }
    assert.ok(!md.supportHtml, 'HTML stays off');
  });

  it('shows markdown and command links from a source file as plain text', async () => {
    const { text } = await hoverOn(doc, 'Harbin Institute of Technology');
    assert.ok(text.includes('harbin\\-wire\\-notes\\.md'), `the wire notes are not among the passages:\n${text}`);
    assert.ok(text.includes('\\[click\\]\\(command\\:workbench\\.action\\.files\\.delete\\)'), text);
    assert.ok(!/\]\(command:workbench/.test(text), 'a workbench command link survived');
    assert.ok(!/(^|[^\\])<img/.test(text), 'raw HTML survived');
  });

  it('opens the source beside the draft with the passage selected from the hover link', async () => {
    const { text } = await hoverOn(doc, 'almost 9,000 people');
    const [target] = openPassageArgs(text) as [{ path: string; start: number; end: number }];
    const opened = waitFor(vscode.window.onDidChangeActiveTextEditor, () => vscode.window.activeTextEditor?.document.uri.toString() === target.path, 'the source editor');
    await vscode.commands.executeCommand('crosscheck.openPassage', target);
    await opened;
    const editor = vscode.window.activeTextEditor!;
    assert.notStrictEqual(editor.viewColumn, vscode.ViewColumn.One, 'opened beside the draft');
    assert.match(editor.document.getText(editor.selection), /almost 8,000 people/);
    assert.strictEqual(editor.document.offsetAt(editor.selection.start), target.start);
  });

  it('explains dimmed boilerplate', async () => {
    const { text } = await hoverOn(doc, 'Read Also: Putin Takes Oath');
    assert.match(text, /boilerplate/);
  });
});
