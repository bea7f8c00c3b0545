// Sources that disagree with one another on a figure or date: one agreeing source does not settle it. The claim
// keeps the status its own backing earns and carries the dispute, each side with the documents that say it and
// how many of them are independent (copies of one wire story count once). Real sources of two development
// events, and a small council-budget corpus with a wire story carried twice.
import * as assert from 'assert';
import { Analyzer, Claim, Corpus } from '../../../src/engine';
import { eventCorpus } from './helpers';

const FINAL = 'argentina-france-world-cup-final-2022';
const CHICAGO = 'chicago-mayor-runoff-2023';
const MOROCCO = 'morocco-earthquake-2023';

function check(corpus: Corpus, text: string): Claim {
  const claims = new Analyzer(corpus).analyze('draft.md', text).claims;
  assert.strictEqual(claims.length, 1, `one claim expected in: ${text}`);
  return claims[0];
}

const base = (p: string) => p.split('/').pop()!;
const sides = (c: Claim) => (c.disputes ?? []).map((d) => d.sides.map((s) => `${s.text}:${s.paths.map(base).sort().join(',')}`));

describe('disputed facts: sources that disagree with one another', function () {
  this.timeout(120000);

  it('a minute of a goal that outlets give differently (World Cup final)', () => {
    const c = check(eventCorpus(FINAL), 'Messi put Argentina ahead from the penalty spot in the 23rd minute.');
    assert.notStrictEqual(c.status, 'conflicting', 'the sources that agree keep it from being a contradiction');
    const d = c.disputes?.[0];
    assert.ok(d, `a dispute expected: ${JSON.stringify(c.evidence.map((e) => e.note))}`);
    assert.strictEqual(d.kind, 'number');
    assert.strictEqual(d.fact, '23rd minute');
    assert.ok(d.sides[0].claim && d.sides[0].paths.map(base).includes('skysports.txt'), JSON.stringify(sides(c)));
    const other = d.sides.find((s) => !s.claim)!;
    assert.match(other.text, /21st minute/);
    assert.deepStrictEqual(other.paths.map(base), ['thebossnewspapers.txt']);
    assert.ok(d.sides.every((s) => s.independent >= 1 && s.independent <= s.paths.length));
  });

  it('a share of precincts reporting that outlets give differently (mayoral runoff)', () => {
    const c = check(eventCorpus(CHICAGO), 'With 99.2% of precincts reporting, Johnson led Vallas.');
    const d = c.disputes?.find((x) => x.fact === '99.2%');
    assert.ok(d, JSON.stringify(sides(c)));
    assert.ok(d.sides[0].claim && d.sides[0].paths.map(base).includes('suntimes.txt'));
    assert.ok(d.sides.slice(1).some((s) => /98\.61%/.test(s.text)), JSON.stringify(sides(c)));
  });

  it('counts copies of one wire story as one independent source', () => {
    const wire = 'The city council approved a budget of $412 million on Tuesday, raising the property tax by 4.9% for the coming year, the treasurer said.\n\n'
      + 'Council members voted 27-14 after a debate that lasted into the evening, with several members calling the rise unavoidable.\n';
    const corpus = new Corpus();
    corpus.set('wire-a.txt', wire);
    corpus.set('wire-b.txt', `Local news\n\n${wire}`);
    corpus.set('gazette.txt', 'Councillors on Tuesday backed a budget of $412 million, raising the property tax by 3.9% for the coming year, the city treasurer said.\n');
    const c = check(corpus, 'The council approved a budget raising the property tax by 3.9% for the coming year.');
    const d = c.disputes?.[0];
    assert.ok(d, JSON.stringify({ status: c.status, evidence: c.evidence.map((e) => `${e.path} ${e.relation} ${e.note}`) }));
    assert.deepStrictEqual(d.sides.map((s) => [s.text, s.claim, s.paths.length, s.independent]), [['3.9%', true, 1, 1], ['4.9%', false, 2, 1]]);
  });

  it('is no dispute when every source agrees, or when figures are loose or of another moment (earthquake toll)', () => {
    assert.strictEqual(check(eventCorpus(FINAL), 'Argentina won the World Cup final on penalties.').disputes, undefined);
    // "more than 1,300" beside earlier and later tolls ("more than 1,000", "more than 2,000"): moments, not a dispute.
    assert.strictEqual(check(eventCorpus(MOROCCO), 'A powerful earthquake in Morocco has killed more than 1,300 people.').disputes, undefined);
  });
});
