// Generates an archive of look-alike stories from an event's sources: the same sentences about other
// people and places with other numbers ("Lula's motorcade was met by Modi at the Great Hall of the People"),
// and the same people at another time (years moved back, other figures, another dateline). A fact-checker
// must never count such a story as evidence for or against a claim about the real event.
// Deterministic for a given seed.

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const CALENDAR = new Set([...MONTHS, ...WEEKDAYS]);
// Invented names, unlike any in the collection's events.
const NAMES = ['Okonjo', 'Lindqvist', 'Haldane', 'Marisol', 'Tavares', 'Ekwueme', 'Rasmussen', 'Quintero', 'Abernethy', 'Nakagawa',
  'Vasquez', 'Oyelaran', 'Petrakis', 'Halvorsen', 'Mbeki', 'Castellano', 'Jorgensen', 'Thackeray', 'Ilunga', 'Sorensen', 'Branwell',
  'Kowalczyk', 'Arbuthnot', 'Delacroix', 'Fitzwilliam', 'Gallardo', 'Harrowgate', 'Invernia', 'Jablonski', 'Kettering', 'Lusaka',
  'Montrose', 'Nordhavn', 'Ostrava', 'Pemberton', 'Quillan', 'Rothwell', 'Sandoval', 'Trelawny', 'Umberto', 'Valdivia', 'Westerly'];
const FUNCTION = new Set(['The', 'A', 'An', 'In', 'On', 'At', 'But', 'And', 'He', 'She', 'It', 'They', 'We', 'I', 'This', 'That', 'His', 'Her',
  'Their', 'Its', 'As', 'After', 'Before', 'When', 'While', 'For', 'With', 'By', 'From', 'Of', 'To', 'If', 'Mr', 'Mrs', 'Ms', 'Dr']);

/** An invented acronym of three or four letters for a real one. */
function acronym(key) {
  let h = hash(key);
  let out = '';
  for (let i = 0; i < 3 + (h % 2); i++) { out += String.fromCharCode(75 + (h % 15)); h = Math.floor(h / 15) + 7; }
  return out;
}

function hash(s) {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) { h ^= s.charCodeAt(i); h = Math.imul(h, 16777619); }
  return h >>> 0;
}

/** Capitalised words that are names: not calendar words, not a sentence's function word. */
function nameWords(texts) {
  const out = new Set();
  for (const t of texts) {
    for (const m of t.matchAll(/(?<![.!?]\s|^|\n|["“])\b(\p{Lu}[\p{Ll}'’-]{1,})\b/gmu)) {
      if (!CALENDAR.has(m[1]) && !FUNCTION.has(m[1])) out.add(m[1]);
    }
  }
  return out;
}

function changeNumbers(text, rnd) {
  return text
    .replace(/\b(1[89]\d\d|20\d\d)\b/g, (y) => String(Number(y) - 3 - (rnd() % 5)))
    .replace(/\b\d{1,3}(?:,\d{3})+\b|\b\d+(?:\.\d+)?\b/g, (n) => {
      const v = Number(n.replace(/,/g, ''));
      if (v >= 1800 && v <= 2100) return n;
      const w = v < 10 ? v + 1 + (rnd() % 3) : Math.round(v * (1.2 + (rnd() % 5) / 10));
      return n.includes(',') ? w.toLocaleString('en-US') : String(w);
    })
    .replace(/\b(two|three|four|five|six|seven)(-day|-year|-week|-hour)\b/gi, (_, w, unit) => `${['three', 'four', 'five', 'six', 'seven', 'eight'][['two', 'three', 'four', 'five', 'six', 'seven'].indexOf(w.toLowerCase())]}${unit}`)
    .replace(new RegExp(`\\b(${WEEKDAYS.join('|')})\\b`, 'g'), (d) => WEEKDAYS[(WEEKDAYS.indexOf(d) + 2) % 7])
    .replace(new RegExp(`\\b(${MONTHS.join('|')})\\b`, 'g'), (d) => MONTHS[(MONTHS.indexOf(d) + 4) % 12]);
}

/**
 * Look-alike documents for the given sources: for each, one about other people and places (names replaced,
 * numbers and dates changed) and one about the same people at another time (years moved back, numbers and
 * days changed, a dateline of that time on top).
 */
export function makeLookalikes(docs, { seed = 'lookalike' } = {}) {
  let state = hash(seed);
  const rnd = () => { state = (Math.imul(state ^ (state >>> 15), 2246822507) + 0x9e3779b9) >>> 0; return state; };
  const names = [...nameWords(docs.map((d) => d.text))].sort();
  const replacement = new Map(names.map((n) => [n, NAMES[hash(seed + n) % NAMES.length]]));
  const out = [];
  for (const d of docs) {
    const base = d.name.replace(/\.[^.]+$/, '');
    // Names and acronyms (SVB, FDIC, ISRO) both become others.
    const other = changeNumbers(d.text
      .replace(/\b\p{Lu}[\p{Ll}'’-]{1,}\b/gu, (w) => replacement.get(w) ?? w)
      .replace(/\b\p{Lu}{2,}\b/gu, (w) => (['AM', 'PM', 'GMT', 'AP', 'TV'].includes(w) || CALENDAR.has(w[0] + w.slice(1).toLowerCase()) ? w : w.length > 5 ? (replacement.get(w[0] + w.slice(1).toLowerCase()) ?? acronym(seed + w)).toUpperCase() : acronym(seed + w))), rnd);
    out.push({ name: `zz-lookalike-other-${base}.txt`, text: other });
    const year = 2005 + (rnd() % 10);
    const earlier = changeNumbers(d.text, rnd);
    out.push({ name: `zz-lookalike-earlier-${base}.txt`, text: `Published ${MONTHS[rnd() % 12]} ${1 + (rnd() % 28)}, ${year}\n\n${earlier}` });
  }
  return out;
}
