// The report of one document (status bar click): claims grouped by status, each line linking to the
// claim's range. Plain markdown text for a read-only virtual document; the links are returned with their
// positions so a DocumentLinkProvider can make them clickable. Pure.
import type { ClaimStatus, FileReport } from '../engine';
import { clip, overlapsNoise, readableNote } from './findings';
import { escapeMarkdownInline as escapeMarkdown, statusLabel } from './hoverMarkdown';
import { LineIndex } from '../engine/lines';

/** A clickable range of the report text and the claim it points at (offsets into the draft). */
export interface ReportLink {
  line: number;
  startCharacter: number;
  endCharacter: number;
  claimStart: number;
  claimEnd: number;
}

export interface ReportDocument {
  text: string;
  links: ReportLink[];
}

const order: ClaimStatus[] = ['conflicting', 'unsupported', 'partial', 'corroborated'];

export function reportMarkdown(
  report: FileReport,
  draftText: string,
  draftName: string,
  isIgnored: (claimText: string) => boolean,
  sourceName: (path: string) => string,
): ReportDocument {
  const index = new LineIndex(draftText);
  const lines: string[] = [`# Crosscheck report: ${escapeMarkdown(draftName)}`, ''];
  const links: ReportLink[] = [];
  const claims = report.claims.filter((c) => !overlapsNoise(c, report.noise));
  const ignored = claims.filter((c) => isIgnored(c.text));
  const active = claims.filter((c) => !isIgnored(c.text));
  lines.push(
    order.map((s) => `${statusLabel[s]}: ${active.filter((c) => c.status === s).length}`).join(' · ') +
      ` · Ignored: ${ignored.length} · Boilerplate spans: ${report.noise.length}`,
  );
  const section = (title: string, list: typeof claims) => {
    if (list.length === 0) return;
    lines.push('', `## ${title} (${list.length})`, '');
    for (const c of list) {
      const pos = index.position(c.start);
      const label = `line ${pos.line + 1}:${pos.character + 1}`;
      const prefix = '- ';
      links.push({ line: lines.length, startCharacter: prefix.length, endCharacter: prefix.length + label.length, claimStart: c.start, claimEnd: c.end });
      const first = c.evidence[0];
      const source = first ? ` — ${escapeMarkdown(sourceName(first.path))}${first.note ? `: ${escapeMarkdown(clip(readableNote(first.note, sourceName), 100))}` : ''}` : '';
      lines.push(`${prefix}${label} · ${escapeMarkdown(clip(c.text, 160))}${source}`);
    }
  };
  for (const s of order) section(statusLabel[s], active.filter((c) => c.status === s));
  section('Ignored', ignored);
  if (claims.length === 0) lines.push('', 'No checkable claims found.');
  return { text: lines.join('\n') + '\n', links };
}
