import * as assert from 'assert';
import fc from 'fast-check';
import { Analyzer, Corpus, findNoise } from '../../../src/engine';
import { assertSpansExact, read, seedCorpus, seedPaths } from './helpers';

describe('robustness on random and truncated input', () => {
  const corpus = seedCorpus();
  const analyzer = new Analyzer(corpus);
  const seedText = read(seedPaths()[3]);
  const pieces = ['Putin said', ' “We have never refused,” ', 'almost 8,000 people', ' in 2022. ', '\r\n', '\n\n', '# ', '- ', '```\n',
    'You May Also Like\n', 'Read Also: x\n', '…', 'U.S.', '😀', '\uFEFF', '; ', ' — ', '"', '(May 16).China', '---\n', '\u0000', '\uD800'];
  const inputs = fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 400 }),
    fc.string({ unit: 'binary', maxLength: 200 }),
    fc.array(fc.constantFrom(...pieces), { maxLength: 50 }).map((a) => a.join('')),
    fc.tuple(fc.nat(seedText.length), fc.nat(seedText.length)).map(([a, b]) => seedText.slice(Math.min(a, b), Math.max(a, b))));

  it('never throws and keeps every claim, noise and evidence span an exact slice', () => {
    fc.assert(fc.property(inputs, fc.constantFrom('draft.md', 'draft.txt'), (text, path) => {
      const report = analyzer.analyze(path, text);
      assertSpansExact(text, report.noise);
      assertSpansExact(text, report.claims);
      for (const c of report.claims) {
        assert.ok(c.score >= 0 && c.score <= 1);
        for (const e of c.evidence) assertSpansExact(corpus.text(e.path)!, [e]);
      }
      for (let i = 1; i < report.claims.length; i++) assert.ok(report.claims[i].start >= report.claims[i - 1].end, 'claims sorted, not overlapping');
      for (let i = 1; i < report.noise.length; i++) assert.ok(report.noise[i].start >= report.noise[i - 1].end, 'noise sorted, not overlapping');
    }), { numRuns: 120 });
  });

  it('indexes random documents and removes them again without a trace', () => {
    fc.assert(fc.property(fc.array(inputs, { minLength: 1, maxLength: 5 }), (texts) => {
      const c = new Corpus();
      texts.forEach((t, i) => c.set(`doc${i}.txt`, t));
      for (const p of c.paths()) for (const passage of c.passages(p)) assertSpansExact(c.text(p)!, [passage]);
      texts.forEach((_, i) => c.remove(`doc${i}.txt`));
      assert.strictEqual(c.size, 0);
      assert.strictEqual(c.passageCount, 0);
      assert.deepStrictEqual(c.candidates(['putin', 'beijing']), []);
    }), { numRuns: 60 });
  });

  it('handles a large document in one piece', () => {
    const big = Array.from({ length: 200 }, () => seedText).join('\n\n');
    const noise = findNoise(big);
    assertSpansExact(big, noise);
    const c = new Corpus();
    c.set('big.txt', big);
    assert.ok(c.passageCount > 1000);
  });
});
