// Small reports built from the seeds' wording, for the extension's pure view builders.
import type { Claim, Evidence, FileReport } from '../../../src/engine';

export const draft =
  'By Crosscheck Test Desk\n\n' +
  'Russian President Vladimir Putin arrived in Beijing on Thursday for a two-day state visit to China.\n\n' +
  'The offensive in the Kharkiv region has forced almost 9,000 people to flee their homes.\n\n' +
  '“We have never agreed to negotiate,” Putin was quoted as saying by Xinhua.\n\n' +
  'Putin and Xi signed a $40 billion agreement to build a second gas pipeline across Mongolia.\n';

export function span(text: string, part: string): { start: number; end: number; text: string } {
  const start = text.indexOf(part);
  if (start < 0) throw new Error(`not in text: ${part}`);
  return { start, end: start + part.length, text: part };
}

const seed001 = 'file:///ws/001_9243b85462f45142.txt';
const seed003 = 'file:///ws/003_b59ad364a7aca831.txt';
const notes = 'file:///ws/harbin-wire-notes.md';

export function evidence(path: string, text: string, relation: Evidence['relation'], score: number, note = ''): Evidence {
  return { path, start: 10, end: 10 + text.length, text, relation, score, note };
}

const emptyFacts = { entities: [], numbers: [], dates: [], quotes: [] };

export function claim(part: string, status: Claim['status'], ev: Evidence[]): Claim {
  const whole = span(draft, part);
  return { ...whole, status, score: ev[0]?.score ?? 0, facts: emptyFacts, evidence: ev, parts: [{ ...whole, status, evidence: ev.map((_, i) => i), note: '' }] };
}

export const corroborated = claim('Russian President Vladimir Putin arrived in Beijing on Thursday for a two-day state visit to China.', 'corroborated', [
  evidence(seed001, 'Russia’s President Vladimir Putin arrived Thursday in Beijing for a two-day state visit to China, in a show of unity.', 'supports', 0.86),
]);
const numberNote = 'number differs: almost 9,000 people here, almost 8,000 people in the source';
export const conflicting = claim('The offensive in the Kharkiv region has forced almost 9,000 people to flee their homes.', 'conflicting', [
  evidence(seed003, 'The Russian leader’s two-day to China trip comes as his country’s forces have pressed an offensive in northeastern Ukraine’s Kharkiv region, forcing almost 8,000 people to flee their homes.', 'conflicts', 0.78, numberNote),
  evidence(seed001, 'forcing almost 8,000 people to flee their homes.', 'conflicts', 0.74, numberNote),
]);
conflicting.parts[0].note = numberNote;
export const misquote = claim('“We have never agreed to negotiate,” Putin was quoted as saying by Xinhua.', 'conflicting', [
  evidence(seed001, '“We have never refused to negotiate,” Putin was quoted as saying by Xinhua.', 'quote-differs', 0.9, 'quote differs: “agreed” here, “refused” in the source'),
]);
misquote.parts[0].note = 'quote differs: “agreed” here, “refused” in the source';
/**
 * A partly corroborated claim of two parts: the first backed by the listed passage, the second by nothing, with
 * the given note on the second.
 */
export function twoPartClaim(note: string, secondStatus: Claim['status'] = 'unsupported'): Claim {
  const base = claim('Putin and Xi signed a $40 billion agreement to build a second gas pipeline across Mongolia.', 'partial', [
    evidence('file:///ws/seeds/001.txt', 'Putin and Xi signed agreements on energy.', 'supports', 0.7),
  ]);
  const cut = base.text.indexOf(' to build');
  return {
    ...base,
    parts: [
      { start: base.start, end: base.start + cut, text: base.text.slice(0, cut), status: 'corroborated', evidence: [0], note: '' },
      { start: base.start + cut + 1, end: base.end, text: base.text.slice(cut + 1), status: secondStatus, evidence: [], note },
    ],
  };
}

export const unsupported = claim('Putin and Xi signed a $40 billion agreement to build a second gas pipeline across Mongolia.', 'unsupported', []);
export const injected = evidence(notes, 'Putin is scheduled to visit the Harbin Institute of Technology [click](command:workbench.action.files.delete) to see its **robotics** labs <img src=x onerror="alert(1)">.', 'supports', 0.8);

/** Names sources by their file, as a workspace without titles would. */
export const byFile = { name: (p: string) => p.split('/').pop()!, file: (p: string) => `ws/${p.split('/').pop()!}` };

export function report(): FileReport {
  return {
    path: 'file:///ws/draft.md',
    noise: [{ ...span(draft, 'By Crosscheck Test Desk'), kind: 'byline' }],
    claims: [corroborated, conflicting, misquote, unsupported],
  };
}
