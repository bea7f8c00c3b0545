// The view logic on the engine's real output: the planted draft of every development event checked against that
// event's real sources, so a change in the engine's notes that the views no longer read shows here.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { Analyzer, FileReport } from '../../../src/engine';
import { factSides, factSidesText } from '../../../src/extension/evidenceWords';
import { factSpans, fold, noteTerms } from '../../../src/extension/factSpans';
import { claimHoverMarkdown } from '../../../src/extension/hoverMarkdown';
import { developmentEvents, eventCorpus, eventsDir } from '../engine/helpers';
import { byFile } from './fixtures';

function wholeWordIn(passage: string, words: string): boolean {
  const escaped = fold(words).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}($|[^\\p{L}\\p{N}])`, 'u').test(fold(passage));
}

describe('the views on the planted drafts of real events', function () {
  this.timeout(300000);
  const reports: { event: string; report: FileReport }[] = [];

  before(() => {
    for (const event of developmentEvents()) {
      const file = path.join(eventsDir, event, 'drafts', 'planted.md');
      if (!fs.existsSync(file)) continue;
      reports.push({ event, report: new Analyzer(eventCorpus(event)).analyze('planted.md', fs.readFileSync(file, 'utf8')) });
    }
    assert.ok(reports.length >= 3, 'the tests need planted drafts of several events');
  });

  it('marks the draft\'s own differing words in every contradicted part, words no contradicting passage has', () => {
    let checked = 0;
    for (const { event, report } of reports) {
      for (const c of report.claims) {
        const spans = factSpans(c);
        for (const p of c.parts ?? []) {
          if (p.status !== 'conflicting' || noteTerms(p.note).length === 0) continue;
          checked++;
          const inPart = spans.filter((s) => s.start >= p.start && s.end <= p.end);
          const want = noteTerms(p.note)[0];
          assert.ok(inPart.some((s) => fold(s.text) === fold(want)), `${event}: "${want}" not marked in "${p.text}": ${inPart.map((s) => s.text)}`);
          const against = p.evidence.map((k) => c.evidence[k]).filter((e) => e && e.relation !== 'supports');
          for (const s of inPart) {
            assert.ok(s.end - s.start < c.text.length, `${event}: the whole claim is marked`);
            assert.ok(!against.some((e) => wholeWordIn(e.text, s.text)), `${event}: "${s.text}" is what a contradicting passage says too`);
          }
        }
      }
    }
    assert.ok(checked >= 20, `only ${checked} contradicted parts`);
  });

  it('says who says what for contradicted claims, every contradicting source counted under its value', () => {
    let said = 0;
    for (const { event, report } of reports) {
      for (const c of report.claims.filter((x) => x.status === 'conflicting')) {
        const sides = factSides(c, () => 0);
        if (!sides.length) continue;
        said++;
        for (const fact of new Set(sides.map((s) => s.fact))) {
          const ofFact = sides.filter((s) => s.fact === fact);
          assert.strictEqual(ofFact.filter((s) => s.here).length, 1, `${event}: one side is the draft's`);
          const sourcesSay = new Set(ofFact.filter((s) => !s.here).flatMap((s) => s.paths));
          const notes = new Set(c.evidence.filter((e) => e.relation !== 'supports' && fold(e.note).includes(`${fold(fact)} here,`)).map((e) => e.path));
          assert.ok([...notes].every((p) => sourcesSay.has(p)), `${event}: a contradicting source of "${fact}" is missing: ${factSidesText(sides)}`);
        }
        assert.match(factSidesText(sides), /, as here: (?:no source|\d+ sources?)/);
      }
    }
    assert.ok(said >= 20, `only ${said} claims`);
  });

  it('shows every claim\'s hover card without a score and with links to Crosscheck commands only', () => {
    for (const { report } of reports) {
      for (const c of report.claims) {
        const md = claimHoverMarkdown(c, { maxEvidence: 3, names: byFile, sharedFraction: () => 0, documentUri: 'file:///ws/planted.md', ignored: false });
        // A raw score is a decimal 0..1 (document text can say "score", as a football report does).
        assert.doesNotMatch(md, /(?<![\d,.])0\.\d{2,}\b/, md);
        assert.doesNotMatch(md, /· \d\.\d\d\b/, 'no score after a relation');
        for (const m of md.matchAll(/\]\(command:([\w.]+)/g)) assert.ok(m[1].startsWith('crosscheck.'), m[1]);
      }
    }
  });
});
