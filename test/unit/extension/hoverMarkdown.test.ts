import * as assert from 'assert';
import { claimHoverMarkdown, escapeMarkdown, escapeMarkdownInline, hoverCommands, markSharedWords, PASSAGE_MAX } from '../../../src/extension/hoverMarkdown';
import { byFile, claim, conflicting, corroborated, evidence, injected, misquote, twoPartClaim } from './fixtures';

const options = { maxEvidence: 3, names: byFile, sharedFraction: () => 0, documentUri: 'file:///ws/draft.md', ignored: false };

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

  it('escapes link, tag, code and emphasis characters for inline text, leaving punctuation readable', () => {
    const text = 'Seen at [click](command:workbench.action.files.delete), <b>x</b>, *y*, `z`: 8,000 people.';
    const escaped = escapeMarkdownInline(text);
    assert.strictEqual(escaped, 'Seen at \\[click\\](command:workbench.action.files.delete), \\<b\\>x\\</b\\>, \\*y\\*, \\`z\\`: 8,000 people.');
  });

  it('turns line breaks in a snippet into spaces so it cannot start a block', () => {
    assert.strictEqual(escapeMarkdown('one\n# two\r\n- three'), 'one \\# two \\- three');
  });

  it('says what is contradicted and by whom, with no score anywhere', () => {
    const md = claimHoverMarkdown(conflicting, options);
    assert.match(md, /^\*\*Crosscheck · Contradicted\*\* — number differs\\: almost 9\\,000 people here\\, almost 8\\,000 people in the source/);
    assert.doesNotMatch(md, /score|\b0\.\d\d\b/);
    const first = md.indexOf('003\\_b59ad364a7aca831\\.txt');
    const second = md.indexOf('001\\_9243b85462f45142\\.txt');
    assert.ok(first > 0 && second > first, md);
    assert.match(md, /✗ contradicts it\n/, 'the note is in the headline, not repeated per passage');
  });

  it('leaves out what VS Code\'s Problems entry above the card already says', () => {
    const md = claimHoverMarkdown(conflicting, { ...options, diagnosticShown: true });
    assert.doesNotMatch(md, /Contradicted/);
    assert.doesNotMatch(md, /number differs/, 'the entry above says what differs');
    // What the entry does not say stays: who says what, then the passages.
    assert.match(md, /^\*Who says what:\* almost 8\\,000 people\\: 2 sources · almost 9\\,000 people\\, as here\\: no source\n\n\*\*1\\\.\*\* /);
  });

  it('says who says what about a contradicted fact, copies of one wire story counted once', () => {
    const shares = (a: string, b: string) => (a.includes('001') && b.includes('003') ? 0.4 : 0);
    const md = claimHoverMarkdown(conflicting, { ...options, sharedFraction: shares });
    assert.match(md, /\*Who says what:\* almost 8\\,000 people\\: 2 sources \\\(1 independent\\\) · almost 9\\,000 people\\, as here\\: no source/);
    assert.doesNotMatch(claimHoverMarkdown(corroborated, options), /Who says what/, 'only for a contradicted claim');
  });

  it('names the source by its outlet or headline, with the file as the link\'s tooltip', () => {
    const names = { name: (p: string) => (p.includes('003') ? 'The Guardian: Putin in Beijing' : byFile.name(p)), file: byFile.file };
    const md = claimHoverMarkdown(conflicting, { ...options, names });
    assert.match(md, /\*\*1\\\.\*\* \[The Guardian\\: Putin in Beijing\]\(command:crosscheck\.openPassage\?[^ )]+ "ws\/003_b59ad364a7aca831\.txt \(open beside the draft\)"\)/);
  });

  it('marks the words the passage shares with the claim', () => {
    const marked = markSharedWords('forcing almost 8,000 people to flee their homes.', conflicting.text);
    assert.match(marked, /\*\*people\*\*/);
    assert.match(marked, /\*\*homes\*\*/);
    assert.ok(!/\*\*8\\,000\*\*/.test(marked), 'a different number is not a shared word');
  });

  it('says "quote differs" once for a misquote', () => {
    const md = claimHoverMarkdown(misquote, options);
    assert.match(md, /^\*\*Crosscheck · Contradicted\*\* — quote differs\\: “agreed” here\\, “refused” in the source\n/);
    assert.match(md, /· ❝ quote differs\n/);
    assert.doesNotMatch(md, /quote differs.*quote differs/);
    const other = claim(misquote.text, 'conflicting', [misquote.evidence[0], evidence('file:///ws/x.txt', 'Putin was quoted as saying “we never agreed”.', 'quote-differs', 0.8, 'quote differs: said by Orbán here, by Putin in the source')]);
    assert.match(claimHoverMarkdown(other, options), /❝ quote differs — said by Orbán here\\, by Putin in the source/, 'a second, different difference is named');
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

  it('shows a passage whole, or cut at a word with a "more" link that opens it', () => {
    const long = 'Putin said the two countries had accumulated a solid baggage of practical cooperation, '.repeat(8);
    assert.ok(long.length > PASSAGE_MAX);
    const md = claimHoverMarkdown(claim(corroborated.text, 'corroborated', [evidence('file:///ws/a.txt', long, 'supports', 0.9)]), options);
    assert.match(md, / … \[more\]\(command:crosscheck\.openPassage\?/);
    const short = claimHoverMarkdown(corroborated, options);
    assert.ok(short.includes(markSharedWords(corroborated.evidence[0].text, corroborated.text)), 'whole');
    assert.doesNotMatch(short, /\[more\]/);
  });

  it('keeps to the configured number of passages and offers the rest', () => {
    const passages = ['Putin arrived in Beijing on Thursday.', 'Xi welcomed him with military honours.', 'An honour guard met the Russian leader at dawn.', 'Police on motorcycles escorted his motorcade.', 'The two leaders held talks over tea.'];
    const many = claim(corroborated.text, 'corroborated', passages.map((text, i) => evidence(`file:///ws/s${i + 1}.txt`, text, 'supports', 0.9 - i / 10)));
    const md = claimHoverMarkdown(many, { ...options, maxEvidence: 2 });
    assert.ok(md.includes('s1\\.txt') && md.includes('s2\\.txt') && !md.includes('s3\\.txt'), md);
    assert.match(md, /3 more · \[show all\]/);
  });

  it('shows copies of one wire story once, "also in" the others, and says the sources are not independent', () => {
    const shares = (a: string, b: string) => (a.includes('000') && b.includes('001') ? 0.46 : a.includes('001') && b.includes('000') ? 0.14 : 0);
    const c = claim(corroborated.text, 'corroborated', [
      evidence('file:///ws/000_cb176e527996979f.txt', 'Vladimir Putin has arrived in Beijing for a two-day state visit to China.', 'supports', 0.9),
      evidence('file:///ws/001_9243b85462f45142.txt', 'Vladimir Putin has arrived in Beijing for a two-day state visit to China!', 'supports', 0.88),
      evidence('file:///ws/001_9243b85462f45142.txt', 'A brigade of military police on motorcycles accompanied his motorcade into the city.', 'supports', 0.3),
      evidence('file:///ws/000_cb176e527996979f.txt', 'An honour guard met Putin as he descended from his plane as dawn broke.', 'supports', 0.25),
    ]);
    const md = claimHoverMarkdown(c, { ...options, sharedFraction: shares });
    assert.strictEqual((md.match(/> \*\*Vladimir\*\*/g) ?? []).length, 1, 'the copied passage is shown once');
    assert.match(md, /\*Also in:\* \[001\\_9243b85462f45142\\\.txt\]/);
    assert.strictEqual((md.match(/\*Same wire copy:\*/g) ?? []).length, 1, 'one line for the pair, not one per passage');
    assert.match(md, /backed by 2 sources \\\(1 independent/);
  });

  it('says the closest passages of an unsupported claim do not back it', () => {
    const c = claim(corroborated.text, 'unsupported', [evidence('file:///ws/004.txt', 'Putin will also visit Harbin in northeastern China.', 'supports', 0.22, 'closest passage, not enough to back the claim (similar wording)')]);
    const md = claimHoverMarkdown(c, options);
    assert.match(md, /Unsupported\*\* — no source backs it/);
    assert.match(md, /∅ closest passage — does not back it\n/);
    assert.doesNotMatch(md, /✓|strong match|supports/);
    assert.match(claimHoverMarkdown(claim(corroborated.text, 'unsupported', []), options), /no passage in the sources backs it/);
  });

  it('shows a claim status and relation this version does not know in plain words', () => {
    const c = { ...conflicting, status: 'disputed' as never, evidence: [{ ...conflicting.evidence[0], relation: 'disputed-by' as never }] };
    const md = claimHoverMarkdown(c, options);
    assert.match(md, /\*\*Crosscheck · Disputed\*\*/);
    assert.match(md, /• disputed by/);
  });
});

describe('hover card parts', () => {
  const twoParts = twoPartClaim('not in the sources: $40 billion, *Mongolia*');

  it('lists each part with its status, what is missing and the passages that back it', () => {
    const md = claimHoverMarkdown(twoParts, options);
    assert.match(md, /\*\*Parts\*\*/);
    assert.match(md, /✓ backed: \*Putin and Xi signed a \\\$40 billion agreement\* · by 1/);
    assert.match(md, /\? not backed: \*to build a second gas pipeline across Mongolia\\\.\* — not in the sources\\: \\\$40 billion\\, \\\*Mongolia\\\*/);
    assert.match(md, /^\*\*Crosscheck · Partly corroborated\*\* — not in the sources\\: \\\$40 billion/);
  });

  it('says nothing of parts for a claim of one part', () => {
    assert.doesNotMatch(claimHoverMarkdown(corroborated, options), /Parts/);
  });
});
