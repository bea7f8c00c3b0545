// Problems panel and decorations for drafts with planted errors (test/fixtures/drafts).
import * as assert from 'assert';
import * as vscode from 'vscode';
import { api, codeOf, crosscheckDiagnostics, diagnosticAt, openArticle, rangeOf, textAt } from './helpers';

describe('Problems entries for a draft with planted errors', function () {
  let doc: vscode.TextDocument;

  before(async () => {
    const crosscheck = await api();
    doc = (await openArticle('beijing-summit-draft.md')).document;
    const report = await crosscheck.whenAnalyzed(doc.uri, doc.version);
    for (const c of [...report.claims, ...report.noise]) assert.strictEqual(doc.getText().slice(c.start, c.end), c.text);
  });

  it('reports the invented claim as unsupported-claim, a warning, on the claim', () => {
    const d = diagnosticAt(doc, 'a second gas pipeline across Mongolia');
    assert.ok(d, 'no diagnostic on the pipeline claim');
    assert.strictEqual(codeOf(d), 'unsupported-claim');
    assert.strictEqual(d.severity, vscode.DiagnosticSeverity.Warning);
    assert.strictEqual(d.source, 'crosscheck');
    assert.ok(rangeOf(doc, 'Engineers will lay a second gas pipeline across Mongolia before 2027 under a $40 billion agreement.').contains(d.range), 'range stays in the sentence');
  });

  it('reports a claim with an unbacked part as partial-claim, information, naming that part', () => {
    const d = diagnosticAt(doc, 'robotics factory in Shanghai');
    assert.ok(d, 'no diagnostic on the partly backed claim');
    assert.strictEqual(codeOf(d), 'partial-claim');
    assert.strictEqual(d.severity, vscode.DiagnosticSeverity.Information);
    assert.match(d.message, /no source backs: “and the two leaders later toured a robotics factory in Shanghai\.”/);
  });

  it('reports "almost 9,000 people" as conflicting-claim, an error, pointing at the seeds\' "almost 8,000"', async () => {
    const d = diagnosticAt(doc, 'almost 9,000 people');
    assert.ok(d, 'no diagnostic on the 9,000 claim');
    assert.strictEqual(codeOf(d), 'conflicting-claim');
    assert.strictEqual(d.severity, vscode.DiagnosticSeverity.Error);
    assert.strictEqual(doc.getText(d.range), 'almost 9,000 people');
    assert.ok(d.relatedInformation && d.relatedInformation.length > 0, 'no related information');
    for (const r of d.relatedInformation) assert.doesNotMatch(r.message, /score|\d\.\d\d/, 'no raw score');
    const first = d.relatedInformation[0];
    assert.match(first.message, /(?:^| — )[Cc]ontradicts it: almost 8,000 people there$/);
    for (const r of d.relatedInformation) {
      const file = r.location.uri.path.split('/').pop()!;
      assert.ok(!r.message.includes(file), `the file VS Code shows in front is repeated: ${file}: ${r.message}`);
    }
    assert.match(first.location.uri.path, /00[13]_[0-9a-f]+\.txt$/);
    assert.match(await textAt(first.location), /almost 8,000 people/);
  });

  it('reports the changed quote as misquote, at the changed word, pointing at "never refused"', async () => {
    const d = diagnosticAt(doc, 'never agreed to negotiate');
    assert.ok(d, 'no diagnostic on the misquote');
    assert.strictEqual(codeOf(d), 'misquote');
    assert.strictEqual(doc.getText(d.range), 'agreed', 'the entry points at the word that differs, not the sentence');
    assert.match(d.message, /^Misquote: “agreed” here, “refused” in the source \(/);
    assert.strictEqual(d.severity, vscode.DiagnosticSeverity.Error);
    const texts = await Promise.all((d.relatedInformation ?? []).map((r) => textAt(r.location)));
    assert.ok(texts.some((t) => /never refused to negotiate/.test(t)), `related: ${texts.join(' | ')}`);
  });

  it('reports the wrong year (1951 for 1949) as conflicting-claim', async () => {
    const d = diagnosticAt(doc, 'in 1951');
    assert.ok(d, 'no diagnostic on the 1951 claim');
    assert.strictEqual(codeOf(d), 'conflicting-claim');
    const texts = await Promise.all((d.relatedInformation ?? []).map((r) => textAt(r.location)));
    assert.ok(texts.some((t) => t.includes('1949')), `related: ${texts.join(' | ')}`);
  });

  it('reports nothing for a corroborated claim or inside boilerplate', () => {
    assert.strictEqual(diagnosticAt(doc, 'arrived in Beijing on Thursday for a two-day state visit'), undefined);
    for (const line of ['Read Also: Putin Takes Oath', 'Sign up for our morning newsletter', '© 2024 Crosscheck Test Desk', 'By Crosscheck Test Desk']) {
      const r = rangeOf(doc, line);
      const inside = crosscheckDiagnostics(doc.uri).filter((d) => d.range.intersection(r) && !d.range.intersection(r)!.isEmpty);
      assert.deepStrictEqual(inside.map((d) => d.message), [], `diagnostic in boilerplate "${line}"`);
    }
  });

  it('paints claims by status and dims the boilerplate (decoration model)', async () => {
    const model = (await api()).decorationModel(doc.uri);
    assert.ok(model, 'nothing painted');
    const has = (kind: keyof typeof model, phrase: string) => model[kind].some((r) => r.contains(rangeOf(doc, phrase)));
    assert.ok(has('corroborated', 'arrived in Beijing on Thursday'), 'arrival not corroborated');
    assert.ok(has('conflicting', 'almost 9,000 people'), '9,000 not conflicting');
    assert.ok(has('conflicting', 'never agreed to negotiate'), 'misquote not conflicting');
    assert.ok(has('unsupported', 'second gas pipeline'), 'pipeline not unsupported');
    assert.ok(has('noise', 'Read Also'), 'Read Also not dimmed');
    assert.ok(has('noise', 'All rights reserved'), 'copyright not dimmed');
  });

  it('marks the differing words more strongly than their sentence (decoration model)', async () => {
    const model = (await api()).decorationModel(doc.uri)!;
    const text = (r: vscode.Range) => doc.getText(r);
    assert.ok(model.conflictingFact.map(text).includes('almost 9,000 people'), `facts: ${model.conflictingFact.map(text).join(' | ')}`);
    assert.ok(model.conflictingFact.map(text).includes('agreed'));
    assert.ok(model.conflictingFact.map(text).includes('1951'));
    const sentence = model.conflicting.find((r) => r.contains(rangeOf(doc, 'almost 9,000 people')))!;
    assert.ok(text(sentence).length > 'almost 9,000 people'.length * 3, 'the sentence is shaded as a whole, lightly');
    assert.ok(model.unsupportedFact.map(text).includes('$40 billion'), `unbacked facts: ${model.unsupportedFact.map(text).join(' | ')}`);
    assert.ok(!model.unsupportedFact.some((r) => text(r).includes('Engineers will lay')), 'the figure, not the whole sentence');
  });
});

describe('Problems entries for a plain-text draft', function () {
  let doc: vscode.TextDocument;

  before(async () => {
    doc = (await openArticle('kremlin-china-trip.txt')).document;
    assert.strictEqual(doc.languageId, 'plaintext');
    await (await api()).whenAnalyzed(doc.uri, doc.version);
  });

  it('flags the 1,500km front line (the seeds say 1,000km) as conflicting', () => {
    assert.strictEqual(codeOf(diagnosticAt(doc, '1,500km front line')), 'conflicting-claim');
  });

  it('flags the "no limits" partnership dated February 2020 (the seeds say February 2022) as conflicting', () => {
    assert.strictEqual(codeOf(diagnosticAt(doc, 'February 2020')), 'conflicting-claim');
  });

  it('flags the invented consulate as unsupported and accepts "42 times" for "more than 40 times"', () => {
    assert.strictEqual(codeOf(diagnosticAt(doc, 'trade consulate in Shenzhen')), 'unsupported-claim');
    assert.strictEqual(diagnosticAt(doc, 'had met 42 times'), undefined);
  });

  it('never reports the comment prompt', () => {
    const r = rangeOf(doc, 'Your email address will not be published');
    assert.ok(!crosscheckDiagnostics(doc.uri).some((d) => d.range.intersection(r)));
  });
});
