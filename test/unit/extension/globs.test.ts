import * as assert from 'assert';
import { globToRegExp, joinGlobs, matchesAny } from '../../../src/extension/globs';

describe('corpus globs', () => {
  it('matches the default include globs at any depth', () => {
    assert.ok(matchesAny('seeds/000_cb176e527996979f.txt', ['**/*.md', '**/*.txt']));
    assert.ok(matchesAny('draft.md', ['**/*.md']));
    assert.ok(!matchesAny('notes.docx', ['**/*.md', '**/*.txt']));
  });

  it('excludes node_modules, .git, .crosscheck and build output', () => {
    const exclude = ['**/node_modules/**', '**/.git/**', '**/.crosscheck/**', '**/out/**'];
    assert.ok(matchesAny('node_modules/pkg/README.md', exclude));
    assert.ok(matchesAny('a/b/node_modules/x.txt', exclude));
    assert.ok(matchesAny('.crosscheck/ignored.json', exclude));
    assert.ok(matchesAny('out/test/x.md', exclude));
    assert.ok(!matchesAny('outlets/reuters.md', exclude));
  });

  it('supports braces, character classes and single-character wildcards', () => {
    assert.ok(globToRegExp('**/*.{md,txt}').test('wire/ap.txt'));
    assert.ok(!globToRegExp('**/*.{md,txt}').test('wire/ap.json'));
    assert.ok(globToRegExp('drafts/draft-[0-9].md').test('drafts/draft-3.md'));
    assert.ok(!globToRegExp('drafts/draft-[!0-9].md').test('drafts/draft-3.md'));
    assert.ok(globToRegExp('seeds/00?_*.txt').test('seeds/004_dc1dde8d983ca860.txt'));
    assert.ok(!globToRegExp('*.md').test('sub/dir.md'));
  });

  it('treats regular-expression characters in a glob literally', () => {
    assert.ok(globToRegExp('notes (draft)+.md').test('notes (draft)+.md'));
    assert.ok(!globToRegExp('a.md').test('abmd'));
  });

  it('joins globs into the one pattern findFiles takes', () => {
    assert.strictEqual(joinGlobs(['**/*.md']), '**/*.md');
    assert.strictEqual(joinGlobs(['**/*.md', '**/*.txt']), '{**/*.md,**/*.txt}');
    assert.strictEqual(joinGlobs([]), undefined);
  });
});
