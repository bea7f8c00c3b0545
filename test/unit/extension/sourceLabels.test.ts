import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { findNoise } from '../../../src/engine';
import { clipWords, labelText, sourceLabel } from '../../../src/extension/sourceLabels';

const root = path.resolve(__dirname, '../../../..');
function labelOf(file: string) {
  const text = fs.readFileSync(path.join(root, file), 'utf8');
  const noise = findNoise(text);
  return sourceLabel(text, path.basename(file), (s, e) => noise.some((n) => n.start < e && s < n.end));
}

describe('source names', () => {
  it('names a seed by its headline, and the AP copy by its dateline\'s outlet', () => {
    assert.deepStrictEqual(labelOf('seeds/000_cb176e527996979f.txt'), { file: '000_cb176e527996979f.txt', title: 'Putin in Beijing for Talks With Xi Jinping as Ukraine War Escalates' });
    const ap = labelOf('seeds/001_9243b85462f45142.txt');
    assert.strictEqual(ap.outlet, 'AP');
    assert.match(ap.title ?? '', /^Xi meets Russia’s Putin on a state visit/);
    assert.strictEqual(labelText(ap), 'AP: Xi meets Russia’s Putin on a state visit to China that’s a show…');
  });

  it('keeps the file name when the text starts with the story', () => {
    const l = labelOf('seeds/002_b015f52f65818902.txt');
    assert.deepStrictEqual(l, { file: '002_b015f52f65818902.txt' });
    assert.strictEqual(labelText(l), '002_b015f52f65818902.txt');
  });

  it('reads outlets from datelines of other events too ("TEHRAN (Tasnim) -", "WALTERBORO, S.C. (WSAV) —")', () => {
    assert.strictEqual(labelOf('test/fixtures/events/morocco-earthquake-2023/sources/tasnimnews.txt').outlet, 'Tasnim');
    assert.strictEqual(labelOf('test/fixtures/events/murdaugh-murder-verdict-2023/sources/wsav.txt').outlet, 'WSAV');
    assert.strictEqual(labelOf('test/fixtures/events/morocco-earthquake-2023/sources/dailysabah.txt').title, 'World offers help after strong quake in Morocco kills over 1,000');
  });

  it('takes a Markdown heading, front matter, and a byline\'s outlet', () => {
    assert.deepStrictEqual(sourceLabel('# Putin and Xi pledge a "new era"\n\nVladimir Putin arrived.', 'd.md'), { file: 'd.md', title: 'Putin and Xi pledge a "new era"' });
    assert.deepStrictEqual(sourceLabel('---\ntitle: "Harbin visit"\noutlet: Reuters\n---\nPutin visits Harbin.', 'n.md'), { file: 'n.md', title: 'Harbin visit', outlet: 'Reuters' });
    assert.strictEqual(sourceLabel('Putin goes to Harbin\n\nBy Jane Doe, Reuters\n\nPutin will visit Harbin.', 'x.txt').outlet, 'Reuters');
    assert.strictEqual(sourceLabel('By Jane Doe, Staff Writer\n\nPutin will visit Harbin.', 'x.txt').outlet, undefined);
  });

  it('never takes a timestamp, a photo caption or a story sentence for the headline', () => {
    assert.strictEqual(sourceLabel('August 23, 2023 06:30 pm | Updated 07:23 pm IST - Bengaluru\n\nThe lander touched down.', 'a.txt').title, undefined);
    assert.strictEqual(sourceLabel('Rishi Sunak was invited to form a new government (Picture: PA)\n\nRishi Sunak has become prime minister.', 'a.txt').title, undefined);
    assert.strictEqual(sourceLabel('Alex Murdaugh is taken to court on Friday. Joshua Boucher/The State/Pool\n\nMore.', 'a.txt').title, undefined);
    assert.strictEqual(sourceLabel('Russian President Vladimir Putin and Chinese President Xi Jinping convened in Beijing for a two-day state visit, emphasizing their solidarity.\nMore text.', 'a.txt').title, undefined);
  });

  it('cuts at a word, never mid-word', () => {
    assert.strictEqual(clipWords('Xi meets Russia’s Putin on a state visit to China', 30), 'Xi meets Russia’s Putin on a…');
    assert.strictEqual(clipWords('short title', 30), 'short title');
  });
});
