// Noise patterns from settings cannot hang the extension host: they run on a linear-time engine (RE2). With the
// classic catastrophic patterns set, typing in a draft that holds the lines they choke on still brings diagnostics.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { api, crosscheckDiagnostics, diagnosticAt, revertAndClose, waitFor } from './helpers';

const config = () => vscode.workspace.getConfiguration('crosscheck');
const set = (key: string, value: unknown) => config().update(key, value, vscode.ConfigurationTarget.Global);

// Each backtracks exponentially in JavaScript's RegExp on the lines below (a run of a's, x's or words, then a mismatch).
const CATASTROPHIC = ['^(a+)+$', '^(a|a?)+$', '^(a|aa)+$', '(x+x+)+y', '^(\\w+\\s?)*$', '(.*a){12}$'];
const CHOKE_LINES = ['a'.repeat(48) + '!', 'x'.repeat(48), 'word '.repeat(40) + '!'];

describe('noise patterns that backtrack catastrophically', function () {
  let doc: vscode.TextDocument | undefined;

  after(async () => {
    await set('noisePatterns', undefined);
    if (doc && !doc.isClosed) await revertAndClose(doc);
  });

  it('leave the extension host responsive: typing in the draft still brings diagnostics', async () => {
    const crosscheck = await api();
    const claim = 'The Harbin city council approved a 900-metre ice bridge across the Songhua River on Monday.';
    doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: `${CHOKE_LINES.join('\n\n')}\n\n` });
    const editor = await vscode.window.showTextDocument(doc, { preview: false });
    await crosscheck.whenAnalyzed(doc.uri, doc.version);
    await set('noisePatterns', CATASTROPHIC);

    // Type the claim a few words at a time, as a user would, each edit analysed against the hostile patterns.
    const words = claim.split(' ');
    for (let i = 0; i < words.length; i += 4) {
      const chunk = words.slice(i, i + 4).join(' ') + (i + 4 < words.length ? ' ' : '');
      await editor.edit((e) => e.insert(doc!.positionAt(doc!.getText().length), chunk));
    }
    await waitFor(vscode.languages.onDidChangeDiagnostics, () => diagnosticAt(doc!, 'Songhua River') !== undefined, 'a diagnostic on the typed claim');
    assert.strictEqual(diagnosticAt(doc, 'Songhua River')?.code !== undefined, true);
    const report = await crosscheck.whenAnalyzed(doc.uri, doc.version);
    assert.strictEqual(report.claims.find((c) => c.text.includes('Songhua River'))?.status, 'unsupported');
    assert.ok(crosscheckDiagnostics(doc.uri).length >= 1);
  });
});
