// The rows of the passages Quick Pick, as plain data: an icon for the relation, the source by outlet or headline,
// the relation in words, the passage cut at a word; copies of one wire story are one row ("also in …"). Pure.
import type { Evidence } from '../engine';
import { groupCopies, relationDetail, relationIcon, relationPhrase } from './evidenceWords';
import { readableNote } from './findings';
import { clipWords, SourceNaming } from './sourceLabels';

export interface PassageRow {
  label: string;
  description: string;
  detail: string;
  evidence: Evidence;
}

/** Quick Pick text renders `$(name)` as an icon; document text must show it literally. */
export function noIcons(text: string): string {
  return text.replace(/\$\(/g, '\\$(');
}

export function passageRows(passages: readonly Evidence[], names: SourceNaming, claimStatus?: string): PassageRow[] {
  return groupCopies(passages).map((g) => {
    const e = g.lead;
    const detail = relationDetail({ ...e, note: readableNote(e.note, names.name) });
    const copies = g.copies.length ? ` · also in ${g.copies.map((c) => clipWords(names.name(c.evidence.path), 40)).join(', ')}` : '';
    return {
      label: `${relationIcon(e, claimStatus)} ${noIcons(clipWords(names.name(e.path), 80))}`,
      description: noIcons(`${relationPhrase(e, claimStatus)}${detail ? ` — ${clipWords(detail, 70)}` : ''}${copies} · ${names.file(e.path)}`),
      detail: noIcons(clipWords(e.text, 240)),
      evidence: e,
    };
  });
}
