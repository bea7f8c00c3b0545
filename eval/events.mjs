#!/usr/bin/env node
// Measures Crosscheck on the development collection of news events (test/fixtures/events/*): each event's
// drafts are checked against its sources with the built CLI (`dist/cli.js`, JSON output), and scored against
// the event's gold labels. Prints one table row per event, development and held-out events apart.
//
// usage: node eval/events.mjs [--lookalike] [--event SLUG]... [--misses] [--json FILE]
//   --lookalike  put a generated archive of look-alike stories (eval/lookalike.mjs) beside each event's
//                sources; a claim supported or contradicted by one of them is counted as an error
//   --misses     list every wrong status, missed conflict and wrong top evidence (development events only,
//                unless --heldout-misses: the held-out events are for measuring, not for reading)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkJson, occurrences } from './cli-json.mjs';
import { makeLookalikes } from './lookalike.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const eventsDir = path.join(root, 'test', 'fixtures', 'events');
const args = process.argv.slice(2);
const lookalike = args.includes('--lookalike');
const showMisses = args.includes('--misses');
const only = args.flatMap((a, i) => (a === '--event' ? [args[i + 1]] : []));
const jsonOut = args.includes('--json') ? args[args.indexOf('--json') + 1] : undefined;


const overlap = (a, b) => Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));
const CONFLICT_KINDS = new Set(['number-conflict', 'date-conflict', 'weekday-conflict', 'role-swap', 'negation', 'misquote', 'wrong-speaker']);

function scoreDraft(report, gold, text, sourceTexts, m, misses, lookalikeNames) {
  const f = report.files[0];
  for (const g of gold.claims) {
    m.claims++;
    const gs = occurrences(text, g.q)[0];
    if (!gs) { misses.push(`gold q not in draft: ${g.q.slice(0, 60)}`); continue; }
    let best = null;
    let bestOv = 0;
    for (const c of f.claims) { const ov = overlap(gs, [c.start, c.end]); if (ov > bestOv) { bestOv = ov; best = c; } }
    const strictConfl = g.expect.includes('conflicting') && !g.expect.includes('corroborated') && !g.expect.includes('partial');
    const strictUnsup = g.expect.length === 1 && g.expect[0] === 'unsupported';
    if (strictConfl) m.conflGold++;
    if (strictUnsup) m.unsupGold++;
    if (g.kind && CONFLICT_KINDS.has(g.kind)) { m.kinds[g.kind] ??= [0, 0]; m.kinds[g.kind][1]++; }
    if (!best || bestOv < (gs[1] - gs[0]) / 2) { misses.push(`missed claim [${g.kind ?? '-'}]: ${g.q.slice(0, 80)}`); continue; }
    m.detected++;
    const st = best.status;
    if (g.expect.includes(st)) m.statusOk++;
    else misses.push(`${st} (want ${g.expect.join('|')}) [${g.kind ?? '-'}] ${g.q.slice(0, 90)}${(best.parts ?? []).length ? `\n        parts: ${best.parts.map((p) => `${p.status}${p.note ? ` (${p.note})` : ''}`).join(' | ')}` : ''}${best.evidence[0] ? `\n        ← ${best.evidence[0].relation} ${path.basename(best.evidence[0].path)}: ${best.evidence[0].note.slice(0, 100)} | ${best.evidence[0].text.slice(0, 90)}` : ''}`);
    if (st === 'conflicting') { if (g.expect.includes('conflicting')) { if (strictConfl) m.conflHit++; } else m.conflFalse++; }
    if (st === 'unsupported' && strictUnsup) m.unsupHit++;
    if (g.kind && CONFLICT_KINDS.has(g.kind) && st === 'conflicting') m.kinds[g.kind][0]++;
    if (g.support && g.expect.includes(st) && st !== 'unsupported') {
      m.evAsked++;
      const ev = best.evidence[0];
      const ok = ev && g.support.some(([doc, q]) => path.basename(ev.path) === doc && sourceTexts[doc] && occurrences(sourceTexts[doc], q).some((sp) => overlap(sp, [ev.start, ev.end]) > 0));
      if (ok) m.evOk++;
      else misses.push(`top evidence wrong: ${g.q.slice(0, 60)} → ${ev ? `${path.basename(ev.path)}: ${ev.text.slice(0, 70)}` : 'none'}`);
    }
    if (lookalikeNames) {
      // A story about other people never supports or contradicts; one about the same people at another time
      // may back a lasting fact but never contradicts.
      const counted = best.status === 'unsupported' ? [] : best.evidence;
      const bad = counted.filter((e) => lookalikeNames.has(path.basename(e.path)) && (/-other-/.test(e.path) || e.relation !== 'supports'));
      if (bad.length) { m.lookalikeUsed++; misses.push(`look-alike used as evidence: ${g.q.slice(0, 60)} → ${path.basename(bad[0].path)} (${bad[0].relation}): ${bad[0].text.slice(0, 70)}`); }
    }
  }
}

const rows = [];
const events = fs.readdirSync(eventsDir).filter((d) => fs.existsSync(path.join(eventsDir, d, 'event.json'))).filter((d) => !only.length || only.includes(d)).sort();
for (const slug of events) {
  const dir = path.join(eventsDir, slug);
  const event = JSON.parse(fs.readFileSync(path.join(dir, 'event.json'), 'utf8'));
  const sourcesDir = path.join(dir, 'sources');
  const sourceTexts = {};
  for (const f of fs.readdirSync(sourcesDir)) sourceTexts[f] = fs.readFileSync(path.join(sourcesDir, f), 'utf8');
  const corpusDirs = [sourcesDir];
  let lookalikeNames;
  let tmp;
  if (lookalike) {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), `cc-lookalike-${slug}-`));
    const docs = makeLookalikes(Object.entries(sourceTexts).map(([name, text]) => ({ name, text })), { seed: slug });
    for (const d of docs) fs.writeFileSync(path.join(tmp, d.name), d.text);
    lookalikeNames = new Set(docs.map((d) => d.name));
    corpusDirs.push(tmp);
  }
  const m = { claims: 0, detected: 0, statusOk: 0, conflGold: 0, conflHit: 0, conflFalse: 0, unsupGold: 0, unsupHit: 0, evAsked: 0, evOk: 0, lookalikeUsed: 0, kinds: {} };
  const misses = [];
  const t0 = Date.now();
  for (const goldFile of fs.readdirSync(path.join(dir, 'gold')).sort()) {
    const gold = JSON.parse(fs.readFileSync(path.join(dir, 'gold', goldFile), 'utf8'));
    const draft = path.join(dir, 'drafts', gold.doc);
    const report = await checkJson(corpusDirs, [draft]);
    const before = misses.length;
    scoreDraft(report, gold, fs.readFileSync(draft, 'utf8'), sourceTexts, m, misses, lookalikeNames);
    for (let i = before; i < misses.length; i++) misses[i] = `${gold.doc}: ${misses[i]}`;
  }
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  rows.push({ slug, domain: event.domain, heldOut: !!event.heldOut, ms: Date.now() - t0, m, misses });
}

const r = (a, b) => (b ? a / b : NaN);
const fmt = (x) => (Number.isNaN(x) ? '  -  ' : x.toFixed(2));
const header = `${'event'.padEnd(40)} ${'domain'.padEnd(14)} claims found status conflicts false-confl unsup-recall top-evidence${lookalike ? ' lookalike-used' : ''}`;
function printGroup(title, group) {
  if (!group.length) return;
  console.log(`\n${title}\n${header}`);
  const tot = { claims: 0, detected: 0, statusOk: 0, conflGold: 0, conflHit: 0, conflFalse: 0, unsupGold: 0, unsupHit: 0, evAsked: 0, evOk: 0, lookalikeUsed: 0 };
  for (const row of group) {
    const m = row.m;
    for (const k of Object.keys(tot)) tot[k] += m[k];
    console.log(`${row.slug.padEnd(40)} ${row.domain.padEnd(14)} ${String(m.claims).padStart(6)} ${fmt(r(m.detected, m.claims)).padStart(5)} ${fmt(r(m.statusOk, m.claims)).padStart(6)} ${`${m.conflHit}/${m.conflGold}`.padStart(9)} ${String(m.conflFalse).padStart(11)} ${fmt(r(m.unsupHit, m.unsupGold)).padStart(12)} ${fmt(r(m.evOk, m.evAsked)).padStart(12)}${lookalike ? String(m.lookalikeUsed).padStart(15) : ''}`);
  }
  console.log(`${'all'.padEnd(40)} ${''.padEnd(14)} ${String(tot.claims).padStart(6)} ${fmt(r(tot.detected, tot.claims)).padStart(5)} ${fmt(r(tot.statusOk, tot.claims)).padStart(6)} ${`${tot.conflHit}/${tot.conflGold}`.padStart(9)} ${String(tot.conflFalse).padStart(11)} ${fmt(r(tot.unsupHit, tot.unsupGold)).padStart(12)} ${fmt(r(tot.evOk, tot.evAsked)).padStart(12)}${lookalike ? String(tot.lookalikeUsed).padStart(15) : ''}`);
  const kinds = {};
  for (const row of group) for (const [k, [hit, n]] of Object.entries(row.m.kinds)) { kinds[k] ??= [0, 0]; kinds[k][0] += hit; kinds[k][1] += n; }
  console.log(`planted errors found: ${Object.entries(kinds).sort().map(([k, [hit, n]]) => `${k} ${hit}/${n}`).join(', ')}`);
}
if (showMisses) for (const row of rows.filter((x) => !x.heldOut || args.includes('--heldout-misses'))) { console.log(`\n== ${row.slug}`); for (const x of row.misses) console.log(`  ${x}`); }
printGroup('Development events', rows.filter((x) => !x.heldOut));
printGroup('Held-out events (never tuned on)', rows.filter((x) => x.heldOut));
if (jsonOut) fs.writeFileSync(jsonOut, JSON.stringify(rows, null, 1));
