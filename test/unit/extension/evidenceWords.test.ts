import * as assert from 'assert';
import { factSides, factSidesText, groupCopies, groupNumbers, matchStrength, relatedMessage, relationDetail, relationIcon, relationPhrase, sharedOriginClusters } from '../../../src/extension/evidenceWords';
import { passageRows } from '../../../src/extension/passageRows';
import { byFile, evidence } from './fixtures';

const apCopy = '“We have never refused to negotiate,” Putin was quoted as saying by Xinhua.';

describe('passages in words', () => {
  it('says how much a passage backs in words, never as a number', () => {
    assert.strictEqual(matchStrength(0.85), 'strong');
    assert.strictEqual(matchStrength(0.4), 'partial');
    assert.strictEqual(matchStrength(0.1), 'weak');
    assert.strictEqual(relationPhrase(evidence('a', 'Putin arrived.', 'supports', 0.85, 'agrees on two-day')), 'strong match');
    assert.strictEqual(relationPhrase(evidence('a', 'Putin arrived.', 'supports', 0.2, 'similar wording')), 'weak match');
  });

  it('calls the nearest passage of an unsupported claim what it is, not support', () => {
    const closest = evidence('a', 'Putin will also visit Harbin.', 'supports', 0.22, 'closest passage, not enough to back the claim (similar wording)');
    assert.strictEqual(relationPhrase(closest, 'unsupported'), 'closest passage — does not back it');
    assert.strictEqual(relationPhrase({ ...closest, note: 'similar wording' }, 'unsupported'), 'closest passage — does not back it');
    assert.strictEqual(relationIcon(closest, 'unsupported'), '$(circle-slash)');
    assert.strictEqual(relationDetail(closest), '', 'the relation already says it does not back the claim');
    assert.strictEqual(relationDetail({ ...closest, note: 'closest passage, not enough to back the claim (agrees on Harbin)' }), 'agrees on Harbin');
  });

  it('does not say "quote differs" twice, and drops the shared-text remark the grouping shows', () => {
    const q = evidence('a', apCopy, 'quote-differs', 1, 'quote differs: “agreed” here, “refused” in the source');
    assert.strictEqual(relationPhrase(q), 'quote differs');
    assert.strictEqual(relationDetail(q), '“agreed” here, “refused” in the source');
    const s = evidence('a', 'x', 'supports', 0.2, 'similar wording; shares text with file:///ws/001.txt (same wire copy: not independent)');
    assert.strictEqual(relationDetail(s), 'similar wording only');
    assert.strictEqual(relationDetail({ ...s, score: 0.9 }), 'similar wording', 'a strong match is not "only" similar');
    assert.strictEqual(relationDetail(evidence('a', 'x', 'supports', 0.9, 'agrees on two-day, on Thursday')), 'agrees on two-day, on Thursday');
    assert.strictEqual(relationDetail(evidence('a', 'x', 'supports', 0.9, 'agrees on on Thursday')), 'agrees on Thursday');
  });

  it('gives each relation its own icon, and an unknown relation a neutral one', () => {
    assert.strictEqual(relationIcon(evidence('a', 'x', 'conflicts', 0.9)), '$(close)');
    assert.strictEqual(relationIcon(evidence('a', 'x', 'quote-differs', 0.9)), '$(quote)');
    assert.strictEqual(relationIcon(evidence('a', 'x', 'supports', 0.9)), '$(check)');
    assert.strictEqual(relationIcon(evidence('a', 'x', 'supports', 0.4)), '$(circle-large-outline)');
    const disputed = { ...evidence('a', 'x', 'supports', 0.9), relation: 'disputed-by' as never };
    assert.strictEqual(relationIcon(disputed), '$(question)');
    assert.strictEqual(relationPhrase(disputed), 'disputed by');
  });

  it('folds copies of one wire story into one entry, keeping different passages apart', () => {
    const list = [
      evidence('file:///ws/000.txt', apCopy, 'quote-differs', 1),
      evidence('file:///ws/001.txt', apCopy.replace('“', '"').replace('”', '"'), 'quote-differs', 1),
      evidence('file:///ws/001.txt', '“We are open to a dialogue on Ukraine,” Putin said.', 'supports', 0.27),
      evidence('file:///ws/000.txt', '“We are open to a dialogue on Ukraine,” Mr Putin was quoted as saying.', 'supports', 0.26),
    ];
    const groups = groupCopies(list);
    assert.deepStrictEqual(groups.map((g) => [g.index, g.copies.map((c) => c.index)]), [[0, [1]], [2, [3]]]);
    assert.deepStrictEqual([...groupNumbers(groups)], [[0, 1], [1, 1], [2, 2], [3, 2]]);
    const apart = groupCopies([evidence('file:///ws/a.txt', 'Putin arrived in Beijing on Thursday.', 'supports', 0.9), evidence('file:///ws/b.txt', 'Xi welcomed Putin with military honours.', 'supports', 0.8)]);
    assert.strictEqual(apart.length, 2);
  });

  it('clusters sources that share text, either way round', () => {
    const shares: Record<string, number> = { 'a>b': 0.46, 'b>a': 0.14, 'c>a': 0.05 };
    const clusters = sharedOriginClusters(['a', 'b', 'c'], (x, y) => shares[`${x}>${y}`] ?? 0);
    assert.deepStrictEqual(clusters, [{ paths: ['a', 'b'], fraction: 0.46 }]);
  });

  it('keeps related information short: the source and what it says', () => {
    const c = evidence('file:///ws/001.txt', 'two-day', 'conflicts', 0.8, 'number differs: four-day here, two-day in the source');
    assert.strictEqual(relatedMessage(c, 'conflicting', 'AP'), 'AP — contradicts it: two-day there');
    const n8 = evidence('file:///ws/001.txt', '8,000', 'conflicts', 0.8, 'number differs: almost 9,000 people here, almost 8,000 people in the source');
    assert.strictEqual(relatedMessage(n8, 'conflicting', 'AP'), 'AP — contradicts it: almost 8,000 people there');
    const q = evidence('file:///ws/001.txt', apCopy, 'quote-differs', 1, 'quote differs: said by Orbán here, by Putin in the source');
    assert.strictEqual(relatedMessage(q, 'conflicting', 'AP'), 'AP — quote differs: said by Putin there');
    const n = evidence('file:///ws/004.txt', 'Harbin', 'supports', 0.2, 'closest passage, not enough to back the claim (similar wording)');
    assert.strictEqual(relatedMessage(n, 'unsupported', 'Reuters'), 'Reuters — closest passage — does not back it');
    // A source known only by its file: VS Code shows the file in front of the message already.
    const y = evidence('file:///ws/003.txt', '75 years', 'conflicts', 0.8, 'number differs: 70 years here, 75 years in the source');
    assert.strictEqual(relatedMessage(y, 'conflicting', ''), 'Contradicts it: 75 years there');
    assert.strictEqual(relatedMessage(n, 'unsupported', ''), 'Closest passage — does not back it');
  });
});

describe('Corroborate Selection rows', () => {
  it('names the source, says the relation in words with a matching icon, and never shows a score', () => {
    const rows = passageRows([
      evidence('file:///ws/000_cb176e527996979f.txt', apCopy, 'quote-differs', 1, 'quote differs: “agreed” here, “refused” in the source'),
      evidence('file:///ws/001_9243b85462f45142.txt', apCopy, 'quote-differs', 0.99, 'quote differs: “agreed” here, “refused” in the source'),
      evidence('file:///ws/004.txt', 'He said Moscow was “open to a dialogue on Ukraine”. $(trash) [x](command:rm)', 'supports', 0.31, 'similar wording'),
    ], { name: (p) => (p.includes('001') ? 'AP: Xi meets Putin' : byFile.name(p)), file: byFile.file }, 'conflicting');
    assert.strictEqual(rows.length, 2, 'the AP copy is folded into the first row');
    assert.strictEqual(rows[0].label, '$(quote) 000_cb176e527996979f.txt');
    assert.match(rows[0].description, /^quote differs — “agreed” here, “refused” in the source · also in AP: Xi meets Putin · ws\/000_cb176e527996979f\.txt$/);
    assert.strictEqual(rows[1].label, '$(circle-large-outline) 004.txt');
    assert.match(rows[1].description, /^partial match — similar wording · /);
    assert.ok(rows[1].detail.includes('\\$(trash)'), 'icons in document text are shown literally');
    for (const r of rows) assert.doesNotMatch(`${r.label} ${r.description}`, /\b0\.\d\d\b|\b1\.00\b/, 'no raw score');
  });

  it('cuts a long passage at a word', () => {
    const long = 'Putin said '.repeat(40) + 'the end.';
    const [row] = passageRows([evidence('file:///ws/a.txt', long, 'supports', 0.9)], byFile);
    assert.match(row.detail, / (?:Putin|said)…$/);
    assert.ok(row.detail.length <= 240);
  });
});

describe('who says what about a contradicted fact', () => {
  // Passages and notes as the engine gives them for the Morocco earthquake's planted draft and the Beijing draft.
  const mor = (file: string) => `file:///ws/morocco/${file}`;
  const shared = (a: string, b: string) => ([a, b].sort().join(' ') === [mor('iumsonline.txt'), mor('straitstimes.txt')].join(' ') ? 0.82 : 0);

  it('counts each value the sources give, copies of one wire story once', () => {
    const note = 'quote differs: “praying” here, “playing” in the source';
    const sides = factSides({ evidence: [
      evidence(mor('straitstimes.txt'), '“Just a while ago, we were all playing together,” he added.', 'quote-differs', 0.999, note),
      evidence(mor('iumsonline.txt'), '"Just a while ago, we were all playing together," he added.', 'quote-differs', 0.999, note),
    ] }, shared);
    assert.deepStrictEqual(sides.map((s) => [s.says, s.here, s.paths.length, s.independent]), [['“playing”', false, 2, 1], ['“praying”', true, 0, 0]]);
    assert.strictEqual(factSidesText(sides), '“playing”: 2 sources (1 independent) · “praying”, as here: no source');
  });

  it('takes "Friday", "on Friday" and "Friday," for one value, without the engine\'s bracketed remark', () => {
    const here = 'date differs: at 11:11 p.m. on Thursday here, ';
    const sides = factSides({ evidence: [
      evidence(mor('straitstimes.txt'), 'The 6.8-magnitude quake struck late on Friday in a mountainous area.', 'conflicts', 0.96, `${here}on Friday in the source`),
      evidence(mor('jamaica-gleaner.txt'), 'The magnitude-6.8 quake … sent people fleeing their homes in terror and disbelief late Friday.', 'conflicts', 0.95, `${here}Friday in the source`),
      evidence(mor('madhyamamonline.txt'), 'The death toll from the powerful 6.8-magnitude earthquake that struck central Morocco late Friday, has increased to 632.', 'conflicts', 0.94, `${here}Friday, in the source`),
      evidence(mor('tasnimnews.txt'), 'Morocco\'s geophysical centre said the quake struck in the Ighil area of the High Atlas.', 'conflicts', 0.9, `${here}on Friday, (in the source's story) in the source`),
    ] }, shared);
    assert.strictEqual(factSidesText(sides), 'Friday: 4 sources · at 11:11 p.m. on Thursday, as here: no source');
  });

  it('counts the backing passages that carry the draft\'s own words, and says several values apart', () => {
    const note = (there: string) => `number differs: 1,044 here, ${there} in the source`;
    const sides = factSides({ evidence: [
      evidence(mor('channelnewsasia.txt'), 'Of the injured, 1,404 were in a critical condition, the ministry said.', 'conflicts', 0.9, note('1,404')),
      evidence(mor('jamaica-gleaner.txt'), 'The Interior Ministry said 2,012 people had been killed and 721 injured.', 'conflicts', 0.85, note('721')),
      evidence(mor('7news.txt'), 'The Interior Ministry said 2,012 people had been killed and 2,059 injured, including 1,044 in a critical condition.', 'supports', 0.8, 'agrees on 2,012 people'),
      evidence(mor('dailysabah.txt'), 'Officials said 21,044 homes were damaged.', 'supports', 0.6, 'similar wording'),
    ] }, () => 0);
    assert.strictEqual(factSidesText(sides), '1,404: 1 source · 721: 1 source · 1,044, as here: 1 source', 'a whole number only: not inside 21,044');
  });

  it('keeps the facts of a claim that differs in several places apart', () => {
    // Silicon Valley Bank planted draft: a rank and an amount, each with its own sources.
    const svb = (f: string) => `file:///ws/svb/${f}`;
    const sides = factSides({ evidence: [
      evidence(svb('cnn.txt'), 'SVB was the 16th largest bank in the United States.', 'conflicts', 0.9, 'number differs: 12th largest here, 16th largest in the source'),
      evidence(svb('npr.txt'), 'The bank had about $209 billion in assets.', 'conflicts', 0.85, 'number differs: about $175.4 billion here, $209 billion in the source'),
    ] }, () => 0);
    assert.strictEqual(factSidesText(sides), '16th largest: 1 source · 12th largest, as here: no source; $209 billion: 1 source · about $175.4 billion, as here: no source');
  });

  it('says nothing when no passage contradicts the claim', () => {
    assert.deepStrictEqual(factSides({ evidence: [evidence('file:///ws/a.txt', 'Putin arrived in Beijing.', 'supports', 0.9, 'agrees on Beijing')] }, () => 0), []);
  });
});
