// Noise detection on real pages (test/fixtures/noise: pages as found, boilerplate labelled by hand) and on the seeds.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { Corpus, findNoise, NoiseKind, NoiseSpan } from '../../../src/engine';
import { splitLines, splitSentences } from '../../../src/engine/segment';
import { assertSpansExact, read, root, seedPaths } from './helpers';

interface Gold { doc: string; site?: string; split?: string; noise: string[]; noise_optional?: string[] }

const dir = path.join(root, 'test', 'fixtures', 'noise');
const golds: Gold[] = fs.readdirSync(path.join(dir, 'gold')).filter((f) => f.endsWith('.json')).sort()
  .map((f) => JSON.parse(fs.readFileSync(path.join(dir, 'gold', f), 'utf8')));
const pageText = (g: Gold) => fs.readFileSync(path.join(dir, 'pages', g.doc), 'utf8');

function occurrences(text: string, q: string): [number, number][] {
  const out: [number, number][] = [];
  for (let i = text.indexOf(q); i >= 0; i = text.indexOf(q, i + 1)) out.push([i, i + q.length]);
  return out;
}

/** Noise of each page, found as the CLI finds it: with the other pages of its split as the corpus. */
function noiseOfSplit(split: string): Map<Gold, NoiseSpan[]> {
  const docs = golds.filter((g) => g.split === split);
  const corpus = new Corpus();
  for (const g of docs) corpus.set(g.doc, pageText(g));
  return new Map(docs.map((g) => [g, findNoise(pageText(g), {}, corpus.noiseContext(g.doc))]));
}

/** The article sentences of a page: sentences that overlap no labelled noise (optional or not). */
function articleSentences(text: string, g: Gold) {
  const labelled = [...g.noise, ...(g.noise_optional ?? [])].flatMap((q) => occurrences(text, q));
  return splitLines(text).flatMap((l) => splitSentences(text, l.start, l.end))
    .filter((s) => /\p{L}/u.test(s.text) && !labelled.some(([a, b]) => s.start < b && a < s.end));
}

function covered(noise: NoiseSpan[], start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) if (noise.some((x) => x.start <= i && i < x.end)) n++;
  return n;
}

describe('noise on real pages', () => {
  const dev = noiseOfSplit('development');

  it('has a development set of at least 30 pages from at least 12 sites, and 4 held-out sites', () => {
    assert.ok(dev.size >= 30, `${dev.size} pages`);
    assert.ok(new Set([...dev.keys()].map((g) => g.site)).size >= 12);
    assert.strictEqual(new Set(golds.filter((g) => g.split === 'held-out').map((g) => g.site)).size, 4);
    for (const g of golds) for (const q of [...g.noise, ...(g.noise_optional ?? [])]) assert.ok(pageText(g).includes(q), `${g.doc}: ${q.slice(0, 40)}`);
  });

  it('never marks an article sentence of a development page as noise', () => {
    for (const [g, noise] of dev) {
      const text = pageText(g);
      assertSpansExact(text, noise);
      for (const s of articleSentences(text, g)) assert.strictEqual(covered(noise, s.start, s.end), 0, `${g.doc}: ${s.text}`);
    }
  });

  it('finds at least 95% of the labelled boilerplate of the development pages, and little else', () => {
    let gold = 0;
    let hit = 0;
    let marked = 0;
    let ok = 0;
    for (const [g, noise] of dev) {
      const text = pageText(g);
      const visible = (i: number) => !/\s/.test(text[i]);
      const labelled = g.noise.flatMap((q) => occurrences(text, q));
      const allowed = [...labelled, ...(g.noise_optional ?? []).flatMap((q) => occurrences(text, q))];
      for (let i = 0; i < text.length; i++) {
        if (!visible(i)) continue;
        const inGold = labelled.some(([a, b]) => a <= i && i < b);
        const inNoise = noise.some((x) => x.start <= i && i < x.end);
        if (inGold) { gold++; if (inNoise) hit++; }
        if (inNoise) { marked++; if (allowed.some(([a, b]) => a <= i && i < b)) ok++; }
      }
    }
    assert.ok(hit / gold >= 0.95, `recall ${(hit / gold).toFixed(3)}`);
    assert.ok(ok / marked >= 0.95, `precision ${(ok / marked).toFixed(3)}`);
  });

  it('says what each piece of furniture is, on pages of different sites', () => {
    const kindAt = (id: string, phrase: string): NoiseKind | undefined => {
      const g = [...dev.keys()].find((x) => x.doc === `${id}.txt`)!;
      const at = pageText(g).indexOf(phrase);
      assert.ok(at >= 0, `${phrase} in ${id}`);
      return dev.get(g)!.find((n) => n.start <= at && at < n.end)?.kind;
    };
    const expected: [string, string, NoiseKind][] = [
      ['pakistantimestoday-1', 'Leave a Reply', 'comment-prompt'],
      ['afrorizetv-1', 'Please enter your comment!', 'comment-prompt'],
      ['scmp-1', 'Photo: AP', 'caption'],
      ['royalexaminer-2', 'Photo/Roger Bianchini', 'caption'],
      ['urdupoint-1', 'Umer Jamshaid 1 minute ago', 'dateline'],
      ['shropshirelive-1', 'Saturday, August 20, 2022', 'dateline'],
      ['mynigeria-1', 'You are here: HomeNews', 'navigation'],
      ['carnewsdaily-1', 'Home Latest Man arrested', 'navigation'],
      ['ctnews-1', 'View Results', 'poll'],
      ['ctnews-1', 'which mayoral candidate would you vote for?', 'poll'],
      ['devdiscourse-1', 'auto-generated from a syndicated feed', 'audio-ai-notice'],
      ['wowktv-1', 'Copyright 2019 Nexstar', 'copyright'],
      ['exeterone-1', 'subscribing to our regular Newsletter', 'newsletter'],
      ['esnreport-1', 'Keep reading with a 7-day free trial', 'newsletter'],
      ['afrorizetv-1', '- Advertisement -spot_img', 'advertisement'],
      ['shropshirestar-2', 'Advertising', 'advertisement'],
      ['collincountymagazine-1', 'bloggers like this', 'share-follow'],
      ['carnewsdaily-1', 'READ MORE: Forensics', 'read-also'],
      ['abccontentboard-1', 'Read: Police Body Camera', 'read-also'],
      ['newsmakers-1', 'Source: Radio Pakistan', 'byline'],
      ['shropshirelive-1', 'By Chris Pritchard', 'byline'],
      ['thenews-1', 'CAIRO: The Arab League', 'related-links'],
      ['dnanews-1', 'Pakistan and Myanmar Strengthen', 'related-links'],
    ];
    for (const [id, phrase, kind] of expected) assert.strictEqual(kindAt(id, phrase), kind, `${id}: ${phrase}`);
  });
});

describe('noise on the seeds', () => {
  const gold = JSON.parse(fs.readFileSync(path.join(dir, 'seeds-gold.json'), 'utf8')) as { docs: Gold[] };
  const corpus = new Corpus();
  for (const p of seedPaths()) corpus.set(path.basename(p), read(p));

  it('marks no article sentence of the seeds, and all of their labelled boilerplate', () => {
    for (const g of gold.docs) {
      const text = read(path.join('seeds', g.doc));
      const noise = findNoise(text, {}, corpus.noiseContext(g.doc));
      for (const s of articleSentences(text, g)) assert.strictEqual(covered(noise, s.start, s.end), 0, `${g.doc}: ${s.text}`);
      for (const [a, b] of g.noise.flatMap((q) => occurrences(text, q))) {
        const visible = text.slice(a, b).replace(/\s/g, '').length;
        assert.ok(covered(noise, a, b) >= visible, `${g.doc}: ${text.slice(a, b).slice(0, 60)}`);
      }
    }
  });
});

describe('repetition across documents', () => {
  const [a, b] = [read(seedPaths()[2]), read(seedPaths()[4])];
  const paragraphs = (t: string) => t.split('\n').filter((l) => l.trim());
  // A short line between two paragraphs: prose by context when one document has it, furniture when several do.
  const line = 'Video from our correspondent in the Chinese capital';
  const withLine = (t: string) => { const p = paragraphs(t); return [...p.slice(0, 3), line, ...p.slice(3)].join('\n'); };
  const at = (t: string) => t.indexOf(line);

  it('keeps a short line between paragraphs that stands in one document only', () => {
    const corpus = new Corpus();
    corpus.set('a.txt', withLine(a));
    corpus.set('b.txt', b);
    const text = withLine(a);
    assert.strictEqual(covered(findNoise(text, {}, corpus.noiseContext('a.txt')), at(text), at(text) + line.length), 0);
    assert.ok(corpus.passages('a.txt').some((p) => p.text.includes(line)), 'the line is a passage');
  });

  it('makes it noise in every document once another one repeats it, whatever the order of indexing', () => {
    const corpus = new Corpus();
    corpus.set('a.txt', withLine(a));
    corpus.set('b.txt', withLine(b));
    for (const [path, text] of [['a.txt', withLine(a)], ['b.txt', withLine(b)]]) {
      const noise = findNoise(text, {}, corpus.noiseContext(path));
      assert.strictEqual(covered(noise, at(text), at(text) + line.length), line.replace(/\s/g, '').length + (line.match(/\s/g) ?? []).length, path);
      assert.ok(!corpus.passages(path).some((p) => p.text.includes(line)), `${path}: the line is never a passage`);
    }
    // A draft outside the corpus that carries the line: the corpus documents hold it.
    const draft = withLine(read(seedPaths()[0]));
    assert.ok(covered(findNoise(draft, {}, corpus.noiseContext('draft.md')), at(draft), at(draft) + line.length) > 0);
  });

  it('never makes noise of wire copy that several outlets carry', () => {
    // The seeds share AP paragraphs word for word; none of their article sentences is noise (see the seeds test).
    const corpus = new Corpus();
    const texts = seedPaths().map((p) => read(p));
    texts.forEach((t, i) => corpus.set(`s${i}.txt`, t));
    texts.forEach((t, i) => corpus.set(`copy${i}.txt`, t));
    for (let i = 0; i < texts.length; i++) {
      const plain = findNoise(texts[i]).map((n) => n.text);
      const withCopies = findNoise(texts[i], {}, corpus.noiseContext(`s${i}.txt`)).filter((n) => !plain.includes(n.text));
      for (const n of withCopies) assert.ok(n.text.split(/\s+/).length <= 12 && !/[.!?]["\u201D]?$/.test(n.text), `s${i}: ${n.text.slice(0, 80)}`);
    }
  });
});
