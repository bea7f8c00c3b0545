// Debugging aid: how the engine reads one claim and compares it with its candidate passages.
// usage: npx esbuild eval/explain.ts --bundle --platform=node --outfile=.bench/explain.js --log-level=error &&
//        node .bench/explain.js --corpus DIR "claim text" [--all]
import * as fs from 'fs';
import * as path from 'path';
import { Corpus } from '../src/engine/corpus';
import { splitParts } from '../src/engine/claims/parts';
import { align } from '../src/engine/evidence/align';
import { entitiesIn } from '../src/engine/facts/entities';
import { readUnit } from '../src/engine/facts/unit';
import { contentTerms } from '../src/engine/normalize';

const args = process.argv.slice(2);
const dirs = args.flatMap((a, i) => (a === '--corpus' ? [args[i + 1]] : []));
const text = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--corpus').join(' ');
const corpus = new Corpus();
for (const d of dirs) for (const f of fs.readdirSync(d)) corpus.set(path.join(d, f), fs.readFileSync(path.join(d, f), 'utf8'));
const names = entitiesIn(text);
console.log('names:', names.join(' | '));
const parts = splitParts(text);
const candidates = corpus.candidates(contentTerms(text), { limit: 16 });
const fmt = (x: number) => x.toFixed(2);
for (const p of [...parts, ...(parts.length > 1 ? [{ start: 0, end: text.length, text, subjectFrom: 0 }] : [])]) {
  const unit = readUnit(p.text, names);
  console.log(`\n== part: ${p.text}\n   terms ${unit.terms.join(' ')} | entities ${unit.entities.map((e) => e.text).join(', ')} | numbers ${unit.numbers.map((n) => `${n.text}[${n.unit}]`).join(', ')} | dates ${unit.dates.map((d) => d.text).join(', ')} | quotes ${unit.quotes.map((q) => `${q.text.slice(0, 30)}…<${q.speaker}>`).join(', ')}`);
  const rows = candidates.map((c) => ({ c, a: align({ unit, context: [] }, corpus.sideOf(c), (t) => corpus.idf(t)) }))
    .sort((x, y) => y.a.support - x.a.support).slice(0, args.includes('--all') ? 16 : 5);
  for (const { c, a } of rows) {
    const f = a.features;
    console.log(`  ${fmt(a.support)} same ${fmt(a.same)}${a.lookalike ? " LOOKALIKE" : ""} ${Object.entries(f).map(([k, v]) => `${k.slice(0, 4)} ${fmt(v)}`).join(" ")} | ${path.basename(c.path)}: ${c.text.slice(0, 110)}`);
    for (const x of a.findings) console.log(`      finding ${x.kind}${x.bound ? ' (bound)' : ''}: ${x.claim} / ${x.source}`);
  }
}

// The engine's own verdict on the claim, as the CLI would report it.
import { Analyzer } from '../src/engine/analyzer';
const report = new Analyzer(corpus).analyze('draft.md', text);
for (const c of report.claims) {
  console.log(`\n** ${c.status} ${c.score} | ${c.text}`);
  for (const p of c.parts) console.log(`   part ${p.status} [${p.evidence.join(',')}] ${p.note} | ${p.text}`);
  c.evidence.forEach((e, i) => console.log(`   ${i}. ${e.relation} ${e.score} ${e.note} | ${path.basename(e.path)}: ${e.text.slice(0, 100)}`));
}
