import * as assert from 'assert';
import type { SharedOrigin } from '../../../src/engine';
import { claimHoverMarkdown, escapeMarkdown, escapeMarkdownInline, hoverCommands, markSharedWords, sharedOriginNotes } from '../../../src/extension/hoverMarkdown';
import { claim, conflicting, corroborated, evidence, injected, misquote, twoPartClaim } from './fixtures';

const name = (p: string) => p.split('/').pop()!;
const options = { maxEvidence: 3, sourceName: name, sharedOrigins: [] as SharedOrigin[], documentUri: 'file:///ws/draft.md', ignored: false };

/** Command URIs in the markdown: [label](command:id?args). */
function commandLinks(md: string): string[] {
  return [...md.matchAll(/\]\((command:[^)\s]+)/g)].map((m) => m[1].split('?')[0]);
}

describe('hover card markdown', () => {
  it('escapes every markdown and HTML character of document text', () => {
    const text = '[click](command:workbench.action.files.delete) **bold** <img src=x> `code` # _x_ & ~~y~~ | ![i](u)';
    const escaped = escapeMarkdown(text);
    assert.ok(!/[^\\][[\]()*<>`#_&~|!]/.test(' ' + escaped.replace(/\\./g, '')), escaped);
    assert.ok(!escaped.includes('](command:'));
    assert.strictEqual(escaped.replace(/\\(.)/g, '$1'), text);
  });

  it('escapes link, tag, code and emphasis characters for the report, leaving punctuation readable', () => {
    const text = 'Seen at [click](command:workbench.action.files.delete), <b>x</b>, *y*, `z`: 8,000 people.';
    const escaped = escapeMarkdownInline(text);
    assert.strictEqual(escaped, 'Seen at \\[click\\](command:workbench.action.files.delete), \\<b\\>x\\</b\\>, \\*y\\*, \\`z\\`: 8,000 people.');
    assert.ok(!/[^\\]\]\(/.test(escaped), 'no unescaped link');
  });

  it('turns line breaks in a snippet into spaces so it cannot start a block', () => {
    assert.strictEqual(escapeMarkdown('one\n# two\r\n- three'), 'one \\# two \\- three');
  });

  it('shows the status, the score and the passages best first with relation and note', () => {
    const md = claimHoverMarkdown(conflicting, options);
    assert.match(md, /\*\*Crosscheck: Conflicting\*\* · score 0\.78/);
    const first = md.indexOf('003\\_b59ad364a7aca831\\.txt');
    const second = md.indexOf('001\\_9243b85462f45142\\.txt');
    assert.ok(first > 0 && second > first, md);
    assert.match(md, /conflicts \(9\\,000 people vs 8\\,000 people\)/);
  });

  it('marks the words the passage shares with the claim', () => {
    const marked = markSharedWords('forcing almost 8,000 people to flee their homes.', conflicting.text);
    assert.match(marked, /\*\*people\*\*/);
    assert.match(marked, /\*\*homes\*\*/);
    assert.ok(!/\*\*8\\,000\*\*/.test(marked), 'a different number is not a shared word');
  });

  it('says "quote differs" for a misquote', () => {
    assert.match(claimHoverMarkdown(misquote, options), /quote differs \(“never agreed” vs “never refused”\)/);
  });

  it('links only to Crosscheck commands, with the passage as argument', () => {
    const c = claim(corroborated.text, 'corroborated', [injected, ...corroborated.evidence]);
    const md = claimHoverMarkdown(c, options);
    const links = commandLinks(md);
    assert.ok(links.length >= 2);
    for (const l of links) assert.ok((hoverCommands as readonly string[]).includes(l.slice('command:'.length)), l);
    const arg = decodeURIComponent(md.match(/command:crosscheck\.openPassage\?([^ )]+)/)![1]);
    assert.deepStrictEqual(JSON.parse(arg), [{ path: injected.path, start: injected.start, end: injected.end }]);
    assert.ok(md.includes('\\[click\\]\\(command\\:workbench\\.action\\.files\\.delete\\)'));
    assert.ok(md.includes('\\<img src\\=x onerror\\=\\"alert\\(1\\)\\"\\>'));
  });

  it('keeps to the configured number of passages and offers the rest', () => {
    const many = claim(corroborated.text, 'corroborated', [1, 2, 3, 4, 5].map((i) => evidence(`file:///ws/s${i}.txt`, `Putin arrived in Beijing, source ${i}.`, 'supports', 1 - i / 10)));
    const md = claimHoverMarkdown(many, { ...options, maxEvidence: 2 });
    assert.ok(md.includes('s1\\.txt') && md.includes('s2\\.txt') && !md.includes('s3\\.txt'));
    assert.match(md, /3 more/);
  });

  it('says when the sources share their text', () => {
    const origins: SharedOrigin[] = [
      { path: 'file:///ws/000_cb176e527996979f.txt', sharedWith: [{ path: 'file:///ws/001_9243b85462f45142.txt', fraction: 0.41 }] },
      { path: 'file:///ws/001_9243b85462f45142.txt', sharedWith: [{ path: 'file:///ws/000_cb176e527996979f.txt', fraction: 0.41 }] },
    ];
    const notes = sharedOriginNotes(['file:///ws/000_cb176e527996979f.txt', 'file:///ws/001_9243b85462f45142.txt'], origins, name);
    assert.strictEqual(notes.length, 1);
    assert.match(notes[0], /000_cb176e527996979f\.txt and 001_9243b85462f45142\.txt share 41%/);
    const c = claim(corroborated.text, 'corroborated', [
      evidence('file:///ws/000_cb176e527996979f.txt', 'Putin has arrived in Beijing for a two-day state visit to China.', 'supports', 0.9),
      evidence('file:///ws/001_9243b85462f45142.txt', 'Putin arrived Thursday in Beijing for a two-day state visit to China.', 'supports', 0.88),
    ]);
    assert.match(claimHoverMarkdown(c, { ...options, sharedOrigins: origins }), /\*Shared origin:\*.*not independent confirmation/);
  });

  it('says so when nothing backs an unsupported claim', () => {
    const md = claimHoverMarkdown(claim(corroborated.text, 'unsupported', []), options);
    assert.match(md, /Unsupported/);
    assert.match(md, /No passage in the corpus backs this claim/);
  });
});

describe('hover card parts', () => {
  const twoParts = twoPartClaim('not in the sources: $40 billion, *Mongolia*');

  it('lists each part with its status, what is missing and the passages that back it', () => {
    const md = claimHoverMarkdown(twoParts, options);
    assert.match(md, /\*\*Parts\*\*/);
    assert.match(md, /✓ backed: \*Putin and Xi signed a \\\$40 billion agreement\* · by 1/);
    assert.match(md, /\? not backed: \*to build a second gas pipeline across Mongolia\\\.\* — not in the sources\\: \\\$40 billion\\, \\\*Mongolia\\\*/);
  });

  it('says nothing of parts for a claim of one backed part', () => {
    assert.doesNotMatch(claimHoverMarkdown(corroborated, options), /Parts/);
  });
});
