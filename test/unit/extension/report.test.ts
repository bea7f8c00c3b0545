import * as assert from 'assert';
import { escapeHtml, originMap, reportCommands, reportHtml } from '../../../src/extension/reportHtml';
import { reportModel, ReportInput } from '../../../src/extension/reportModel';
import { byFile, claim, conflicting, corroborated, draft, evidence, injected, report, unsupported } from './fixtures';

const page = { cspSource: 'https://file+.vscode-resource.example', styleUri: 'https://file+.vscode-resource.example/media/report.css' };
const shares: Record<string, number> = { '000>001': 0.46, '001>000': 0.14, '003>001': 0.08 };
const sharedFraction = (a: string, b: string) => shares[`${a.match(/(\d{3})_/)?.[1]}>${b.match(/(\d{3})_/)?.[1]}`] ?? 0;

function input(overrides: Partial<ReportInput> = {}): ReportInput {
  return { report: report(), draftText: draft, draftName: 'draft.md', draftUri: 'file:///ws/draft.md', isIgnored: () => false, names: byFile, sharedFraction, corpusSize: 5, ...overrides };
}

describe('the report page', () => {
  it('lists the findings, most serious first, with the differing words marked', () => {
    const model = reportModel(input());
    assert.deepStrictEqual(model.findings.map((f) => f.claim.status), ['conflicting', 'conflicting', 'unsupported']);
    const html = reportHtml(model, page);
    assert.match(html, /<mark class="fact conflicting" title="number differs: almost 9,000 people here, almost 8,000 people in the source">almost 9,000 people<\/mark>/);
    assert.match(html, /<span class="chip conflicting">2 contradicted<\/span>/);
    assert.match(html, /<p class="sides">Who says what: almost 8,000 people: 2 sources · almost 9,000 people, as here: no source<\/p>/);
    assert.match(html, /<p class="sides">Who says what: “refused”: 1 source · “agreed”, as here: no source<\/p>/);
    assert.match(html, /checked against 5 source documents/);
    assert.ok(html.indexOf('almost 9,000') < html.indexOf(escapeHtml(unsupported.text.slice(0, 20))));
  });

  it('has a proper title and a policy that allows no script and no inline style', () => {
    const html = reportHtml(reportModel(input()), page);
    assert.match(html, /<title>Crosscheck: draft\.md<\/title>/);
    assert.doesNotMatch(html, /\.md\.md/);
    const csp = html.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)![1];
    assert.match(csp, /default-src &#39;none&#39;/);
    assert.doesNotMatch(csp, /script-src|unsafe-inline|unsafe-eval/);
    assert.doesNotMatch(html, /<script|\sstyle=|\son\w+=/i);
  });

  it('escapes document text everywhere, and links only to Crosscheck commands', () => {
    const hostile = 'Putin <script>alert(1)</script> & "Xi" <img src=x onerror=alert(2)> [a](command:workbench.action.files.delete)';
    const text = `${hostile}\n`;
    const c = claim(corroborated.text, 'corroborated', [injected]);
    const r = { path: 'file:///ws/x.md', noise: [], claims: [{ ...c, start: 0, end: hostile.length, text: hostile, parts: [{ ...c.parts[0], start: 0, end: hostile.length, text: hostile }] }] };
    const names = { name: () => '<b onmouseover="x">Outlet</b>', file: () => 'a"b.txt' };
    const html = reportHtml(reportModel(input({ report: r, draftText: text, draftName: '<i>x</i>.md', names })), page);
    assert.doesNotMatch(html, /<script|<img|<b on|<i>x/);
    assert.match(html, /&#60;script&#62;alert\(1\)&#60;\/script&#62;/);
    const hrefs = [...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1]).filter((h) => h !== page.styleUri);
    assert.ok(hrefs.length > 0);
    for (const h of hrefs) assert.ok(reportCommands.some((c) => h.startsWith(`command:${c}?`)), h);
  });

  it('shows per paragraph which sources back it and which contradict it', () => {
    const model = reportModel(input());
    assert.strictEqual(model.paragraphs.length, 4);
    const kharkiv = model.paragraphs.find((p) => p.excerpt.includes('Kharkiv'))!;
    assert.deepStrictEqual([...kharkiv.cells.entries()].map(([p, c]) => [byFile.name(p), c.contradicts, c.backs]), [['003_b59ad364a7aca831.txt', 1, 0], ['001_9243b85462f45142.txt', 1, 0]]);
    const arrival = model.paragraphs.find((p) => p.excerpt.includes('arrived'))!;
    assert.deepStrictEqual([...arrival.cells.values()].map((c) => c.backs), [1]);
    const html = reportHtml(model, page);
    assert.match(html, /<td class="cell contradicts" title="003_b59ad364a7aca831\.txt: contradicts 1">✗<\/td>/);
    assert.match(html, /<td class="cell backs" title="001_9243b85462f45142\.txt: backs 1 claim">✓<\/td>/);
  });

  it('draws who copies whom: an arrow from the source more of whose text is in the other', () => {
    const c = claim(corroborated.text, 'corroborated', [
      evidence('file:///ws/000_cb176e527996979f.txt', 'Putin has arrived in Beijing.', 'supports', 0.9),
      evidence('file:///ws/001_9243b85462f45142.txt', 'Putin arrived Thursday in Beijing.', 'supports', 0.8),
      evidence('file:///ws/002_b015f52f65818902.txt', 'Putin and Xi convened in Beijing.', 'supports', 0.7),
    ]);
    const model = reportModel(input({ report: { ...report(), claims: [c] } }));
    assert.deepStrictEqual(model.origins.map((e) => [byFile.name(e.from), byFile.name(e.to), e.fraction]), [['000_cb176e527996979f.txt', '001_9243b85462f45142.txt', 0.46]]);
    const svg = originMap(model);
    assert.strictEqual((svg.match(/<g class="edge heavy">/g) ?? []).length, 1);
    assert.strictEqual((svg.match(/<g class="node /g) ?? []).length, 3);
    assert.match(svg, /<g class="node alone"><title>002_b015f52f65818902\.txt/);
    assert.match(svg, /46% of <b>000_cb176e527996979f\.txt<\/b> is also in <b>001_9243b85462f45142\.txt<\/b>/);
  });

  it('keeps ignored claims apart and out of the table', () => {
    const model = reportModel(input({ isIgnored: (t) => t === conflicting.text }));
    assert.deepStrictEqual(model.findings.map((f) => f.ignored), [false, false, true]);
    assert.ok(!model.paragraphs.some((p) => p.excerpt.includes('Kharkiv')));
    assert.match(reportHtml(model, page), /<summary>Ignored \(1\)<\/summary>/);
  });
});
