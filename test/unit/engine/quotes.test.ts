import * as assert from 'assert';
import { compareQuotes, quoteFacts } from '../../../src/engine/facts/quotes';

describe('quotes', () => {
  it('finds the quote and its speaker on either side', () => {
    assert.deepStrictEqual(quoteFacts('“We have never refused to negotiate,” Putin was quoted as saying by Xinhua.'), [{ text: 'We have never refused to negotiate', speaker: 'Putin' }]);
    assert.deepStrictEqual(quoteFacts('Lavrov noted that the “duet of Moscow and Beijing plays a major balancing role,” adding more.')[0].speaker, 'Lavrov');
    assert.deepStrictEqual(quoteFacts('"It is done," said Foreign Minister Sergei Lavrov.')[0].speaker, 'Lavrov');
    assert.strictEqual(quoteFacts('“We are open,” he said.')[0].speaker, '');
  });

  it('takes the speaker from a clause closed by a participle of speech (", saying"), over several events', () => {
    // Real sentences of the earthquake, election and murder-trial sources.
    assert.strictEqual(quoteFacts('French President Emmanuel Macron expressed his condolences, saying: "We are all devastated after the terrible earthquake in Morocco.')[0].speaker, 'Macron');
    assert.strictEqual(quoteFacts('Spanish Prime Minister Pedro Sanchez also voiced solidarity with the Moroccan people, saying, "Spain is with the victims of this tragedy and their families."')[0].speaker, 'Sanchez');
    assert.strictEqual(quoteFacts('Prosecutor Creighton Waters urged the judge at the sentencing to impose the maximum of life terms in prison, saying the “depravity, the callousness, the selfishness of these crimes, are stunning.”')[0].speaker, 'Waters');
    // A nationality before the title is no surname, whatever the country.
    assert.strictEqual(quoteFacts('"We will send rescuers," said Spanish Prime Minister Pedro Sanchez.')[0].speaker, 'Sanchez');
    assert.strictEqual(quoteFacts('"We will help," said Chinese Foreign Minister Wang Yi.')[0].speaker, 'Yi');
  });

  it('reads the end of a quotation opened in an earlier sentence as a quote, curly or straight', () => {
    assert.deepStrictEqual(quoteFacts('France stands ready to help with first aid."'), [{ text: 'France stands ready to help with first aid', speaker: '' }]);
    assert.deepStrictEqual(quoteFacts('It is a new day in our city.”'), [{ text: 'It is a new day in our city', speaker: '' }]);
    assert.deepStrictEqual(quoteFacts('He said "yes" and left.').map((q) => q.text), ['yes']);
  });

  it('flags a swapped word as a misquote and says what differs ("never agreed" vs "never refused")', () => {
    const c = compareQuotes('We have never agreed to negotiate', 'We have never refused to negotiate');
    assert.ok(c.same);
    assert.deepStrictEqual(c.differences, [{ claim: 'agreed', source: 'refused' }]);
  });

  it('matches a fragment inside a longer quote and flags "loyal" for "reliable"', () => {
    const c = compareQuotes('good neighbours, trusted friends and loyal partners', 'In our new journey we intend to remain good neighbours, trusted friends and reliable partners, consistently strengthening');
    assert.deepStrictEqual(c.differences, [{ claim: 'loyal', source: 'reliable' }]);
  });

  it('does not flag punctuation, case or curly quotes', () => {
    const c = compareQuotes('we have NEVER refused to negotiate.', 'We have never refused to negotiate,');
    assert.ok(c.same);
    assert.strictEqual(c.differences.length, 0);
  });

  it('accepts a translation that only adds or drops filler words', () => {
    const c = compareQuotes('unprecedented level of strategic partnership', 'unprecedentedly high level of the strategic partnership');
    assert.ok(c.same);
    assert.strictEqual(c.differences.length, 0);
  });

  it('does not call a change of function words a misquote ("are not aiming against" / "is not aimed at")', () => {
    const c = compareQuotes('Russia and China are not aiming against anyone', 'The relationship between Russia and China is not situation driven and not aimed at anyone');
    assert.deepStrictEqual(c.differences, []);
  });

  it('does call a dropped negation a misquote', () => {
    const c = compareQuotes('We are open to negotiate with everyone involved', 'We are not open to negotiate with everyone involved');
    assert.deepStrictEqual(c.differences, [{ claim: '', source: 'not' }]);
    assert.deepStrictEqual(compareQuotes('We are open to talks with everyone', 'We are indeed open to talks with everyone').differences, [], 'leaving out a word that is no negation is fine');
    const added = compareQuotes('We are never open to negotiate with everyone', 'We are open to negotiate with everyone');
    assert.deepStrictEqual(added.differences.map((d) => d.claim), ['never']);
  });

  it('takes no speaker from a bare title ("The President said")', () => {
    assert.strictEqual(quoteFacts('The President said he was "glad to be in China among friends".')[0].speaker, '');
    assert.strictEqual(quoteFacts('Foreign Minister Sergei Lavrov said it would "strengthen our joint work".')[0].speaker, 'Lavrov');
  });

  it('does not treat different quotes as the same one', () => {
    assert.ok(!compareQuotes('We are open to a dialogue on Gaza', 'We will try to establish closer cooperation in the field of industry').same);
  });
});
