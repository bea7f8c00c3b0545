// Settings take effect without a reload. User (global) settings only: the workspace stays untouched.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { api, diagnosticAt, openArticle, rangeOf, waitFor } from './helpers';

const pipeline = 'a second gas pipeline across Mongolia';
const config = () => vscode.workspace.getConfiguration('crosscheck');
const set = (key: string, value: unknown) => config().update(key, value, vscode.ConfigurationTarget.Global);

describe('settings', function () {
  let doc: vscode.TextDocument;

  before(async () => {
    doc = (await openArticle('beijing-summit-draft.md')).document;
    await (await api()).whenAnalyzed(doc.uri, doc.version);
  });

  afterEach(async () => {
    for (const key of ['problems.unsupported', 'noisePatterns', 'maxFileSize', 'corpus.exclude']) {
      if (config().inspect(key)?.globalValue !== undefined) await set(key, undefined);
    }
  });

  it('reports unsupported claims at the configured severity, or not at all', async () => {
    const severity = (s: vscode.DiagnosticSeverity | undefined) => () => diagnosticAt(doc, pipeline)?.severity === s;
    let change = waitFor(vscode.languages.onDidChangeDiagnostics, severity(undefined), 'no pipeline diagnostic');
    await set('problems.unsupported', 'off');
    await change;
    change = waitFor(vscode.languages.onDidChangeDiagnostics, severity(vscode.DiagnosticSeverity.Information), 'an information');
    await set('problems.unsupported', 'information');
    await change;
    change = waitFor(vscode.languages.onDidChangeDiagnostics, severity(vscode.DiagnosticSeverity.Warning), 'the default warning');
    await set('problems.unsupported', undefined);
    await change;
  });

  it('treats lines matching a noise pattern as boilerplate', async () => {
    const crosscheck = await api();
    const dimmed = () => !!crosscheck.decorationModel(doc.uri)?.noise.some((r) => r.contains(rangeOf(doc, pipeline)));
    const change = waitFor(vscode.languages.onDidChangeDiagnostics, () => !diagnosticAt(doc, pipeline) && dimmed(), 'the pipeline line to become noise');
    await set('noisePatterns', ['^Engineers will lay']);
    await change;
    const back = waitFor(vscode.languages.onDidChangeDiagnostics, () => !!diagnosticAt(doc, pipeline), 'the pipeline diagnostic to come back');
    await set('noisePatterns', undefined);
    await back;
    assert.ok(!dimmed());
  });

  it('leaves files over maxFileSize out of the corpus', async () => {
    const crosscheck = await api();
    const has = (name: string) => crosscheck.corpusPaths().some((p) => p.endsWith(`/${name}`));
    assert.ok(has('001_9243b85462f45142.txt'));
    let changed = crosscheck.nextCorpusChange();
    await set('maxFileSize', 3000);
    await changed;
    assert.ok(!has('001_9243b85462f45142.txt'), 'a 7 KB seed is still indexed');
    assert.ok(has('beijing-summit-draft.md'), 'a small draft was dropped');
    changed = crosscheck.nextCorpusChange();
    await set('maxFileSize', undefined);
    await changed;
    assert.ok(has('001_9243b85462f45142.txt'));
  });

  it('follows corpus.exclude: without the wire notes the Harbin claim has no support', async () => {
    const crosscheck = await api();
    const harbin = 'Harbin Institute of Technology';
    const statusOf = (r: { claims: { text: string; status: string }[] }) => r.claims.find((c) => c.text.includes(harbin))?.status;
    assert.strictEqual(statusOf(await crosscheck.whenAnalyzed(doc.uri)), 'corroborated');
    const defaults = config().inspect<string[]>('corpus.exclude')!.defaultValue!;
    let changed = crosscheck.nextCorpusChange();
    await set('corpus.exclude', [...defaults, '**/harbin-wire-notes.md']);
    await changed;
    assert.ok(!crosscheck.corpusPaths().some((p) => p.endsWith('/harbin-wire-notes.md')));
    assert.notStrictEqual(statusOf(await crosscheck.whenAnalyzed(doc.uri)), 'corroborated');
    changed = crosscheck.nextCorpusChange();
    await set('corpus.exclude', undefined);
    await changed;
    assert.strictEqual(statusOf(await crosscheck.whenAnalyzed(doc.uri)), 'corroborated');
  });
});
