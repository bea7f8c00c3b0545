// Users' noise patterns run on RE2 (linear time); validation uses the same compile() and flags.
import * as assert from 'assert';
import { compileUserPattern, compileUserPatterns, findNoise } from '../../../src/engine';
import { noisePatternProblems } from '../../../src/extension/noisePatternProblems';

describe('user noise patterns', () => {
  it('match case-insensitively anywhere in a line, with Unicode classes and \\u escapes', () => {
    assert.ok(compileUserPattern('^powered by wiredesk').test('Powered by WireDesk 3000 syndication'));
    assert.ok(compileUserPattern('\\p{Lu}{3,} EXCLUSIVE').test('Read the ÉTÉ EXCLUSIVE now'));
    assert.ok(compileUserPattern('sponsored\\u00A0content').test('Sponsored\u00A0content'));
    assert.ok(!compileUserPattern('^sponsored:').test('This is not sponsored: it is news'));
  });

  it('explain in one line why a pattern cannot be used', () => {
    const why = (p: string) => { try { compileUserPattern(p); return ''; } catch (e) { return (e as Error).message; } };
    assert.match(why('(a)\\1'), /^back-references .* not supported/);
    assert.match(why('(?<=Sponsored )by'), /^look-behind .* not supported/);
    assert.match(why('^(?!Advert)'), /^look-ahead .* not supported/);
    assert.match(why('(unclosed'), /missing closing \)/);
    assert.doesNotMatch(why('(unclosed'), /\(\?i\)/, 'the engine\'s own flag prefix is not shown');
    assert.match(why(''), /empty/);
    for (const m of ['(a)\\1', '(?<=x)y', '(unclosed'].map(why)) assert.ok(!m.includes('\n'), m);
  });

  it('skip what cannot be used and keep the rest', () => {
    const bad: string[] = [];
    const ok = compileUserPatterns(['^ok', '(a)\\1', 'fine$'], (p) => bad.push(p));
    assert.deepStrictEqual(ok.map((p) => p.source), ['^ok', 'fine$']);
    assert.deepStrictEqual(bad, ['(a)\\1']);
  });

  it('name the setting when the extension reports one', () => {
    const problems = noisePatternProblems(['^Sponsored', '(?<=x)y']);
    assert.strictEqual(problems.length, 1);
    assert.match(problems[0], /^crosscheck\.noisePatterns: "\(\?<=x\)y" cannot be used and is ignored: look-behind/);
  });

  it('run the classic catastrophic patterns over the lines they choke on, and match where they should', () => {
    const patterns = ['^(a+)+$', '^(a|a?)+$', '^(a|aa)+$', '(x+x+)+y', '^(\\w+\\s?)*$', '(.*a){12}$'];
    const text = ['Putin arrived in Beijing on Thursday for talks with Xi Jinping.', 'a'.repeat(60) + '!', 'x'.repeat(60), 'word '.repeat(50) + '!', 'aaaa'].join('\n\n');
    const custom = findNoise(text, { noisePatterns: patterns }).filter((n) => n.kind === 'custom').map((n) => n.text);
    // ^(\w+\s?)*$ matches "x…x" and "aaaa"; ^(a+)+$ matches "aaaa"; nothing matches a line that ends in "!".
    assert.deepStrictEqual(custom, ['x'.repeat(60), 'aaaa']);
  });
});
