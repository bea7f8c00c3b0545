import * as assert from 'assert';
import { compatible, datesIn, numbersIn, yearsIn } from '../../../src/engine/facts/numbers';

const one = (s: string) => {
  const n = numbersIn(s);
  assert.ok(n.length > 0, `no number in ${s}`);
  return n[0];
};
const agree = (a: string, b: string) => compatible(one(a), one(b));

describe('numbers', () => {
  it('reads qualifier, value and unit', () => {
    assert.deepStrictEqual(
      ['almost 8,000 people', 'more than 40 times', 'a two-day visit', '$1.5 million', '71-year-old Putin', '12% of exports'].map((s) => { const n = one(s); return [n.value, n.qualifier, n.unit]; }),
      [[8000, 'at-most', 'people'], [40, 'more-than', 'time'], [2, 'exact', 'day'], [1500000, 'exact', '$'], [71, 'exact', 'year-old'], [12, 'exact', '%']]);
  });

  it('keeps units readable: "two villages" has unit "village", ages are one unit', () => {
    assert.strictEqual(one('two villages').unit, 'village');
    assert.strictEqual(one('Putin is 73 years old').unit, 'year-old');
    assert.ok(!agree('Putin is 73 years old', '71-year-old Putin'));
  });

  it('treats "more than 40 times" and "42 times" as compatible', () => assert.ok(agree('more than 40 times', '42 times')));
  it('treats "almost 8,000 people" and "8,000 people" as compatible', () => assert.ok(agree('almost 8,000 people', '8,000 people')));
  it('treats "thousands" and "8,000" as compatible', () => assert.ok(agree('thousands of people', '8,000 people')));
  it('treats "more than 7,500" and "almost 8,000" as compatible', () => assert.ok(agree('more than 7,500 people', 'almost 8,000 people')));
  it('finds "almost 9,000" and "almost 8,000" in conflict', () => assert.ok(!agree('almost 9,000 people', 'almost 8,000 people')));
  it('finds "70 years" and "75 years" in conflict', () => assert.ok(!agree('70 years since', '75 years since')));
  it('finds "four-day" and "two-day" in conflict', () => assert.ok(!agree('a four-day visit', 'a two-day visit')));
  it('does not let "more than 40" agree with exactly 40', () => assert.ok(!agree('more than 40 times', '40 times')));

  it('treats a figure and the same figure rounded as compatible, not another one', () => {
    assert.ok(agree('fell 60 percent', 'fell 60.41%'));
    assert.ok(agree('a $1.8 billion loss', 'a $1.75 billion loss'));
    assert.ok(!agree('a $1.8 billion loss', 'a $1.7 billion loss'));
  });

  it('names what a number measures from a label before it ("magnitude-6.8", "Rs 615 crore")', () => {
    assert.strictEqual(one('a magnitude-6.8 earthquake').unit, 'magnitude');
    assert.strictEqual(one('the Rs 615 crore mission').unit, '₹');
    assert.ok(agree('the Rs 615 crore mission', '615 crore rupees'));
    assert.ok(!agree('a magnitude-6.8 earthquake', 'a magnitude-7.2 earthquake'));
  });

  it('reads years and dates, not counts, from four-digit numbers', () => {
    assert.deepStrictEqual(yearsIn('In October 2019, and again in 2022, 2,000 people'), [2019, 2022]);
    assert.deepStrictEqual(numbersIn('In 2022 they signed').length, 0);
    assert.deepStrictEqual(datesIn('On Thursday, May 16, after February 2023'), ['thursday', 'may 16', 'february 2023']);
  });
});
