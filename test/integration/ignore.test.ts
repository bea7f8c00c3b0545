// Code actions on a claim, and "Ignore this claim" persisting in .crosscheck/ignored.json.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { api, codeOf, diagnosticAt, folder, openArticle, rangeOf, waitFor } from './helpers';

const pipeline = 'a second gas pipeline across Mongolia';

async function codeActions(doc: vscode.TextDocument, phrase: string): Promise<vscode.CodeAction[]> {
  return (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, rangeOf(doc, phrase))) ?? [];
}

async function run(action: vscode.CodeAction | undefined): Promise<unknown> {
  assert.ok(action?.command, 'no such code action');
  return vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
}

describe('code actions and ignored claims', function () {
  let doc: vscode.TextDocument;
  const ignoredFile = () => vscode.Uri.joinPath(folder().uri, '.crosscheck', 'ignored.json');
  const read = async (uri: vscode.Uri) => new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  const diagnosticsChanged = (present: boolean) =>
    waitFor(vscode.languages.onDidChangeDiagnostics, () => !!diagnosticAt(doc, pipeline) === present, `the pipeline diagnostic to be ${present ? 'back' : 'gone'}`);

  before(async () => {
    doc = (await openArticle('beijing-summit-draft.md')).document;
    await (await api()).whenAnalyzed(doc.uri, doc.version);
  });

  after(async () => {
    await vscode.workspace.fs.delete(vscode.Uri.joinPath(folder().uri, '.crosscheck'), { recursive: true }).then(undefined, () => undefined);
    await (await api()).reloadIgnored();
  });

  it('offers "Show corroborating passages" and "Ignore this claim" on a claim', async () => {
    const titles = (await codeActions(doc, pipeline)).map((a) => a.title);
    assert.ok(titles.includes('Show corroborating passages'), titles.join(', '));
    assert.ok(titles.includes('Ignore this claim'), titles.join(', '));
  });

  it('"Show corroborating passages" returns the claim\'s passages', async () => {
    const action = (await codeActions(doc, 'almost 9,000 people')).find((a) => a.title === 'Show corroborating passages');
    assert.ok(action?.command?.arguments);
    const results = await vscode.commands.executeCommand<{ relation: string; text: string }[]>('crosscheck.showPassages', action.command.arguments[0], { pick: false });
    assert.ok(results.length > 0);
    assert.strictEqual(results[0].relation, 'conflicts');
  });

  it('ignores a claim: its Problems entry goes, and the file keeps it by normalised text', async () => {
    assert.strictEqual(codeOf(diagnosticAt(doc, pipeline)), 'unsupported-claim');
    const gone = diagnosticsChanged(false);
    const action = (await codeActions(doc, pipeline)).find((a) => a.title === 'Ignore this claim');
    assert.strictEqual(await run(action), true);
    await gone;
    const file = JSON.parse(await read(ignoredFile()));
    assert.strictEqual(file.version, 1);
    const keys = Object.keys(file.claims);
    assert.strictEqual(keys.length, 1);
    assert.ok(keys[0].includes('second gas pipeline across mongolia'), keys[0]);
    const model = (await api()).decorationModel(doc.uri)!;
    assert.ok(model.ignored.some((r) => r.contains(rangeOf(doc, pipeline))));
    assert.ok(!model.unsupported.some((r) => r.contains(rangeOf(doc, pipeline))));
  });

  it('still ignores it after the extension reads the file again', async () => {
    await (await api()).reloadIgnored();
    assert.strictEqual(diagnosticAt(doc, pipeline), undefined);
    const titles = (await codeActions(doc, pipeline)).map((a) => a.title);
    assert.ok(titles.includes('Stop ignoring this claim'), titles.join(', '));
  });

  it('reports a corrupt file and never overwrites it', async () => {
    const corrupt = '{ "version": 1, "claims": { broken';
    const back = diagnosticsChanged(true);
    await vscode.workspace.fs.writeFile(ignoredFile(), new TextEncoder().encode(corrupt));
    await (await api()).reloadIgnored();
    await back; // nothing is ignored from a file that does not parse
    const action = (await codeActions(doc, pipeline)).find((a) => a.title === 'Ignore this claim');
    assert.strictEqual(await run(action), false);
    assert.strictEqual(await read(ignoredFile()), corrupt);
  });

  it('stops ignoring a claim again', async () => {
    await vscode.workspace.fs.delete(ignoredFile());
    await (await api()).reloadIgnored();
    const claim = (await api()).reportFor(doc.uri)!.claims.find((c) => c.text.includes(pipeline))!;
    const gone = diagnosticsChanged(false);
    assert.strictEqual(await vscode.commands.executeCommand('crosscheck.ignoreClaim', { uri: doc.uri.toString(), text: claim.text }), true);
    await gone;
    const back = diagnosticsChanged(true);
    await run((await codeActions(doc, pipeline)).find((a) => a.title === 'Stop ignoring this claim'));
    await back;
    assert.deepStrictEqual(JSON.parse(await read(ignoredFile())).claims, {});
  });
});
