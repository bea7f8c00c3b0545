// Hover cards through the real hover pipeline (vscode.executeHoverProvider), and Open beside.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { allCrosscheckDiagnostics, api, crosscheckDiagnostics, hoverText, openArticle, rangeOf, waitFor } from './helpers';

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

  it('shows a corroborated claim in words, its sources by outlet and headline, copies once', async () => {
    const { text } = await hoverOn(doc, 'Russian President Vladimir Putin arrived in Beijing');
    assert.match(text, /\*\*Crosscheck · Corroborated\*\* — backed by \d+ sources/);
    assert.doesNotMatch(text, /score|\b0\.\d\d\b/, 'no raw score');
    // Seed 001 is AP copy with a headline; 000 carries the same wire story under its own headline.
    assert.ok(text.includes('AP\\: Xi meets Russia’s Putin') || text.includes('Putin in Beijing for Talks With Xi Jinping'), text);
    assert.match(text, /\]\(command:crosscheck\.openPassage\?[^ )]+ "[^"]*00[0-4]_[0-9a-f]+\.txt \(open beside the draft\)"\)/, 'the file is the tooltip');
    assert.match(text, /✓ strong match/);
    assert.match(text, /\*\*Beijing\*\*/, 'matching words are marked');
    assert.match(text, /\*Also in:\* /, 'the AP copy carried by another seed is one entry');
  });

  it('says what differs in a contradicted claim, with the contradicting passage first', async () => {
    const { text } = await hoverOn(doc, 'The visit comes as Russian forces');
    assert.match(text, /\*\*Crosscheck · Contradicted\*\* — number differs\\: almost 9\\,000 people here\\, almost 8\\,000 people in the source/);
    const firstPassage = text.split('\n').find((l) => /^\*\*1\\\.\*\* /.test(l));
    assert.ok(firstPassage && / · ✗ contradicts it$/.test(firstPassage), `first passage: ${firstPassage}`);
    assert.ok(text.includes('8\\,000'), 'the snippet shows the seeds\' number');
    // Both sides with their sources, copies of one wire story counted once (the corpus's shared-text measure).
    const sides = text.match(/^\*Who says what:\* almost 8\\,000 people\\: (\d+) sources?(?: \\\((\d+) independent\\\))? · almost 9\\,000 people\\, as here\\: no source$/m);
    assert.ok(sides, `no "who says what" line:\n${text}`);
    const report = await (await api()).whenAnalyzed(doc.uri, doc.version);
    const claim = report.claims.find((c) => c.text.includes('almost 9,000 people'))!;
    const against = new Set(claim.evidence.filter((e) => e.relation === 'conflicts').map((e) => e.path));
    assert.strictEqual(Number(sides[1]), against.size, 'one count per contradicting source');
    if (sides[2]) assert.ok(Number(sides[2]) < against.size);
  });

  it('does not repeat the Problems entry VS Code shows above the card on the differing words', async () => {
    const entry = crosscheckDiagnostics(doc.uri).find((d) => doc.getText(d.range) === 'almost 9,000 people');
    assert.ok(entry, 'no Problems entry on "almost 9,000 people"');
    const { text } = await hoverOn(doc, 'almost 9,000 people');
    assert.doesNotMatch(text, /Contradicted|number differs/, text);
    assert.match(text, /^\*\*1\\\.\*\* .* · ✗ contradicts it$/m);
  });

  it('lists each part of a claim of several parts', async () => {
    const { text } = await hoverOn(doc, 'second gas pipeline across Mongolia');
    assert.strictEqual((text.match(/\? not backed: /g) ?? []).length, 2, text);
  });

  it('trusts only Crosscheck commands in the hover', async () => {
    const { hovers } = await hoverOn(doc, 'The visit comes as Russian forces');
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

  it('shows markdown and command links from a source file as plain text, the source by its heading', async () => {
    const { text } = await hoverOn(doc, 'Harbin Institute of Technology');
    assert.ok(text.includes('Wire notes from the Beijing pool\\, Thursday evening'), `the wire notes are not named by their heading:\n${text}`);
    assert.ok(text.includes('harbin-wire-notes.md (open beside the draft)'), 'the file is the tooltip');
    assert.ok(text.includes('\\[click\\]\\(command\\:workbench\\.action\\.files\\.delete\\)'), text);
    assert.ok(!/\]\(command:workbench/.test(text), 'a workbench command link survived');
    assert.ok(!/(^|[^\\])<img/.test(text), 'raw HTML survived');
  });

  it('opens the source beside the draft, the passage in view, without checking it as a draft', async () => {
    const crosscheck = await api();
    const { text } = await hoverOn(doc, 'The visit comes as Russian forces');
    const [target] = openPassageArgs(text) as [{ path: string; start: number; end: number }];
    const source = vscode.Uri.parse(target.path);
    await crosscheck.whenIdle();
    const draftEntries = crosscheckDiagnostics(doc.uri).map((d) => d.message);
    const opened = waitFor(vscode.window.onDidChangeActiveTextEditor, () => vscode.window.activeTextEditor?.document.uri.toString() === target.path, 'the source editor');
    await vscode.commands.executeCommand('crosscheck.openPassage', target);
    await opened;
    const editor = vscode.window.activeTextEditor!;
    assert.notStrictEqual(editor.viewColumn, vscode.ViewColumn.One, 'opened beside the draft');
    assert.match(editor.document.getText(editor.selection), /almost 8,000 people/);
    assert.strictEqual(editor.document.offsetAt(editor.selection.start), target.start);
    assert.ok(editor.visibleRanges.some((r) => r.contains(editor.selection.start)), 'the passage is in view');
    // Had it been scheduled as a draft, this would wait for its analysis and its Problems entries.
    await crosscheck.whenIdle();
    assert.strictEqual(crosscheck.isSourceView(source), true);
    assert.deepStrictEqual(crosscheckDiagnostics(source), [], 'the source got Problems entries');
    assert.strictEqual(crosscheck.reportFor(source), undefined, 'the source was analysed as a draft');
    assert.deepStrictEqual(crosscheckDiagnostics(doc.uri).map((d) => d.message), draftEntries);
    assert.ok(![...allCrosscheckDiagnostics().keys()].includes(target.path));
    assert.strictEqual(crosscheck.statusBarText(), 'Crosscheck: source, not checked');
  });

  it('checks a source opened beside as a draft when asked', async () => {
    const crosscheck = await api();
    const editor = vscode.window.activeTextEditor!;
    assert.ok(crosscheck.isSourceView(editor.document.uri), 'the previous test left the source active');
    await vscode.commands.executeCommand('crosscheck.checkAsDraft', editor.document.uri);
    const report = await crosscheck.whenAnalyzed(editor.document.uri);
    assert.ok(report.claims.length > 0);
    assert.strictEqual(crosscheck.isSourceView(editor.document.uri), false);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  it('explains dimmed boilerplate', async () => {
    const { text } = await hoverOn(doc, 'Read Also: Putin Takes Oath');
    assert.match(text, /boilerplate/);
  });
});
