import * as assert from 'assert';
import { reportMarkdown } from '../../../src/extension/reportMarkdown';
import { draft, report, unsupported } from './fixtures';

describe('document report', () => {
  it('groups claims by status, conflicts first, with counts', () => {
    const out = reportMarkdown(report(), draft, 'draft.md', () => false, (p) => p.split('/').pop()!);
    assert.match(out.text, /Conflicting: 2 · Unsupported: 1 · Partly corroborated: 0 · Corroborated: 1/);
    const order = ['## Conflicting (2)', '## Unsupported (1)', '## Corroborated (1)'].map((h) => out.text.indexOf(h));
    assert.ok(order.every((i, k) => i > 0 && (k === 0 || i > order[k - 1])), out.text);
  });

  it('links each claim line to the claim range', () => {
    const out = reportMarkdown(report(), draft, 'draft.md', () => false, (p) => p);
    assert.strictEqual(out.links.length, 4);
    const lines = out.text.split('\n');
    for (const l of out.links) {
      const label = lines[l.line].slice(l.startCharacter, l.endCharacter);
      assert.match(label, /^line \d+:\d+$/);
      const lineNo = Number(label.match(/line (\d+)/)![1]);
      assert.strictEqual(draft.split('\n')[lineNo - 1].slice(0, 10), draft.slice(l.claimStart, l.claimStart + 10));
    }
  });

  it('lists ignored claims apart and escapes claim text', () => {
    const out = reportMarkdown(report(), draft, 'draft_[1].md', (t) => t === unsupported.text, (p) => p);
    assert.match(out.text, /## Ignored \(1\)/);
    assert.ok(out.text.includes('draft\\_\\[1\\].md'), out.text);
    assert.ok(out.text.includes('a $40 billion agreement'), 'readable: only link, tag, code and emphasis characters are escaped');
  });
});
