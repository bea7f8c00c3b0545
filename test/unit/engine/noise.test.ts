import * as assert from 'assert';
import { findNoise } from '../../../src/engine';
import { assertSpansExact, read, seedPaths } from './helpers';

const kinds = (text: string, patterns?: string[]) => findNoise(text, { noisePatterns: patterns }).map((n) => [n.kind, n.text]);

describe('noise', () => {
  it('finds the "You May Also Like" block with its teasers as one related-links span', () => {
    const p = seedPaths().find((f) => read(f).includes('You May Also Like'))!;
    const text = read(p);
    const noise = findNoise(text);
    assertSpansExact(text, noise);
    const related = noise.find((n) => n.kind === 'related-links')!;
    assert.ok(related.text.startsWith('You May Also Like'));
    assert.ok(related.text.includes('algae blooms'), 'teaser headline inside the block');
    assert.ok(related.end >= text.trimEnd().length, 'the block runs to the end of the page');
    for (const k of ['comment-prompt', 'read-also', 'byline']) assert.ok(noise.some((n) => n.kind === k), k);
  });

  it('finds "Read Also:" lines, editorial notes, datelines and credit lines in the seeds', () => {
    const all = seedPaths().flatMap((p) => findNoise(read(p)).map((n) => `${n.kind}: ${n.text}`));
    assert.ok(all.some((s) => s.startsWith('read-also: Read Also:')));
    assert.ok(all.some((s) => s.startsWith('editorial-note: THIS IS A BREAKING NEWS UPDATE')));
    assert.ok(all.some((s) => /^byline: .*Associated Press$/.test(s)));
  });

  it('leaves clean article prose alone', () => {
    for (const p of seedPaths()) {
      const text = read(p);
      if (/Also Like|Read Also|Associated Press|BREAKING/.test(text)) continue;
      assert.deepStrictEqual(findNoise(text), [], p);
    }
  });

  it('finds prompts worded unlike any list, by kind', () => {
    const text = [
      'Headline of the story',
      'Russian President Vladimir Putin arrived in Beijing on Thursday for talks with Xi Jinping.',
      'ADVERTISEMENT', 'Get the Morning Briefing delivered to your inbox', 'Join us on WhatsApp for live updates',
      'Copyright 2024 Daily Planet Ltd', 'Reporting by Jane Doe; editing by John Roe', 'Related: Xi and Putin sign trade deal',
      'Most Read', 'First teaser headline about something else', 'Second teaser cut off in the middle of a…',
    ].join('\n\n');
    const got = kinds(text);
    assert.deepStrictEqual(got.map((g) => g[0]), ['advertisement', 'newsletter', 'share-follow', 'copyright', 'byline', 'read-also', 'related-links']);
    assert.ok(String(got[got.length - 1][1]).endsWith('middle of a…'));
  });

  it('dims a news page\'s furniture worded unlike the seeds, and leaves its article sentences alone', () => {
    const text = read('test/fixtures/engine/page_with_boilerplate.txt');
    const noise = findNoise(text);
    assertSpansExact(text, noise);
    const covered = (s: string) => { const i = text.indexOf(s); return noise.some((n) => n.start <= i && n.end >= i + s.length); };
    for (const line of ['Published 16 May 2024', 'Updated 2 hours ago', 'Share this article', 'Image caption, Putin and Xi', 'Watch: Moment Putin',
      'Additional reporting by', 'Photo: Sergei Bobylev', 'Related Topics', 'China-Russia relations', 'More on this story',
      'Xi visits Moscow in show of support', 'Tags: China', 'This article was amended', 'Sign in to read more']) assert.ok(covered(line), line);
    for (const line of ['Russian President Vladimir Putin has arrived in Beijing', 'Xi said the two countries had met', 'Putin and Xi hail']) assert.ok(!covered(line), line);
  });

  it('finds a prompt glued to the end of an article paragraph as its own sentence', () => {
    const text = 'Putin clarified that the partnership determined his choice.Follow Sputnik’s live feed to learn more.';
    assert.deepStrictEqual(kinds(text), [['share-follow', 'Follow Sputnik’s live feed to learn more.']]);
  });

  it('finds an agency dateline standing as its own sentence, and keeps the sentence after it', () => {
    const text = 'BEIJING, May 16. /TASS/. Russian President Vladimir Putin has arrived in Beijing on a state visit.';
    assert.deepStrictEqual(kinds(text), [['dateline', 'BEIJING, May 16. /TASS/.']]);
  });

  it('applies user patterns from the configuration', () => {
    const text = 'Putin arrived in Beijing on Thursday for talks.\n\nPowered by WireDesk 3000 syndication';
    assert.deepStrictEqual(kinds(text, ['^powered by wiredesk']), [['custom', 'Powered by WireDesk 3000 syndication']]);
    assert.deepStrictEqual(kinds(text, ['(unclosed']), [], 'an invalid pattern is skipped');
  });
});
