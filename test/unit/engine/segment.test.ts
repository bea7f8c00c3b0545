import * as assert from 'assert';
import fc from 'fast-check';
import { splitParts } from '../../../src/engine/claims/parts';
import { splitBlocks, sentencesOf } from '../../../src/engine/segment';
import { assertSpansExact, read, seedPaths } from './helpers';

function sentences(text: string, markdown = true): string[] {
  return sentencesOf(text, splitBlocks(text, markdown)).map((s) => s.text);
}

describe('segmentation', () => {
  it('keeps abbreviations, initials and decimals inside one sentence', () => {
    const s = sentences('Mr. Putin met Lt. Col. Ivanov in the U.S. capital on Jan. 5. The deal was worth 1.5 billion. J. K. Rowling agreed.');
    assert.deepStrictEqual(s, ['Mr. Putin met Lt. Col. Ivanov in the U.S. capital on Jan. 5.', 'The deal was worth 1.5 billion.', 'J. K. Rowling agreed.']);
  });

  it('splits sentences glued without a space ("office.Follow", "(May 16).China")', () => {
    const s = sentences('He arrived on Thursday (May 16).China welcomed him.It was his first visit since taking office.Follow our live feed.');
    assert.deepStrictEqual(s, ['He arrived on Thursday (May 16).', 'China welcomed him.', 'It was his first visit since taking office.', 'Follow our live feed.']);
  });

  it('does not split at an ellipsis followed by lower case, nor inside a number', () => {
    const s = sentences('“We intend to remain good neighbours … defending equality,” he said. Trade reached $240.1 billion.');
    assert.strictEqual(s.length, 2);
  });

  it('handles Markdown: headings, list items, front matter and code fences', () => {
    const text = '---\ntitle: x\n---\n# A heading\n\n- First item of a list.\n- Second item.\n\n```\nignored code. Not a sentence.\n```\nA paragraph *with emphasis* and [a link](http://x).';
    const blocks = splitBlocks(text, true);
    assert.deepStrictEqual(blocks.map((b) => [b.kind, b.text]), [
      ['heading', 'A heading'], ['list-item', 'First item of a list.'], ['list-item', 'Second item.'],
      ['paragraph', 'A paragraph *with emphasis* and [a link](http://x).']]);
    assertSpansExact(text, blocks);
  });

  it('joins soft-wrapped Markdown lines but keeps a title line apart from the paragraph under it', () => {
    const wrapped = sentences('Putin arrived in Beijing for a\ntwo-day state visit to China.');
    assert.deepStrictEqual(wrapped, ['Putin arrived in Beijing for a\ntwo-day state visit to China.']);
    const titled = splitBlocks('Leaders eye better cooperation\nRussian President Vladimir Putin will visit China.', true);
    assert.strictEqual(titled.length, 2);
  });

  it('keeps exact offsets with CRLF line ends, a BOM, emoji and non-Latin text', () => {
    const text = '\uFEFFПутин прибыл в Пекин. 😀 Xi said “hello”.\r\n\r\n习近平 会见了 普京。Second paragraph 👍🏽 here.\r\n';
    const spans = sentencesOf(text, splitBlocks(text, false));
    assertSpansExact(text, spans);
    assert.ok(spans.length >= 3);
    assert.ok(!spans[0].text.startsWith('\uFEFF'));
  });

  it('keeps every sentence of the seed articles an exact slice', () => {
    for (const p of seedPaths()) {
      const text = read(p);
      const spans = sentencesOf(text, splitBlocks(text, false));
      assert.ok(spans.length > 5, p);
      assertSpansExact(text, spans);
    }
  });

  it('property: random or truncated text never throws and every span equals its slice', () => {
    const seed = read(seedPaths()[1]);
    const pieces = ['. ', '“', '”', '"', '\r\n', '\n\n', '# ', '- ', '```\n', '…', 'U.S.', 'Mr.', '😀', '\uFEFF', ';', ' — ', 'Putin', 'said', '8,000', '---\n'];
    fc.assert(fc.property(
      fc.oneof(
        fc.string({ unit: 'grapheme', maxLength: 300 }),
        fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((a) => a.join('')),
        fc.tuple(fc.nat(seed.length), fc.nat(seed.length)).map(([a, b]) => seed.slice(Math.min(a, b), Math.max(a, b)))),
      fc.boolean(),
      (text, markdown) => {
        const blocks = splitBlocks(text, markdown);
        assertSpansExact(text, blocks);
        const ss = sentencesOf(text, blocks);
        assertSpansExact(text, ss);
        for (const s of ss) assertSpansExact(s.text, splitParts(s.text));
      }), { numRuns: 400 });
  });
});
