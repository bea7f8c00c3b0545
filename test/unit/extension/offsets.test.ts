import * as assert from 'assert';
import { LineIndex } from '../../../src/engine/lines';

describe('LineIndex (engine offsets → editor positions)', () => {
  it('maps offsets to lines and characters across \\n, \\r\\n and \\r line ends', () => {
    const text = 'one\ntwo\r\nthree\rfour';
    const lines = new LineIndex(text);
    assert.strictEqual(lines.lineCount, 4);
    assert.deepStrictEqual(lines.position(0), { line: 0, character: 0 });
    assert.deepStrictEqual(lines.position(text.indexOf('two')), { line: 1, character: 0 });
    assert.deepStrictEqual(lines.position(text.indexOf('three') + 2), { line: 2, character: 2 });
    assert.deepStrictEqual(lines.position(text.indexOf('four')), { line: 3, character: 0 });
    assert.deepStrictEqual(lines.position(text.length), { line: 3, character: 4 });
  });

  it('counts UTF-16 code units, as the engine does', () => {
    const text = '“Quote” 🇨🇳 then\nXi';
    const lines = new LineIndex(text);
    assert.deepStrictEqual(lines.position(text.indexOf('then')), { line: 0, character: text.indexOf('then') });
    assert.deepStrictEqual(lines.position(text.indexOf('Xi')), { line: 1, character: 0 });
  });

  it('converts positions back to offsets and clamps out-of-range input', () => {
    const text = 'alpha\r\nbeta\ngamma';
    const lines = new LineIndex(text);
    for (let i = 0; i <= text.length; i++) {
      if (text[i - 1] === '\r' && text[i] === '\n') continue; // inside a CRLF pair
      assert.strictEqual(lines.offset(lines.position(i)), i, `offset ${i}`);
    }
    assert.strictEqual(lines.offset({ line: 0, character: 99 }), 'alpha\r\n'.length);
    assert.deepStrictEqual(lines.position(-5), { line: 0, character: 0 });
    assert.deepStrictEqual(lines.position(1000), lines.position(text.length));
  });
});
