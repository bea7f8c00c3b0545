// Dates as calendar facts: "March 28", "on Thursday", "Feb. 6, 2023", "yesterday" (given the document's
// date), and bare years. Parsed with chrono-node; compared field by field, so that "March 18" conflicts with
// "March 28", "Tuesday" with "Wednesday", and "on Thursday" agrees with "May 16, 2024" (a Thursday).
import * as chrono from 'chrono-node';
import { yearsIn } from './numbers';

/** A date as written, with the calendar fields it states (or that its document's date implies). */
export interface DateFact {
  text: string;
  start: number;
  end: number;
  year?: number;
  month?: number;
  day?: number;
  /** 0 = Sunday … 6 = Saturday. */
  weekday?: number;
  /** A relative date ("yesterday") resolved against the document's date. */
  relative?: boolean;
  /** A clock time: hour (0–23) and minute, the time zone written after it ("GMT", "IST", "local"), and whether
   *  it is approximate ("shortly after 10 p.m.", "around 9"). */
  hour?: number;
  minute?: number;
  zone?: string;
  approximate?: boolean;
  /** The hour is unambiguous: a.m./p.m. is written, or it is a 24-hour time past noon. */
  halfDay?: boolean;
}

const parser = chrono.casual;
/** Words chrono reads as dates that name no day in news copy ("now", "today" without a document date). */
const VAGUE = /^(?:now|today|tonight|this (?:morning|afternoon|evening))$/i;
/** Relative dates: a day named from the document's own date ("yesterday", "last Tuesday", "two days ago"). */
// Only those that name a day: "last week" or "two years ago" names none, and is left out.
const RELATIVE = /\b(?:yesterday|tomorrow|today|tonight)\b|\b(?:last|next|this)\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:a|one|two|three|four|five|six|\d+)\s+days?\s+(?:ago|later|earlier)\b|\b(?:the )?(?:day|night) (?:before|after)\b/i;
/** What an absolute date must contain: a month or weekday name, or a numeric date (2024-05-16, 5/16/2024). */
/** A clock time: "18:02", "6:04 p.m.", "10 pm". */
const CLOCK = /\b\d{1,2}(?::|\.)\d{2}\b|\b\d{1,2}\s?(?:a\.?m\.?|p\.?m\.?)(?![a-z])/i;
const ZONE = /^\s*\(?\s*(GMT|UTC|BST|CET|CEST|EST|EDT|CST|CDT|MST|MDT|PST|PDT|ET|PT|IST|JST|local time|local|Indian Standard Time|British Summer Time)\b/i;
const CALENDAR_WORD = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\b|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\d{4}-\d{1,2}-\d{1,2}|\d{1,2}\/\d{1,2}\/\d{2,4}/i;

/** The calendar facts of a text. `ref` is the document's date, for relative dates; without it they are skipped. */
export function datesOf(text: string, ref?: Date): DateFact[] {
  const out: DateFact[] = [];
  // Without a document date, chrono still needs a reference: one that cannot leak into known fields.
  // chrono is only asked where a month, a weekday, a numeric date or a relative day is written.
  const results = CALENDAR_WORD.test(text) || CLOCK.test(text) || (!!ref && RELATIVE.test(text))
    ? parser.parse(text, ref ?? new Date(Date.UTC(2000, 0, 1)))
    : [];
  for (const r of results) {
    if (VAGUE.test(r.text.trim())) continue;
    // A date names a month or weekday, a clock time, or is relative to the document's date; a duration ("will
    // last two days", "within 30 days", "the next 10 days") is none of these.
    const relative = RELATIVE.test(r.text) && !CALENDAR_WORD.test(r.text);
    if (relative && !ref) continue;
    const clock = CLOCK.test(r.text);
    if (!relative && !CALENDAR_WORD.test(r.text) && !clock) continue;
    const k = r.start;
    const known = (f: 'year' | 'month' | 'day' | 'weekday') => (k.isCertain(f) ? (k.get(f) ?? undefined) : undefined);
    const d: DateFact = { text: r.text, start: r.index, end: r.index + r.text.length };
    if (relative) {
      d.year = k.get('year') ?? undefined;
      d.month = k.get('month') ?? undefined;
      d.day = k.get('day') ?? undefined;
      d.relative = true;
    } else {
      d.year = known('year');
      d.month = known('month');
      d.day = known('day');
      d.weekday = known('weekday');
      // "May" alone is the modal verb more often than the month.
      if (d.month === 5 && d.day === undefined && d.year === undefined && /^may$/i.test(r.text.trim())) continue;
    }
    if (clock && k.isCertain('hour')) {
      d.hour = k.get('hour') ?? undefined;
      d.minute = k.get('minute') ?? 0;
      d.halfDay = k.isCertain('meridiem') || (d.hour ?? 0) > 12 || /\b(?:1[3-9]|2[0-3])[:.]\d\d\b/.test(r.text);
      const clockAt = r.text.search(CLOCK);
      const afterClock = r.text.slice(clockAt).replace(CLOCK, '');
      d.zone = (ZONE.exec(afterClock) ?? ZONE.exec(text.slice(d.end)))?.[1].toLowerCase().replace(/^indian standard time$/, 'ist').replace(/^british summer time$/, 'bst').replace(/^local time$/, 'local');
      d.approximate = /\b(?:about|around|approximately|roughly|shortly|just|nearly|almost|some|after|before|by|until|past|circa)\s+$/i.test(text.slice(Math.max(0, d.start - 20), d.start + (r.text.match(/^\D*/)?.[0].length ?? 0)));
    }
    if (d.year === undefined && d.month === undefined && d.day === undefined && d.weekday === undefined && d.hour === undefined) continue;
    out.push(d);
  }
  // Bare years ("opened in 1977"), which chrono leaves alone.
  const re = /(?<![\w.,$€£-])(1[6-9]\d\d|20\d\d)(?!\w|,\d|\.\d|-\d)/g;
  const years = new Set(yearsIn(text));
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const y = Number(m[1]);
    if (!years.has(y) || out.some((d) => m!.index >= d.start && m!.index < d.end)) continue;
    out.push({ text: m[1], start: m.index, end: m.index + 4, year: y });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The weekday of a full date, if year, month and day are known. */
function weekdayOf(d: DateFact, yearHint?: number): number | undefined {
  if (d.weekday !== undefined) return d.weekday;
  const y = d.year ?? yearHint;
  if (y === undefined || d.month === undefined || d.day === undefined) return undefined;
  return new Date(Date.UTC(y, d.month - 1, d.day)).getUTCDay();
}

/** How two dates relate: they agree, one contradicts the other, or they state nothing comparable. */
export type DateRelation = 'agree' | 'conflict' | 'unrelated';

/**
 * Compares two dates field by field. Fields both state must be equal; a weekday is compared with a full date
 * through the calendar (with the other document's year when one side gives none).
 */
export function compareDates(a: DateFact, b: DateFact, yearHints: { a?: number; b?: number } = {}): DateRelation {
  let shared = 0;
  const field = (x?: number, y?: number) => {
    if (x === undefined || y === undefined) return true;
    shared++;
    return x === y;
  };
  if (!field(a.year, b.year)) return a.month === undefined && b.month === undefined ? 'conflict' : a.month === b.month || a.month === undefined || b.month === undefined ? 'conflict' : 'unrelated';
  // Two months with no day and no year in common say little ("in May" / "in March" can be two events).
  if (!field(a.month, b.month)) return a.day !== undefined && b.day !== undefined ? 'conflict' : a.year !== undefined && a.year === b.year ? 'conflict' : 'unrelated';
  if (a.month !== undefined && a.month === b.month && !field(a.day, b.day)) return 'conflict';
  // A date stated less precisely on one side neither backs nor contradicts a precise one ("June 2021" / "June 17").
  const fine = (d: DateFact) => (d.day !== undefined ? 3 : d.month !== undefined ? 2 : 1);
  if (a.weekday === undefined && b.weekday === undefined && fine(a) !== fine(b) && fine(a) > 1 && fine(b) > 1) return 'unrelated';
  // Clock times: exact ones in the same zone (or both without one) must agree to the minute.
  if (a.hour !== undefined && b.hour !== undefined && !a.approximate && !b.approximate && a.zone === b.zone) {
    shared++;
    // "6.04 local time" is 6:04 in the morning or the evening: compared on a twelve-hour clock.
    const h = (d: DateFact) => (a.halfDay && b.halfDay ? d.hour! : d.hour! % 12);
    if (h(a) !== h(b) || (a.minute ?? 0) !== (b.minute ?? 0)) return 'conflict';
  }
  const wa = weekdayOf(a, yearHints.a ?? yearHints.b);
  const wb = weekdayOf(b, yearHints.b ?? yearHints.a);
  if (wa !== undefined && wb !== undefined) {
    shared++;
    if (wa !== wb) return 'conflict';
  }
  if (shared === 0) return 'unrelated';
  // Agreement is on everything the first date states: a weekday or a clock time the other does not give is
  // not attested by it ("11:11 p.m. on Thursday" is not backed by "at 11:11 pm" alone).
  if (a.weekday !== undefined && wb === undefined) return 'unrelated';
  if (a.hour !== undefined && b.hour === undefined) return 'unrelated';
  return 'agree';
}

const DATELINE_SPAN = 600;

/**
 * The date a document was written: a date line near its top ("May 15, 2024 | 8:10 PM", "Published March 3,
 * 2020", "WASHINGTON, Oct. 5, 2023 —"), a full date (day, month, four-digit year) that is most of a short line or
 * follows a publishing word. A date in the article's prose is what it reports, not when it was written.
 */
export function documentDate(text: string): Date | undefined {
  let offset = 0;
  for (const line of text.slice(0, DATELINE_SPAN).split('\n')) {
    const l = line.trim();
    offset += line.length + 1;
    if (!l || l.length > 120) continue;
    for (const r of parser.parse(l, new Date(Date.UTC(2000, 0, 1)))) {
      const k = r.start;
      if (!/\b(?:1[6-9]|20)\d\d\b/.test(r.text) || !CALENDAR_WORD.test(r.text) || !k.isCertain('year') || !k.isCertain('month') || !k.isCertain('day')) continue;
      const dateline = r.text.length >= l.length * 0.4 || /^(?:published|updated|posted|last updated|date|first published)\b/i.test(l) || /^[\p{Lu} .,'-]{3,},?\s*$/u.test(l.slice(0, r.index));
      if (dateline) return new Date(Date.UTC(k.get('year')!, k.get('month')! - 1, k.get('day')!));
    }
  }
  return undefined;
}

/** A date as an editor would write it back ("March 28, 2024", "Thursday"). */
export function describeDate(d: DateFact): string {
  return d.text.trim();
}
