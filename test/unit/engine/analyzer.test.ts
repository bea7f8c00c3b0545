import * as assert from 'assert';
import { Analyzer, checkDocuments, Claim, Corpus, FileReport } from '../../../src/engine';
import { assertSpansExact, read, seedCorpus, seedPaths } from './helpers';

const DRAFT = 'test/fixtures/engine/draft_summit.md';

function claimWith(report: FileReport, words: string): Claim {
  const c = report.claims.find((x) => x.text.includes(words));
  assert.ok(c, `no claim containing "${words}"; claims: ${report.claims.map((x) => x.text).join(' | ')}`);
  return c!;
}

describe('analyzer on a draft with planted errors', () => {
  const corpus = seedCorpus();
  const analyzer = new Analyzer(corpus);
  const text = read(DRAFT);
  const report = analyzer.analyze(DRAFT, text);

  it('keeps every claim, noise and evidence span an exact slice', () => {
    assertSpansExact(text, report.claims);
    assertSpansExact(text, report.noise);
    for (const c of report.claims) for (const e of c.evidence) assertSpansExact(corpus.text(e.path)!, [e]);
  });

  it('flags "four-day" against the sources\' "two-day" as a conflict, conflicting passage first', () => {
    const c = claimWith(report, 'four-day state visit');
    assert.strictEqual(c.status, 'conflicting');
    assert.strictEqual(c.evidence[0].relation, 'conflicts');
    assert.match(c.evidence[0].note, /four.*two/);
  });

  it('flags a wrong year (1951 for 1949) as a conflict', () => {
    const c = claimWith(report, 'in 1951');
    assert.strictEqual(c.status, 'conflicting');
    assert.match(c.evidence[0].note, /1951.*1949/);
  });

  it('flags a misquote ("negative" for "positive") with a note saying what differs', () => {
    const c = claimWith(report, 'negative in our assessment');
    assert.strictEqual(c.status, 'conflicting');
    assert.strictEqual(c.evidence[0].relation, 'quote-differs');
    assert.match(c.evidence[0].note, /negative.*positive/);
  });

  it('corroborates compatible numbers ("more than 40 times", "thousands") without a conflict', () => {
    assert.strictEqual(claimWith(report, 'more than 40 times').status, 'corroborated');
    const displaced = claimWith(report, 'thousands of people');
    assert.notStrictEqual(displaced.status, 'conflicting');
    assert.ok(displaced.evidence.every((e) => e.relation === 'supports'));
  });

  it('corroborates a reworded sentence and points at its source passage', () => {
    const c = claimWith(report, 'early warning system');
    assert.strictEqual(c.status, 'corroborated');
    assert.match(c.evidence[0].text, /early warning system/);
  });

  it('reports a claim found in no source as unsupported', () => {
    const c = claimWith(report, 'Vladivostok');
    assert.strictEqual(c.status, 'unsupported');
    assert.strictEqual(c.score, 0);
    assert.ok(c.evidence.every((e) => /^closest passage, not enough/.test(e.note)), JSON.stringify(c.evidence));
  });

  it('lists the closest passages of an unsupported claim, saying they do not back it', () => {
    const c = analyzer.analyze('draft.md', 'Xi Jinping is expected to make a return visit to Moscow in October.').claims[0];
    assert.strictEqual(c.status, 'unsupported');
    assert.ok(c.evidence.length > 0 && c.evidence.length <= 3);
    for (const e of c.evidence) {
      assert.strictEqual(e.relation, 'supports');
      assert.match(e.note, /^closest passage, not enough to back the claim/);
    }
  });

  it('never makes claims of noise, headings, front matter or code', () => {
    for (const c of report.claims) {
      assert.ok(!/newsletter|Read more|foreign desk|Code blocks|Summit desk|Putin and Xi meet/.test(c.text), c.text);
    }
    assert.deepStrictEqual(report.noise.map((n) => n.kind), ['byline', 'newsletter', 'read-also']);
  });
});

describe('analyzer on the seeds', () => {
  const corpus = seedCorpus();
  const report = checkDocuments(seedPaths().map((p) => ({ path: p, text: read(p) })), corpus);

  it('never uses a document as its own evidence, nor noise as evidence', () => {
    for (const f of report.files) {
      const noise = f.noise;
      for (const c of f.claims) for (const e of c.evidence) assert.notStrictEqual(e.path, f.path);
      for (const other of report.files) {
        for (const c of other.claims) for (const e of c.evidence.filter((x) => x.path === f.path)) {
          assert.ok(!noise.some((n) => e.start < n.end && e.end > n.start), `evidence inside noise: ${e.text}`);
        }
      }
    }
  });

  it('reports the wire copy that two outlets share as shared origin, and says so in the evidence', () => {
    // 000 reuses the AP story (001) nearly word for word; 002 rewrote everything in its own words.
    const [reuse, ap, rewrite] = seedPaths();
    const share = (a: string, b: string) => report.sources.find((s) => s.path === a)!.sharedWith.find((s) => s.path === b)?.fraction ?? 0;
    assert.ok(share(ap, reuse) > 0.1, JSON.stringify(report.sources));
    assert.ok(share(reuse, ap) > 0.2);
    assert.ok(share(rewrite, ap) < 0.05);
    const verbatim = report.files.flatMap((f) => f.claims).filter((c) => c.evidence.some((e) => /same wire copy/.test(e.note)));
    assert.ok(verbatim.length > 0);
  });

  it('corroborates wire copy reused verbatim and leaves single-source claims unsupported', () => {
    const all = report.files.flatMap((f) => f.claims);
    const kharkiv = all.find((c) => c.text.includes('forcing almost 8,000 people'))!;
    assert.strictEqual(kharkiv.status, 'corroborated');
    const only = all.find((c) => c.text.includes('Gazprom CEO Alexei Miller'))!;
    assert.strictEqual(only.status, 'unsupported');
  });
});

describe('evidence must agree on who and where', () => {
  const corpus = seedCorpus();
  // The same sentence shape about other people, as an archive is full of.
  corpus.set('archive/lookalike.txt', 'When Sisi visited Paris in March 2021, he spoke of a “new era” in the two nations’ relationship; conversely, when Sisi visited Cairo in October of the same year, Tusk spoke of a “deep friendship” between the two leaders, who had met 57 times in the previous ten years.');
  const analyzer = new Analyzer(corpus);

  it('does not let a look-alike about other people contradict a claim', () => {
    const claim = 'When Xi visited Moscow in March 2023, he spoke of a “new era” in the two nations’ relationship.';
    const c = analyzer.analyze('draft.md', claim).claims[0];
    assert.notStrictEqual(c.status, 'conflicting', JSON.stringify(c.evidence));
    assert.ok(c.evidence.every((e) => e.path !== 'archive/lookalike.txt' || e.relation === 'supports'));
    assert.match(c.evidence[0].path, /^seeds\//);
  });

  it('does not take a passage that shares only a place name as evidence', () => {
    const c = analyzer.analyze('draft.md', 'A dinner for 600 guests was held in the Great Hall of the People on Friday night.').claims[0];
    assert.strictEqual(c.status, 'unsupported', JSON.stringify(c.evidence));
  });

  it('does take names as evidence for a claim that is little more than names', () => {
    const c = analyzer.analyze('draft.md', 'Putin is accompanied by Foreign Minister Sergei Lavrov, Defense Minister Andrei Belousov and Security Council Secretary Sergei Shoigu.').claims[0];
    assert.notStrictEqual(c.status, 'unsupported');
    assert.match(c.evidence[0].text, /Belousov/);
  });

  it('compares ages written either way ("73 years old" vs "71-year-old")', () => {
    const c = analyzer.analyze('draft.md', 'Ahead of the trip, Putin, who is 73 years old, said his choice of China as his first foreign destination underlined the partnership.').claims[0];
    assert.strictEqual(c.status, 'conflicting', JSON.stringify(c.evidence.map((e) => e.note)));
    assert.match(c.evidence[0].note, /73.*71/);
  });

  it('ties an age to its person: "Xi, who is 71" conflicts with "Xi, who is 70", not with "71-year-old Putin"', () => {
    const c = analyzer.analyze('draft.md', 'Xi, who is 71, called Putin an old friend during the visit.').claims[0];
    assert.strictEqual(c.status, 'conflicting');
    assert.match(c.evidence[0].note, /71.*70/);
    const putin = analyzer.analyze('draft.md', 'Ahead of the trip, the 71-year-old Putin said China was his first foreign destination.').claims[0];
    assert.notStrictEqual(putin.status, 'conflicting');
  });

  it('flags a distance and a date tied to the same words even in a loosely worded sentence', () => {
    const front = analyzer.analyze('draft.md', 'Russia claims advances along the 1,500km front line, where Kyiv\'s forces are waiting for delayed American weapons.').claims[0];
    assert.strictEqual(front.status, 'conflicting');
    assert.match(front.evidence[0].note, /1,500km.*1,000km/);
    const pact = analyzer.analyze('draft.md', 'China and Russia declared their "no limits" partnership in February 2020, days before Russian troops crossed into Ukraine.').claims[0];
    assert.strictEqual(pact.status, 'conflicting');
    assert.match(pact.evidence[0].note, /february 2020.*february 2022/i);
  });

  it('does not call a date wrong when a closer passage carries it and a weaker one names another event', () => {
    const c = analyzer.analyze('draft.md', 'China and Russia first declared their "no limits" partnership in February 2022, shortly before Russia\'s full-scale invasion of Ukraine.').claims[0];
    assert.strictEqual(c.status, 'corroborated', JSON.stringify(c.evidence.map((e) => e.note)));
  });

  it('reads another outlet\'s rendering of a quote as a translation, not a misquote', () => {
    const report = analyzer.analyze(seedPaths()[0], read(seedPaths()[0]));
    const c = report.claims.find((x) => x.text.includes('good neighbours, good friends, good partners'))!;
    assert.notStrictEqual(c.status, 'conflicting');
  });
});

describe('corpus and cache', () => {
  it('adds, replaces and removes single documents', () => {
    const corpus = new Corpus();
    const analyzer = new Analyzer(corpus);
    const claim = 'Putin will also travel to Vladivostok to open a new shipyard on Friday.';
    assert.strictEqual(analyzer.analyze('draft.md', claim).claims[0].status, 'unsupported');
    corpus.set('wire.txt', 'Putin will travel to Vladivostok on Friday to open a new shipyard, the Kremlin said.');
    const after = analyzer.analyze('draft.md', claim).claims[0];
    assert.strictEqual(after.status, 'corroborated');
    assert.strictEqual(after.evidence[0].path, 'wire.txt');
    corpus.set('wire.txt', 'The Kremlin said nothing about travel plans.');
    assert.strictEqual(analyzer.analyze('draft.md', claim).claims[0].status, 'unsupported');
    corpus.set('wire.txt', 'Putin will travel to Vladivostok on Friday to open a new shipyard, the Kremlin said.');
    assert.ok(corpus.remove('wire.txt'));
    assert.strictEqual(corpus.size, 0);
    assert.strictEqual(analyzer.analyze('draft.md', claim).claims[0].status, 'unsupported');
  });

  it('reuses cached paragraphs: an unchanged paragraph comes back identical after another one changes', () => {
    const analyzer = new Analyzer(seedCorpus());
    const a = 'Xi noted that the two leaders had met more than 40 times.\n\nPutin will also travel to Vladivostok.';
    const first = analyzer.analyze('d.md', a);
    const second = analyzer.analyze('d.md', a.replace('travel to Vladivostok', 'visit Harbin'));
    assert.deepStrictEqual(second.claims[0], first.claims[0]);
    assert.notStrictEqual(second.claims[1].status, 'unsupported');
  });

  it('analyzeAsync() gives the same report as analyze(), and stops when cancelled', async () => {
    const corpus = seedCorpus();
    const text = read(DRAFT);
    const sync = new Analyzer(corpus).analyze(DRAFT, text);
    const async = await new Analyzer(corpus).analyzeAsync(DRAFT, text, { sliceMs: 0 });
    assert.deepStrictEqual(async, sync);
    let calls = 0;
    const cancelled = await new Analyzer(corpus).analyzeAsync(DRAFT, text, { sliceMs: 0, isCancelled: () => ++calls > 2 });
    assert.strictEqual(cancelled, undefined);
  });

  it('corroborate() ranks passages for any selected text', () => {
    const analyzer = new Analyzer(seedCorpus());
    const ranked = analyzer.corroborate('informal talks over tea', {});
    assert.ok(ranked.length > 0);
    assert.match(ranked[0].text, /tea/);
    for (let i = 1; i < ranked.length; i++) assert.ok(ranked[i - 1].score >= ranked[i].score || ranked[i - 1].relation !== 'supports');
  });
});
