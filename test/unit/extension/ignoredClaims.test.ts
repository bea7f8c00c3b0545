import * as assert from 'assert';
import {
  emptyIgnoredFile, isIgnored, normalizeClaimText, parseIgnoredFile, serializeIgnoredFile, withIgnored, withoutIgnored,
} from '../../../src/extension/ignoredClaims';

describe('ignored claims file (.crosscheck/ignored.json)', () => {
  const claim = '“We have never agreed to negotiate,” Putin was quoted as saying by Xinhua.';

  it('keys a claim by normalised text, so re-wrapping, quote styles and case do not matter', () => {
    assert.strictEqual(
      normalizeClaimText('  "We have never agreed to negotiate," Putin was\n   quoted as saying by XINHUA.'),
      normalizeClaimText(claim),
    );
    assert.strictEqual(normalizeClaimText('a two\u2013day visit'), 'a two-day visit');
  });

  it('round-trips through serialise and parse', () => {
    const file = withIgnored(emptyIgnoredFile(), claim, new Date('2024-05-16T08:00:00Z'));
    const parsed = parseIgnoredFile(serializeIgnoredFile(file));
    assert.ok(parsed.ok);
    assert.ok(isIgnored(parsed.file, claim));
    assert.strictEqual(parsed.file.claims[normalizeClaimText(claim)].text, claim);
    assert.strictEqual(parsed.file.claims[normalizeClaimText(claim)].ignoredAt, '2024-05-16T08:00:00.000Z');
  });

  it('removes a claim again', () => {
    const file = withoutIgnored(withIgnored(emptyIgnoredFile(), claim, new Date()), claim.toUpperCase());
    assert.ok(!isIgnored(file, claim));
  });

  it('treats an empty file as no ignored claims', () => {
    const parsed = parseIgnoredFile('  \n');
    assert.ok(parsed.ok && Object.keys(parsed.file.claims).length === 0);
  });

  it('reports a corrupt file instead of guessing', () => {
    for (const bad of ['{"version":1,"claims":', '[1,2]', '{"version":2,"claims":{}}', '{"version":1,"claims":[]}', '{"version":1,"claims":{"x":3}}']) {
      const parsed = parseIgnoredFile(bad);
      assert.ok(!parsed.ok, bad);
      assert.ok(parsed.error.length > 0);
    }
  });

  it('writes sorted keys so the file diffs well', () => {
    let file = emptyIgnoredFile();
    file = withIgnored(file, 'Zelenskyy set conditions.', new Date(0));
    file = withIgnored(file, 'A brigade of military police escorted the motorcade.', new Date(0));
    const text = serializeIgnoredFile(file);
    assert.ok(text.indexOf('a brigade') < text.indexOf('zelenskyy'));
    assert.ok(text.endsWith('\n'));
  });
});
