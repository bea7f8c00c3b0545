#!/usr/bin/env node
// Measures noise detection on the real pages of test/fixtures/noise: each split's pages are checked with the built
// CLI (`dist/cli.js`, JSON output) against a corpus of the same split's pages (so a line repeated across pages of a
// site can count), and the reported noise spans are scored against the gold labels at character level.
// Development and held-out sites are reported apart.
//
// usage: node eval/noise.mjs [--misses] [--heldout-misses] [--json]
//   --misses          list the gold noise left unmarked and the marked text outside the gold (development pages;
//                     the held-out pages are for measuring, not for reading, unless --heldout-misses)
//
// Character level, white space excluded: recall is the share of gold noise characters inside reported spans;
// precision the share of reported characters inside gold noise or `noise_optional`. Every occurrence of a gold
// string counts (as in ../shared/eval/score.mjs).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkJson, occurrences } from './cli-json.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dir = path.join(root, 'test', 'fixtures', 'noise');
const args = process.argv.slice(2);
const showMisses = args.includes('--misses');
const heldoutMisses = args.includes('--heldout-misses');
const asJson = args.includes('--json');



/** A mask over the text: 1 where one of the ranges covers a non-space character. */
function mask(text, ranges) {
  const m = new Uint8Array(text.length);
  for (const [s, e] of ranges) for (let i = s; i < e; i++) if (!/\s/.test(text[i])) m[i] = 1;
  return m;
}

const golds = fs.readdirSync(path.join(dir, 'gold')).filter((f) => f.endsWith('.json')).sort()
  .map((f) => JSON.parse(fs.readFileSync(path.join(dir, 'gold', f), 'utf8')));
const results = {};
const misses = [];
for (const split of ['development', 'held-out']) {
  const docs = golds.filter((g) => g.split === split);
  const files = docs.map((g) => path.join(dir, 'pages', g.doc));
  const report = await checkJson(files, files);
  const m = { pages: docs.length, sites: new Set(docs.map((g) => g.site)).size, gold: 0, hit: 0, pred: 0, predOk: 0 };
  for (const g of docs) {
    const file = path.join(dir, 'pages', g.doc);
    const text = fs.readFileSync(file, 'utf8');
    const f = report.files.find((x) => path.resolve(x.path) === path.resolve(file));
    const pred = (f?.noise ?? []).map((n) => [n.start, n.end]);
    const gold = mask(text, g.noise.flatMap((q) => occurrences(text, q)));
    const ok = mask(text, [...g.noise, ...(g.noise_optional ?? [])].flatMap((q) => occurrences(text, q)));
    const got = mask(text, pred);
    let missed = '';
    let wrong = '';
    for (let i = 0; i < text.length; i++) {
      if (gold[i]) { m.gold++; if (got[i]) m.hit++; }
      if (got[i]) { m.pred++; if (ok[i]) m.predOk++; }
      missed += gold[i] && !got[i] ? text[i] : gold[i] ? '\u2026' : '';
      wrong += got[i] && !ok[i] ? text[i] : got[i] ? '\u2026' : '';
    }
    if (showMisses && (split === 'development' || heldoutMisses)) {
      const pieces = (s) => s.split(/\u2026+/).map((x) => x.trim()).filter((x) => x.length > 1);
      for (const x of pieces(missed)) misses.push(`missed  ${g.doc}: ${JSON.stringify(x.slice(0, 100))}`);
      for (const x of pieces(wrong)) misses.push(`wrong   ${g.doc}: ${JSON.stringify(x.slice(0, 100))}`);
    }
  }
  results[split] = { ...m, precision: m.pred ? m.predOk / m.pred : 1, recall: m.gold ? m.hit / m.gold : 1 };
}

if (asJson) {
  console.log(JSON.stringify({ results, misses }, null, 1));
} else {
  for (const x of misses) console.log('  ' + x);
  console.log('split        pages  sites  noise chars  precision  recall');
  for (const [split, r] of Object.entries(results)) {
    console.log(`${split.padEnd(12)} ${String(r.pages).padStart(5)}  ${String(r.sites).padStart(5)}  ${String(r.gold).padStart(11)}  ${r.precision.toFixed(3).padStart(9)}  ${r.recall.toFixed(3).padStart(6)}`);
  }
}
