import * as assert from 'assert';
import type { Claim, ClaimPart, Evidence } from '../../../src/engine';
import { factSpans, locate, noteTerms } from '../../../src/extension/factSpans';

/** A claim at offset 100 of some document, with its parts given as substrings. */
function claimOf(text: string, parts: { text: string; status: ClaimPart['status']; note: string; evidence?: number[] }[], evidence: Evidence[] = [], facts: Partial<Claim['facts']> = {}): Claim {
  const base = 100;
  return {
    start: base, end: base + text.length, text, status: parts.some((p) => p.status === 'conflicting') ? 'conflicting' : 'partial', score: 0,
    facts: { entities: [], numbers: [], dates: [], quotes: [], ...facts }, evidence,
    parts: parts.map((p) => {
      const at = text.indexOf(p.text);
      assert.ok(at >= 0, p.text);
      return { start: base + at, end: base + at + p.text.length, text: p.text, status: p.status, note: p.note, evidence: p.evidence ?? [] };
    }),
  };
}

const ev = (text: string, relation: Evidence['relation'], note: string): Evidence => ({ path: 'file:///ws/s.txt', start: 0, end: text.length, text, relation, note, score: 0.8 });

describe('the words a finding is about', () => {
  it('reads what this document says from the engine\'s notes', () => {
    assert.deepStrictEqual(noteTerms('number differs: four-day here, two-day in the source'), ['four-day']);
    assert.deepStrictEqual(noteTerms('date differs: at 6:14 p.m. here, at 6.04 in the source'), ['at 6:14 p.m.']);
    assert.deepStrictEqual(noteTerms('quote differs: “agreed” here, “refused” in the source'), ['agreed']);
    assert.deepStrictEqual(noteTerms('quote differs: said by Orbán here, by Putin in the source'), ['Orbán']);
    assert.deepStrictEqual(noteTerms('another person: Judge Richard Newman here, Clifton Newman in the source'), ['Judge Richard Newman']);
    assert.deepStrictEqual(noteTerms('the source says the opposite: “rose” here, “fell” in the source'), ['rose']);
    assert.deepStrictEqual(noteTerms('not in the sources: Szymon Marciniak, $40bn'), ['Szymon Marciniak', '$40bn']);
    assert.deepStrictEqual(noteTerms('no source backs this part'), []);
    assert.deepStrictEqual(noteTerms('quote differs: “refused” in the source'), []);
  });

  it('finds a word as a whole word, across curly and straight quotes and case', () => {
    const text = 'Putin said they had never agreed, and "We agreed" was never said.';
    assert.strictEqual(locate(text, 'agreed', 0, text.length)?.start, text.indexOf('agreed'));
    assert.strictEqual(locate('the “no limits” partnership', '"no limits"', 0, 27)?.text, '“no limits”');
    assert.strictEqual(locate('a two-day visit', 'TWO-DAY', 0, 15)?.text, 'two-day');
    assert.strictEqual(locate('thousands', 'thousand', 0, 9)?.text, 'thousand', 'inside a word only when nothing else');
  });

  it('marks the differing figure of a contradicted part, not the sentence', () => {
    const text = 'Vladimir Putin has arrived in Beijing for a four-day state visit to China, his first foreign trip since being sworn in for a fifth term.';
    const c = claimOf(text, [{ text, status: 'conflicting', note: 'number differs: four-day here, two-day in the source', evidence: [0] }],
      [ev('Vladimir Putin has arrived in Beijing for a two-day state visit to China.', 'conflicts', 'number differs: four-day here, two-day in the source')]);
    const facts = factSpans(c);
    assert.deepStrictEqual(facts.map((f) => [f.text, f.status]), [['four-day', 'conflicting']]);
    assert.strictEqual(facts[0].start, 100 + text.indexOf('four-day'), 'document offsets');
  });

  it('marks the changed word of a misquote and every difference its contradicting passages name', () => {
    const text = '“We have never agreed to negotiate,” Putin said on 16 May 2023.';
    const c = claimOf(text, [{ text, status: 'conflicting', note: 'quote differs: “agreed” here, “refused” in the source', evidence: [0, 1] }], [
      ev('“We have never refused to negotiate,” Putin was quoted as saying.', 'quote-differs', 'quote differs: “agreed” here, “refused” in the source'),
      ev('Putin spoke on 16 May 2024.', 'conflicts', 'date differs: 16 May 2023 here, 16 May 2024 in the source'),
    ]);
    assert.deepStrictEqual(factSpans(c).map((f) => f.text), ['agreed', '16 May 2023']);
  });

  it('marks the names and figures a partly backed part adds, keeping "May 16, 2024" whole', () => {
    const text = 'Xi met Putin on May 16, 2024, in Harbin, and they signed a $40bn gas deal.';
    const c = claimOf(text, [
      { text: 'Xi met Putin on May 16, 2024, in Harbin', status: 'corroborated', note: '' },
      { text: 'they signed a $40bn gas deal.', status: 'partial', note: 'not in the sources: $40bn' },
    ]);
    assert.deepStrictEqual(factSpans(c).map((f) => f.text), ['$40bn']);
    const dated = claimOf(text, [{ text, status: 'partial', note: 'not in the sources: May 16, 2024, Harbin' }]);
    assert.deepStrictEqual(factSpans(dated).map((f) => f.text), ['May 16, 2024', 'Harbin']);
  });

  it('marks the facts of an unbacked part that its closest passages do not contain', () => {
    const text = 'Putin will also travel to Shanghai to meet the city\'s business leaders on Saturday.';
    const c = claimOf(text, [{ text, status: 'unsupported', note: 'no source backs this part', evidence: [0] }],
      [ev('Putin will also visit Harbin in northeastern China, a city with strong ties to Russia.', 'supports', 'closest passage, not enough to back the claim (similar wording)')],
      { entities: ['Putin', 'Shanghai', 'business leaders'], dates: ['on Saturday'] });
    assert.deepStrictEqual(factSpans(c).map((f) => [f.text, f.status]), [['Shanghai', 'unsupported'], ['on Saturday', 'unsupported']]);
  });

  it('does not take a count that refers back to people already named for a fact to check', () => {
    // Two events: the Beijing summit draft's invented tour, and the Chicago runoff's "two candidates".
    const text = 'Xi welcomed Putin at the Great Hall of the People, and the two leaders later toured a robotics factory in Shanghai.';
    const second = 'and the two leaders later toured a robotics factory in Shanghai.';
    const c = claimOf(text, [
      { text: 'Xi welcomed Putin at the Great Hall of the People', status: 'corroborated', note: '' },
      { text: second, status: 'unsupported', note: 'no source backs this part' },
    ], [], { entities: ['Putin', 'Shanghai', 'Xi', 'Great Hall of the People'], numbers: [{ text: 'two leaders', value: 2, qualifier: 'exact', unit: 'leader' }] });
    assert.deepStrictEqual(factSpans(c).map((f) => f.text), ['Shanghai']);
    const runoff = 'The two candidates advanced to Tuesday\'s runoff after neither got enough votes to win the crowded February primary outright.';
    const r = claimOf(runoff, [{ text: runoff, status: 'unsupported', note: 'no source backs this part' }], [],
      { numbers: [{ text: 'two candidates', value: 2, qualifier: 'exact', unit: 'candidate' }], dates: ['Tuesday', 'February'] });
    assert.deepStrictEqual(factSpans(r).map((f) => f.text), ['Tuesday', 'February']);
    // A count that is news stays: "two" here is what the sentence asserts.
    const news = 'But his two goals in less than two minutes carried France back into the match.';
    const n = claimOf(news, [{ text: news, status: 'unsupported', note: 'no source backs this part' }], [],
      { entities: ['France'], numbers: [{ text: 'two goals', value: 2, qualifier: 'exact', unit: 'goal' }, { text: 'less than two minutes', value: 2, qualifier: 'less-than', unit: 'minute' }] });
    assert.deepStrictEqual(factSpans(n).map((f) => f.text), ['two goals', 'less than two minutes', 'France']);
  });

  it('does not take people named by a plural noun at the start of a sentence for a name, and marks a short part whole', () => {
    // Morocco earthquake planted draft: the rest of the claim's passages give "Saturday"; "Rescuers" is no name.
    const text = 'Rescuers there recovered 28 bodies on Saturday and sent 54 wounded to Marrakesh.';
    const c = claimOf(text, [
      { text: 'Rescuers there recovered 28 bodies on Saturday', status: 'unsupported', note: 'no source backs this part' },
      { text: 'and sent 54 wounded to Marrakesh.', status: 'conflicting', note: 'number differs: 54 wounded here, 45 wounded in the source', evidence: [0] },
    ], [ev('A total of 28 corpses were recovered from the wreckage on Saturday and were stored at the municipal health center.', 'conflicts', 'number differs: 54 wounded here, 45 wounded in the source')],
    { entities: ['Marrakesh', 'Rescuers'], numbers: [{ text: '28 bodies', value: 28, qualifier: 'exact', unit: 'body' }, { text: '54 wounded', value: 54, qualifier: 'exact', unit: 'wounded' }], dates: ['saturday'] });
    assert.deepStrictEqual(factSpans(c).map((f) => f.text), ['28 bodies', '54 wounded']);
    // A name that opens a sentence stays (Beijing draft).
    const putin = 'Putin will also travel to Shanghai.';
    const p = claimOf(putin, [{ text: putin, status: 'unsupported', note: 'no source backs this part' }], [], { entities: ['Putin', 'Shanghai'] });
    assert.deepStrictEqual(factSpans(p).map((f) => f.text), ['Putin', 'Shanghai']);
    const dated = 'A powerful earthquake struck late on Friday, Sept. 8, killing more than 2,000 people.';
    const d = claimOf(dated, [{ text: 'Sept. 8', status: 'unsupported', note: 'no source backs this part' }], [], { entities: ['Sept'] });
    assert.deepStrictEqual(factSpans(d).map((f) => f.text), ['Sept. 8']);
  });

  it('marks the whole part when its note names nothing it can find', () => {
    const text = 'The two sides then called the relationship worth cherishing.';
    const c = claimOf(text, [{ text, status: 'unsupported', note: 'no source backs this part' }]);
    assert.deepStrictEqual(factSpans(c).map((f) => f.text), [text]);
    const loose = claimOf(text, [{ text, status: 'partial', note: 'only loosely backed: the sources word it differently or say less' }]);
    assert.deepStrictEqual(factSpans(loose).map((f) => f.text), [text]);
  });

  it('says nothing of a corroborated claim', () => {
    const text = 'Putin arrived in Beijing.';
    assert.deepStrictEqual(factSpans(claimOf(text, [{ text, status: 'corroborated', note: '' }])), []);
  });
});
