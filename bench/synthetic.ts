// Deterministic synthetic newsroom archive for the benchmark: articles recombined from the seeds' sentences
// with the people, places and numbers swapped, the way an archive is full of stories built from the same
// phrases about other people ("Sánchez arrived in Rabat for a three-day state visit"). Also the checked
// draft, whose sentences come from the seeds (some with a planted number change) or from nowhere.
import * as fs from 'fs';
import * as path from 'path';

/** A document of the benchmark corpus. */
export interface Doc {
  path: string;
  text: string;
}

/** A sentence of a document with its offsets. */
export interface Sentence {
  path: string;
  start: number;
  end: number;
  text: string;
}

/** Small fast PRNG (mulberry32): the same seed gives the same corpus on every machine. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rand: () => number, xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];

/** Sentences of a text: lines split after . ! ? (and a closing quote) before a capital or an opening quote. */
export function splitSentences(doc: Doc): Sentence[] {
  const out: Sentence[] = [];
  const re = /[^\n]+/g;
  for (let line = re.exec(doc.text); line; line = re.exec(doc.text)) {
    const boundary = /[.!?…][”"’)]?\s+(?=[A-Z“"‘(])/g;
    let from = 0;
    const push = (a: number, b: number) => {
      const raw = line![0].slice(a, b);
      const lead = raw.length - raw.trimStart().length;
      const t = raw.trim();
      if (t) out.push({ path: doc.path, start: line!.index + a + lead, end: line!.index + a + lead + t.length, text: t });
    };
    for (let m = boundary.exec(line[0]); m; m = boundary.exec(line[0])) {
      const cut = m.index + m[0].trimEnd().length;
      push(from, cut);
      from = m.index + m[0].length;
    }
    push(from, line[0].length);
  }
  return out;
}

/** The seed articles, as `seeds/<name>`. */
export function loadSeeds(root: string): Doc[] {
  const dir = path.join(root, 'seeds');
  return fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => ({ path: `seeds/${f}`, text: fs.readFileSync(path.join(dir, f), 'utf8') }));
}

/** Where a seed's article ends and its page furniture starts, and lines that are furniture. */
const PAGE_TAIL = /^(Read More:|Leave a Reply|You May Also Like)/;
const FURNITURE = /^(THIS IS A BREAKING NEWS|Read Also:|___|With Reuters|Bodeen reported|Emily Wang|May \d)/;

/**
 * Sentences of the seeds that are article content and long enough to assert something. Chosen by fixed
 * rules rather than by the engine's noise detection, so the corpus is the same whatever the engine does.
 */
export function seedSentences(seeds: Doc[]): Sentence[] {
  const out: Sentence[] = [];
  for (const doc of seeds) {
    const tail = doc.text.split('\n').findIndex((l) => PAGE_TAIL.test(l));
    const end = tail < 0 ? doc.text.length : doc.text.split('\n').slice(0, tail).join('\n').length;
    for (const s of splitSentences(doc)) {
      if (s.end > end || s.text.split(/\s+/).length < 8) continue;
      const line = doc.text.slice(doc.text.lastIndexOf('\n', s.start) + 1);
      if (FURNITURE.test(line)) continue;
      out.push(s);
    }
  }
  return out;
}

interface Country { name: string; adj: string; capital: string; region: string; city: string }
const COUNTRIES: Country[] = [
  { name: 'Spain', adj: 'Spanish', capital: 'Madrid', region: 'Andalusia', city: 'Seville' },
  { name: 'Morocco', adj: 'Moroccan', capital: 'Rabat', region: 'Souss', city: 'Marrakesh' },
  { name: 'Hungary', adj: 'Hungarian', capital: 'Budapest', region: 'Baranya', city: 'Pécs' },
  { name: 'Turkey', adj: 'Turkish', capital: 'Ankara', region: 'Hatay', city: 'Izmir' },
  { name: 'Brazil', adj: 'Brazilian', capital: 'Brasília', region: 'Bahia', city: 'Salvador' },
  { name: 'India', adj: 'Indian', capital: 'New Delhi', region: 'Punjab', city: 'Mumbai' },
  { name: 'Japan', adj: 'Japanese', capital: 'Tokyo', region: 'Hokkaido', city: 'Osaka' },
  { name: 'Egypt', adj: 'Egyptian', capital: 'Cairo', region: 'Sinai', city: 'Alexandria' },
  { name: 'Kenya', adj: 'Kenyan', capital: 'Nairobi', region: 'Turkana', city: 'Mombasa' },
  { name: 'Nigeria', adj: 'Nigerian', capital: 'Abuja', region: 'Borno', city: 'Lagos' },
  { name: 'Argentina', adj: 'Argentine', capital: 'Buenos Aires', region: 'Patagonia', city: 'Córdoba' },
  { name: 'Indonesia', adj: 'Indonesian', capital: 'Jakarta', region: 'Aceh', city: 'Surabaya' },
  { name: 'France', adj: 'French', capital: 'Paris', region: 'Alsace', city: 'Lyon' },
  { name: 'Italy', adj: 'Italian', capital: 'Rome', region: 'Calabria', city: 'Naples' },
  { name: 'Poland', adj: 'Polish', capital: 'Warsaw', region: 'Silesia', city: 'Kraków' },
  { name: 'Vietnam', adj: 'Vietnamese', capital: 'Hanoi', region: 'Quang Tri', city: 'Da Nang' },
  { name: 'Mexico', adj: 'Mexican', capital: 'Mexico City', region: 'Sonora', city: 'Monterrey' },
  { name: 'Canada', adj: 'Canadian', capital: 'Ottawa', region: 'Yukon', city: 'Toronto' },
  { name: 'Chile', adj: 'Chilean', capital: 'Santiago', region: 'Atacama', city: 'Valparaíso' },
  { name: 'Ethiopia', adj: 'Ethiopian', capital: 'Addis Ababa', region: 'Tigray', city: 'Gondar' },
];
const PEOPLE = [
  ['Pedro', 'Sánchez'], ['Viktor', 'Orbán'], ['Emmanuel', 'Macron'], ['Recep', 'Erdoğan'], ['Luiz', 'Lula'],
  ['Narendra', 'Modi'], ['Cyril', 'Ramaphosa'], ['Giorgia', 'Meloni'], ['Olaf', 'Scholz'], ['Bola', 'Tinubu'],
  ['Joko', 'Widodo'], ['Fumio', 'Kishida'], ['Justin', 'Trudeau'], ['Gabriel', 'Boric'], ['Javier', 'Milei'],
  ['Gustavo', 'Petro'], ['William', 'Ruto'], ['Abdel', 'Sisi'], ['Ilham', 'Aliyev'], ['Donald', 'Tusk'],
  ['Mark', 'Rutte'], ['Anthony', 'Albanese'], ['Claudia', 'Sheinbaum'], ['Abiy', 'Ahmed'], ['Prabowo', 'Subianto'],
];
const OUTLETS = ['Reuters', 'EFE', 'ANSA', 'Anadolu', 'Kyodo', 'PTI', 'MENA', 'Bernama', 'TASS', 'Yonhap'];

/** Roles of the seeds' names; each article fills them with other people and places. */
interface Cast { a: Country; b: Country; c: Country; leaderA: string[]; leaderB: string[]; leaderC: string[]; aides: string[][]; outlet: string }

function castFor(rand: () => number): Cast {
  const [a, b, c] = shuffle(rand, COUNTRIES).slice(0, 3);
  const [leaderA, leaderB, leaderC, ...aides] = shuffle(rand, PEOPLE).slice(0, 8);
  return { a, b, c, leaderA, leaderB, leaderC, aides, outlet: pick(rand, OUTLETS) };
}

function shuffle<T>(rand: () => number, xs: readonly T[]): T[] {
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

const NAMES: [RegExp, (c: Cast) => string][] = [
  [/\bVladimir Putin\b/g, (c) => c.leaderA.join(' ')],
  [/\bPutin\b/g, (c) => c.leaderA[1]],
  [/\bXi Jinping\b/g, (c) => c.leaderB.join(' ')],
  [/\bXi\b/g, (c) => c.leaderB[1]],
  [/\bVolodymyr Zelenskyy\b/g, (c) => c.leaderC.join(' ')],
  [/\bZelenskyy\b/g, (c) => c.leaderC[1]],
  [/\bSerge[iy] Lavrov\b/g, (c) => c.aides[0].join(' ')],
  [/\bLavrov\b/g, (c) => c.aides[0][1]],
  [/\bYuri Ushakov\b/g, (c) => c.aides[1].join(' ')],
  [/\bUshakov\b/g, (c) => c.aides[1][1]],
  [/\bKonstantin Kalachev\b/g, (c) => c.aides[2].join(' ')],
  [/\bAntony Blinken\b|\bJoe Biden\b|\bAndrei Belousov\b|\bSergei Shoigu\b|\bAlexei Miller\b|\bWang Yi\b|\bMao Zedong\b/g, (c) => c.aides[3].join(' ')],
  [/\bRussian\b/g, (c) => c.a.adj],
  [/\bRussia\b/g, (c) => c.a.name],
  [/\bMoscow\b|\bKremlin\b/g, (c) => c.a.capital],
  [/\bSoviet Union\b/g, (c) => c.a.name],
  [/\bChinese\b/g, (c) => c.b.adj],
  [/\bChina\b|\bPeople’s Republic of China\b/g, (c) => c.b.name],
  [/\bBeijing\b/g, (c) => c.b.capital],
  [/\bHarbin\b|\bTiananmen Square\b|\bGreat Hall of the People\b/g, (c) => c.b.city],
  [/\bUkrainian\b/g, (c) => c.c.adj],
  [/\bUkraine\b/g, (c) => c.c.name],
  [/\bKyiv\b/g, (c) => c.c.capital],
  [/\bKharkiv\b|\bDonetsk\b/g, (c) => c.c.region],
  [/\bXinhua( News Agency)?\b|\bCCTV\b|\bAFP\b|\bAP\b/g, (c) => c.outlet],
];

const WORD_NUMBERS = ['two', 'three', 'four', 'five', 'six'];

/** The sentence about other people and places, with its numbers changed (or not, for `keepNumbers`). */
export function recast(text: string, cast: Cast, rand: () => number, keepNumbers = false): string {
  let out = text;
  for (const [re, to] of NAMES) out = out.replace(re, () => to(cast));
  if (keepNumbers) return out;
  out = out.replace(/\b\d[\d,]*(\.\d+)?\b/g, (n) => varyNumber(n, rand));
  return out.replace(/\b(two|three|four|five)-(day|year)\b/gi, (_m, _w: string, unit: string) => `${pick(rand, WORD_NUMBERS)}-${unit}`);
}

function varyNumber(n: string, rand: () => number): string {
  const digits = n.replace(/[^\d]/g, '');
  if (/^(19|20)\d\d$/.test(n)) return String(1990 + Math.floor(rand() * 40));
  if (n.includes('.')) return (Number(n) * (0.5 + rand())).toFixed(1);
  const lo = digits.length === 1 ? 2 : 10 ** (digits.length - 1);
  const value = lo + Math.floor(rand() * (10 ** digits.length - lo));
  return n.includes(',') ? value.toLocaleString('en-US') : String(value);
}

const TITLES = [
  (c: Cast) => `${c.leaderA[1]} in ${c.b.capital} for talks with ${c.leaderB[1]} as ${c.c.name} crisis deepens`,
  (c: Cast) => `${c.leaderB[1]} welcomes ${c.a.adj} leader ${c.leaderA[1]} on state visit`,
  (c: Cast) => `${c.a.name} and ${c.b.name} pledge closer ties during ${c.leaderA[1]} visit`,
];
const BOILERPLATE = ['Advertisement', 'Read More: World News | Business | Sport', 'Sign up for our daily briefing newsletter', '© 2024 Example Media. All rights reserved.'];

/** `count` archive articles of about 4 KB, built from the seed sentences with other names and numbers. */
export function syntheticArticles(pool: Sentence[], count: number, seed: number): Doc[] {
  const rand = prng(seed);
  const docs: Doc[] = [];
  for (let i = 0; i < count; i++) {
    const cast = castFor(rand);
    const parts = [pick(rand, TITLES)(cast)];
    const paragraphs = 8 + Math.floor(rand() * 9);
    for (let p = 0; p < paragraphs; p++) {
      const n = 1 + Math.floor(rand() * 3);
      const sentences: string[] = [];
      for (let s = 0; s < n; s++) {
        const original = pick(rand, pool).text;
        const varied = recast(original, cast, rand);
        if (varied !== original) sentences.push(varied);
      }
      if (sentences.length) parts.push(sentences.join(' '));
    }
    if (rand() < 0.3) parts.push(pick(rand, BOILERPLATE));
    docs.push({ path: `archive/${String(i).padStart(5, '0')}.txt`, text: parts.join('\n\n') + '\n' });
  }
  return docs;
}

/** Sentences no source carries: the draft's unsupported claims. */
const UNSOURCED = [
  'Putin brought a delegation of 300 business leaders to Beijing, according to the Kremlin.',
  'The two leaders are expected to sign a new gas supply agreement worth $30 billion before the visit ends.',
  'Xi Jinping will make a return visit to Moscow in October, officials in Beijing said on Friday.',
  'Chinese customs data show trade between the two countries fell by 3 percent in the first four months of the year.',
  'A dinner for 600 guests was held in the Great Hall of the People on Thursday night.',
  'Police closed roads across central Beijing for most of the afternoon as the motorcade passed.',
  'Russian state television broadcast the welcoming ceremony live for more than two hours.',
  'Western diplomats in Beijing said they had not been briefed on the agenda in advance.',
  'The visit is Putin’s 19th trip to China since he first became president in 2000.',
  'Analysts in Hong Kong said the joint statement contained few concrete commitments.',
];

/** A sentence of the draft and where its facts really come from. */
export interface DraftSentence {
  text: string;
  kind: 'sourced' | 'changed-number' | 'unsourced';
  /** The seed sentence it was taken from (for sourced and changed-number sentences). */
  origin?: Sentence;
}

/** The checked draft: about `words` words in short paragraphs of 2–3 sentences. */
export function syntheticDraft(pool: Sentence[], words: number, seed: number): { text: string; sentences: DraftSentence[]; paragraphs: string[][] } {
  const rand = prng(seed);
  const sourced = shuffle(rand, pool);
  const unsourced = [...UNSOURCED];
  const sentences: DraftSentence[] = [];
  let count = 0;
  // Every 7th sentence has no source and every 6th carries one changed number: planted, not left to chance.
  for (let i = 0; count < words && sourced.length; i++) {
    let s: DraftSentence;
    if (i % 7 === 3 && unsourced.length) s = { text: unsourced.shift()!, kind: 'unsourced' };
    else if (i % 6 === 1 && sourced.some((o) => /\d/.test(o.text))) {
      const origin = sourced.splice(sourced.findIndex((o) => /\d/.test(o.text)), 1)[0];
      s = { text: origin.text.replace(/\b\d[\d,]*\b/, (n) => bump(n)), kind: 'changed-number', origin };
    } else {
      const origin = sourced.shift()!;
      s = { text: origin.text, kind: 'sourced', origin };
    }
    sentences.push(s);
    count += s.text.split(/\s+/).length;
  }
  const paragraphs: string[][] = [];
  for (let i = 0; i < sentences.length;) {
    const n = 2 + Math.floor(rand() * 2);
    paragraphs.push(sentences.slice(i, i + n).map((s) => s.text));
    i += n;
  }
  const text = `# Putin and Xi pledge a new era of partnership\n\n${paragraphs.map((p) => p.join(' ')).join('\n\n')}\n`;
  return { text, sentences, paragraphs };
}

/** A different, clearly incompatible number: a year moves by two, a count by about a fifth. */
function bump(n: string): string {
  const v = Number(n.replace(/,/g, ''));
  if (/^(19|20)\d\d$/.test(n)) return String(v + 2);
  const w = v < 10 ? v + 3 : Math.round(v * 1.2);
  return n.includes(',') ? w.toLocaleString('en-US') : String(w);
}
