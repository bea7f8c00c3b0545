// Hover card markdown for a claim, built from untrusted text (drafts and sources can contain markdown,
// HTML or `command:` links). Every piece of document text goes through escapeMarkdown; the only links
// are the ones built here, to Crosscheck's own commands. Pure, so it is unit-tested without VS Code.
import type { Claim, ClaimStatus, Evidence, NoiseSpan, SharedOrigin } from '../engine';
import { contradictions, readableNote } from './findings';

/** The commands hover links may run; the MarkdownString trusts these and nothing else. */
export const hoverCommands = ['crosscheck.openPassage', 'crosscheck.showPassages', 'crosscheck.unignoreClaim'] as const;

/**
 * Escapes text so markdown renders it literally: every ASCII punctuation character gets a backslash
 * (CommonMark allows that for all of them), so no emphasis, link, image, HTML tag, entity or autolink
 * can form; line breaks become spaces so a snippet cannot start a block.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\r\n\u2028\u2029]+/g, ' ')
    .replace(/[!-/:-@[-`{-~]/g, (c) => '\\' + c);
}

/**
 * Lighter escaping for text people read as markdown source (the report document): only the characters
 * that can start a link, an HTML tag, code or emphasis get a backslash, so a preview still shows plain
 * text and the source stays readable.
 */
export function escapeMarkdownInline(text: string): string {
  return text.replace(/[\r\n\u2028\u2029]+/g, ' ').replace(/[\\`*_[\]<>~|]/g, (c) => '\\' + c);
}

/** A link to one of Crosscheck's commands with JSON arguments, as VS Code's command URIs expect. */
export function commandLink(label: string, command: (typeof hoverCommands)[number], args: unknown[], tooltip?: string): string {
  const uri = `command:${command}?${encodeURIComponent(JSON.stringify(args))}`;
  const title = tooltip ? ` "${tooltip.replace(/["\\]/g, '')}"` : '';
  return `[${escapeMarkdown(label)}](${uri}${title})`;
}

const stopWords = new Set(
  ('a an and are as at be been but by for from had has have he her his in into is it its of on or said ' +
    'she that the their them they this to was were which who will with would after before than then there ' +
    'also not over more less about')
    .split(' '),
);

function wordKey(word: string): string {
  return word.toLowerCase().replace(/[\u2019']s$/, '').replace(/our/g, 'or').replace(/ise/g, 'ize');
}

/** Content words of a text, compared case-insensitively and across British/American spelling. */
export function contentWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'\u2019.,-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu)) {
    const key = wordKey(m[0]);
    if (!stopWords.has(key)) out.add(key);
  }
  return out;
}

/** The snippet, escaped, with the words it shares with the claim in bold. */
export function markSharedWords(snippet: string, claimText: string): string {
  const shared = contentWords(claimText);
  let out = '';
  let last = 0;
  for (const m of snippet.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'\u2019.,-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu)) {
    const start = m.index ?? 0;
    out += escapeMarkdown(snippet.slice(last, start));
    const word = escapeMarkdown(m[0]);
    out += shared.has(wordKey(m[0])) && !stopWords.has(wordKey(m[0])) ? `**${word}**` : word;
    last = start + m[0].length;
  }
  return out + escapeMarkdown(snippet.slice(last));
}

export const statusLabel: Record<ClaimStatus, string> = {
  corroborated: 'Corroborated',
  partial: 'Partly corroborated',
  conflicting: 'Conflicting',
  unsupported: 'Unsupported',
};

export function relationLabel(e: Evidence): string {
  if (e.relation === 'supports') return 'supports';
  if (e.relation === 'conflicts') return 'conflicts';
  return 'quote differs';
}

/** Shared-origin notes for the sources in the evidence list: pairs that carry the same text. */
export function sharedOriginNotes(
  evidencePaths: readonly string[],
  origins: readonly SharedOrigin[],
  sourceName: (path: string) => string,
  minFraction = 0.2,
): string[] {
  const paths = new Set(evidencePaths);
  const seen = new Set<string>();
  const notes: string[] = [];
  for (const o of origins) {
    if (!paths.has(o.path)) continue;
    for (const w of o.sharedWith) {
      if (!paths.has(w.path) || w.path === o.path || w.fraction < minFraction) continue;
      const key = [o.path, w.path].sort().join('\u0000');
      if (seen.has(key)) continue;
      seen.add(key);
      notes.push(`${sourceName(o.path)} and ${sourceName(w.path)} share ${Math.round(w.fraction * 100)}% of their text (same wire copy or lifted passages), so they are not independent confirmation.`);
    }
  }
  return notes;
}

export interface ClaimHoverOptions {
  maxEvidence: number;
  sourceName: (path: string) => string;
  sharedOrigins: readonly SharedOrigin[];
  /** Identifies the draft for the links (a URI string). */
  documentUri: string;
  ignored: boolean;
}

function formatScore(score: number): string {
  return score.toFixed(2);
}

/** The hover card for a claim: status and score, then the passages best first. */
export function claimHoverMarkdown(claim: Claim, opts: ClaimHoverOptions): string {
  const lines: string[] = [];
  const against = contradictions(claim);
  const headline = `**Crosscheck: ${statusLabel[claim.status]}** · score ${formatScore(claim.score)}`;
  lines.push(opts.ignored ? `${headline} · *ignored* · ${commandLink('stop ignoring', 'crosscheck.unignoreClaim', [{ uri: opts.documentUri, text: claim.text }])}` : headline);
  if (claim.status === 'unsupported' && claim.evidence.length === 0) {
    lines.push('', 'No passage in the corpus backs this claim.');
  }
  lines.push(...partLines(claim));
  const shown = claim.evidence.slice(0, Math.max(1, opts.maxEvidence));
  if (claim.status === 'conflicting' && against.length > 0 && !shown.includes(against[0])) shown.unshift(against[0]);
  shown.forEach((e, i) => {
    const link = commandLink('Open beside', 'crosscheck.openPassage', [{ path: e.path, start: e.start, end: e.end }], 'Open the source beside the draft with this passage selected');
    const note = e.note ? ` (${escapeMarkdown(readableNote(e.note, opts.sourceName))})` : '';
    lines.push(
      '',
      `${i + 1}\\. **${escapeMarkdown(opts.sourceName(e.path))}** · ${relationLabel(e)}${note} · ${formatScore(e.score)} · ${link}`,
      '',
      `> ${markSharedWords(e.text, claim.text)}`,
    );
  });
  if (claim.evidence.length > shown.length) {
    lines.push('', `${claim.evidence.length - shown.length} more · ${commandLink('show all', 'crosscheck.showPassages', [{ uri: opts.documentUri, start: claim.start, end: claim.end }])}`);
  }
  const notes = sharedOriginNotes(shown.map((e) => e.path), opts.sharedOrigins, opts.sourceName);
  for (const n of notes) lines.push('', `*Shared origin:* ${escapeMarkdown(n)}`);
  return lines.join('\n');
}

const partMark: Record<ClaimStatus, string> = { corroborated: '✓ backed', partial: '◐ partly backed', conflicting: '✗ contradicted', unsupported: '? not backed' };

/**
 * The claim's parts, when it has several or when its one part says what is missing: each with its status, what
 * differs or is missing, and which of the listed passages back it (numbered as in the card).
 */
export function partLines(claim: Claim): string[] {
  const parts = claim.parts ?? [];
  if (parts.length < 2 && !(parts.length === 1 && parts[0].note && claim.status !== 'unsupported')) return [];
  const out = ['', '**Parts**'];
  for (const p of parts) {
    const by = p.evidence.length ? ` · ${p.status === 'conflicting' ? 'see' : 'by'} ${p.evidence.map((k) => k + 1).join(', ')}` : '';
    const note = p.note ? ` — ${escapeMarkdown(p.note)}` : '';
    out.push(`- ${partMark[p.status]}: *${escapeMarkdown(p.text)}*${note}${by}`);
  }
  return out;
}

/** The hover for boilerplate: says why it is dimmed. */
export function noiseHoverMarkdown(noise: NoiseSpan): string {
  return `**Crosscheck: boilerplate** (${escapeMarkdown(noise.kind)}) · not checked, never used as evidence`;
}
