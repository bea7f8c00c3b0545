import * as assert from 'assert';
import { claimAt, clip, decorationSpans, defaultProblemSettings, findingCode, findingsFor, gutterMarks, parseSeverity, readableNote, statusBarText, statusCounts } from '../../../src/extension/findings';
import { LineIndex } from '../../../src/engine/lines';
import { byFile, claim, conflicting, corroborated, draft, evidence, misquote, report, span, twoPartClaim, unsupported } from './fixtures';

const none = () => false;
const name = byFile.name;

describe('findings (Problems entries) and decoration spans', () => {
  it('gives unsupported, conflicting and misquoted claims their codes', () => {
    assert.strictEqual(findingCode(unsupported), 'unsupported-claim');
    assert.strictEqual(findingCode(conflicting), 'conflicting-claim');
    assert.strictEqual(findingCode(misquote), 'misquote');
    assert.strictEqual(findingCode(corroborated), undefined);
  });

  it('reports unsupported as warnings and conflicts as errors by default, one per claim', () => {
    const f = findingsFor(report(), { unsupported: 'warning', conflicting: 'error', partial: 'off' }, none, byFile);
    assert.deepStrictEqual(f.map((x) => [x.code, x.severity]), [
      ['conflicting-claim', 'error'],
      ['misquote', 'error'],
      ['unsupported-claim', 'warning'],
    ]);
    assert.strictEqual(f[0].message, 'Contradicted: number differs: almost 9,000 people here, almost 8,000 people in the source (003_b59ad364a7aca831.txt and 1 more).');
    assert.strictEqual(f[1].message, 'Misquote: “agreed” here, “refused” in the source (001_9243b85462f45142.txt).');
  });

  it('points related information at the conflicting passages first', () => {
    const [conflict] = findingsFor(report(), { unsupported: 'warning', conflicting: 'error', partial: 'off' }, none, byFile);
    assert.deepStrictEqual(conflict.related.map((e) => e.relation), ['conflicts', 'conflicts']);
  });

  it('follows the severity settings, including off', () => {
    const f = findingsFor(report(), { unsupported: 'off', conflicting: 'information', partial: 'off' }, none, byFile);
    assert.deepStrictEqual(f.map((x) => x.severity), ['information', 'information']);
  });

  it('drops ignored claims and anything inside noise', () => {
    const r = report();
    r.noise.push({ ...span(draft, unsupported.text), kind: 'custom' });
    const f = findingsFor(r, { unsupported: 'warning', conflicting: 'error', partial: 'off' }, (t) => t === misquote.text, byFile);
    assert.deepStrictEqual(f.map((x) => x.code), ['conflicting-claim']);
  });

  it('parses severity settings leniently', () => {
    assert.strictEqual(parseSeverity('Warning', 'error'), 'warning');
    assert.strictEqual(parseSeverity('loud', 'error'), 'error');
    assert.strictEqual(parseSeverity(undefined, 'off'), 'off');
  });

  it('puts every claim under its status, ignored claims apart, and noise dimmed', () => {
    const spans = decorationSpans(report(), (t) => t === unsupported.text);
    assert.deepStrictEqual(spans.corroborated.map((s) => s.text), [corroborated.text]);
    assert.deepStrictEqual(spans.conflicting.map((s) => s.text), [conflicting.text, misquote.text]);
    assert.deepStrictEqual(spans.unsupported, []);
    assert.deepStrictEqual(spans.ignored.map((s) => s.text), [unsupported.text]);
    assert.deepStrictEqual(spans.noise.map((s) => s.text), ['By Crosscheck Test Desk']);
    assert.deepStrictEqual(spans.partial, []);
  });

  it('counts claims per status and finds the claim under an offset', () => {
    assert.deepStrictEqual(statusCounts(report(), none), { corroborated: 1, partial: 0, conflicting: 2, unsupported: 1, ignored: 0 });
    assert.strictEqual(claimAt(report(), conflicting.start + 5), conflicting);
    assert.strictEqual(claimAt(report(), 3), undefined);
  });

  it('gives each line one gutter mark, the most severe of the claims starting on it', () => {
    const r = report();
    const lines = new LineIndex(draft);
    const marks = gutterMarks(decorationSpans(r, none), (o) => lines.position(o).line);
    assert.strictEqual(marks.get(lines.position(corroborated.start).line), 'corroborated');
    assert.strictEqual(marks.get(lines.position(unsupported.start).line), 'unsupported');
    // Two claims on one line: the conflict wins over the corroboration.
    const oneLine = 'Putin arrived in Beijing. Almost 9,000 people fled.';
    const same = { path: 'x', noise: [], claims: [
      { ...corroborated, start: 0, end: 25, text: oneLine.slice(0, 25) },
      { ...conflicting, start: 26, end: oneLine.length, text: oneLine.slice(26) },
    ] };
    const m = gutterMarks(decorationSpans(same, none), () => 0);
    assert.deepStrictEqual([...m], [[0, 'conflicting']]);
  });

  it('shows the corpus paths an engine note names as source names', () => {
    const note = 'agrees on two; shares text with file:///ws/000_cb176e527996979f.txt, file:///ws/sub%20dir/001.txt (same wire copy: not independent)';
    assert.strictEqual(readableNote(note, name), 'agrees on two; shares text with 000_cb176e527996979f.txt, 001.txt (same wire copy: not independent)');
    assert.strictEqual(readableNote('number differs: 9,000 here, 8,000 in the source', name), 'number differs: 9,000 here, 8,000 in the source');
  });

  it('lists a partly corroborated claim by default, naming the part no source backs', () => {
    const partly = twoPartClaim('no source backs this part');
    const r = { ...report(), claims: [partly] };
    const [f] = findingsFor(r, defaultProblemSettings, none, byFile);
    assert.strictEqual(f.code, 'partial-claim');
    assert.strictEqual(f.severity, 'information');
    assert.match(f.message, /no source backs: “to build a second gas pipeline across Mongolia\.”/);
    const withNote = twoPartClaim('not in the sources: Mongolia', 'partial');
    assert.match(findingsFor({ ...r, claims: [withNote] }, defaultProblemSettings, none, byFile)[0].message, /not in the sources: Mongolia/);
    assert.deepStrictEqual(findingsFor(r, { ...defaultProblemSettings, partial: 'off' }, none, byFile), []);
  });

  it('points a contradicted claim\'s entry at the differing words, an unsupported one\'s at the whole claim', () => {
    const f = findingsFor(report(), defaultProblemSettings, none, byFile);
    assert.deepStrictEqual(f.map((x) => x.span.text), ['almost 9,000 people', 'agreed', unsupported.text]);
    assert.strictEqual(draft.slice(f[0].span.start, f[0].span.end), 'almost 9,000 people');
  });

  it('marks the differing words strongly and the sentence lightly', () => {
    const spans = decorationSpans(report(), none);
    assert.deepStrictEqual(spans.conflictingFact.map((s) => s.text), ['almost 9,000 people', 'agreed']);
    assert.deepStrictEqual(spans.conflicting.map((s) => s.text), [conflicting.text, misquote.text]);
    for (const s of spans.conflictingFact) assert.strictEqual(draft.slice(s.start, s.end), s.text);
    // The unsupported claim states no figure, date or name in this fixture: the whole of it is what is unbacked.
    assert.deepStrictEqual(spans.unsupportedFact.map((s) => s.text), [unsupported.text]);
    assert.deepStrictEqual(decorationSpans(report(), (t) => t === conflicting.text).conflictingFact.map((s) => s.text), ['agreed'], 'an ignored claim has no marks');
  });

  it('shows a status it does not know (a newer engine) like a partial claim, never crashing', () => {
    const disputed = { ...conflicting, status: 'disputed' as never, parts: [{ ...conflicting.parts[0], status: 'disputed' as never }] };
    const r = { ...report(), claims: [disputed] };
    const spans = decorationSpans(r, none);
    assert.deepStrictEqual(spans.partial.map((s) => s.text), [conflicting.text]);
    assert.deepStrictEqual(spans.partialFact.map((s) => s.text), ['almost 9,000 people']);
    assert.strictEqual(statusBarText(statusCounts(r, none)), 'Crosscheck: 1 disputed');
  });

  it('says the findings in the status bar in words, the most serious first', () => {
    assert.strictEqual(statusBarText(statusCounts(report(), none)), 'Crosscheck: 2 contradicted · 1 unsupported');
    assert.strictEqual(statusBarText({ corroborated: 4, partial: 1, conflicting: 0, unsupported: 0, ignored: 2 }), 'Crosscheck: 1 partly corroborated');
    assert.strictEqual(statusBarText({ corroborated: 4, partial: 0, conflicting: 0, unsupported: 0, ignored: 0 }), 'Crosscheck: all 4 corroborated');
    assert.strictEqual(statusBarText({ corroborated: 0, partial: 0, conflicting: 0, unsupported: 0, ignored: 0 }), 'Crosscheck: no claims to check');
    assert.doesNotMatch(statusBarText(statusCounts(report(), none)), /\$\(/, 'no codicons');
  });

  it('cuts untrusted text for a message at a word, never mid-word', () => {
    assert.strictEqual(clip('Russia’s new offensive in the Kharkiv region has forced almost 8,000 people to flee', 40), 'Russia’s new offensive in the Kharkiv…');
    assert.strictEqual(clip('short', 40), 'short');
  });
});
