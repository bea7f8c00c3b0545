// Hover card markdown for a claim, built from untrusted text (drafts and sources can contain markdown,
// HTML or `command:` links). Every piece of document text goes through escapeMarkdown; the only links
// are the ones built here, to Crosscheck's own commands. Pure, so it is unit-tested without VS Code.
import type { Claim, Evidence, NoiseSpan } from '../engine';
import { factSides, factSidesText, groupCopies, groupNumbers, relationDetail, relationMark, relationPhrase, matchStrength, sharedOriginClusters, EvidenceGroup } from './evidenceWords';
import { contradictions, readableNote, statusTitle } from './findings';
import { SourceNaming, clipWords } from './sourceLabels';

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


export interface ClaimHoverOptions {
  maxEvidence: number;
  names: SourceNaming;
  /** The share of a's text found in b (the corpus's shared-origin measure). */
  sharedFraction: (a: string, b: string) => number;
  /** Identifies the draft for the links (a URI string). */
  documentUri: string;
  ignored: boolean;
  /** VS Code shows Crosscheck's Problems entry for this claim just above the card: the card does not repeat it. */
  diagnosticShown?: boolean;
}

/** Longest passage shown whole; a longer one is cut at a word and ends with a "more" link that opens it. */
export const PASSAGE_MAX = 480;

function openLink(label: string, e: Evidence, names: SourceNaming): string {
  return commandLink(label, 'crosscheck.openPassage', [{ path: e.path, start: e.start, end: e.end }], `${names.file(e.path)} (open beside the draft)`);
}

/** Names that tell the shown sources apart: a label two sources share ("AP") gets its file added. */
function distinctNames(paths: readonly string[], names: SourceNaming): Map<string, string> {
  const counts = new Map<string, number>();
  for (const p of new Set(paths)) counts.set(names.name(p), (counts.get(names.name(p)) ?? 0) + 1);
  return new Map(paths.map((p) => [p, (counts.get(names.name(p)) ?? 0) > 1 ? `${names.name(p)} (${names.file(p).split('/').pop()})` : names.name(p)]));
}

/** What is wrong with a claim (or what backs it), in one line of plain text. */
export function claimSummary(claim: Claim, names: SourceNaming, sharedFraction: (a: string, b: string) => number = () => 0): string {
  const against = contradictions(claim);
  switch (claim.status as string) {
    case 'conflicting':
      return against[0] ? readableNote(against[0].note, names.name) || 'a source says otherwise' : 'a source says otherwise';
    case 'unsupported':
      return claim.evidence.length ? 'no source backs it; the closest passages say something else' : 'no passage in the sources backs it';
    case 'partial': {
      const open = (claim.parts ?? []).filter((p) => p.status !== 'corroborated');
      const what = open.map((p) => (p.note && !/^no source backs this part/.test(p.note) ? p.note : `nothing backs “${clipWords(p.text, 70)}”`));
      return what.length ? what.join('; ') : 'only part of it is backed';
    }
    case 'corroborated': {
      const backing = [...new Set(claim.evidence.filter((e) => e.relation === 'supports' && matchStrength(e.score) !== 'weak').map((e) => e.path))];
      const paths = backing.length ? backing : [...new Set(claim.evidence.filter((e) => e.relation === 'supports').map((e) => e.path))];
      if (!paths.length) return 'backed by the sources';
      const origins = paths.length - sharedOriginClusters(paths, sharedFraction).reduce((n, c) => n + c.paths.length - 1, 0);
      const count = `backed by ${paths.length} source${paths.length > 1 ? 's' : ''}`;
      return origins < paths.length ? `${count} (${origins} independent: the others carry the same wire copy)` : count;
    }
    default:
      return against[0]?.note ? readableNote(against[0].note, names.name) : '';
  }
}

/** The hover card for a claim: what is wrong (unless the Problems entry above says it), its parts, then the passages. */
export function claimHoverMarkdown(claim: Claim, opts: ClaimHoverOptions): string {
  const lines: string[] = [];
  const summary = claimSummary(claim, opts.names, opts.sharedFraction);
  const status = `**Crosscheck · ${escapeMarkdown(statusTitle(claim.status))}**`;
  if (opts.ignored) {
    lines.push(`**Crosscheck · ignored** (${escapeMarkdown(statusTitle(claim.status).toLowerCase())}) · ${commandLink('stop ignoring', 'crosscheck.unignoreClaim', [{ uri: opts.documentUri, text: claim.text }])}`);
  } else if (!opts.diagnosticShown) {
    lines.push(summary ? `${status} — ${escapeMarkdown(summary)}` : status);
  }
  // Who says what, with sources counted once per wire story: one contradicting source against several that agree
  // reads differently from the reverse.
  const sides = claim.status === 'conflicting' ? factSides(claim, opts.sharedFraction) : [];
  if (sides.length) lines.push('', `*Who says what:* ${escapeMarkdown(factSidesText(sides))}`);
  const groups = groupCopies(claim.evidence);
  const numbers = groupNumbers(groups);
  lines.push(...partLines(claim, numbers));
  let shown = groups.slice(0, Math.max(1, opts.maxEvidence));
  const against = groups.find((g) => g.lead.relation !== 'supports');
  if (claim.status === 'conflicting' && against && !shown.includes(against)) shown = [against, ...shown.slice(0, -1)];
  const named = distinctNames(groups.flatMap((g) => [g.lead.path, ...g.copies.map((c) => c.evidence.path)]), opts.names);
  for (const g of shown) lines.push('', ...entryLines(claim, g, groups.indexOf(g) + 1, summary, named, opts.names));
  if (groups.length > shown.length) {
    lines.push('', `${groups.length - shown.length} more · ${commandLink('show all', 'crosscheck.showPassages', [{ uri: opts.documentUri, start: claim.start, end: claim.end }])}`);
  }
  for (const c of sharedOriginClusters(shown.flatMap((g) => [g.lead.path, ...g.copies.map((x) => x.evidence.path)]), opts.sharedFraction)) {
    // A cluster shown only as one entry already reads as one story ("also in …").
    const involved = shown.filter((g) => c.paths.includes(g.lead.path) || g.copies.some((x) => c.paths.includes(x.evidence.path)));
    if (involved.length === 1) continue;
    const list = c.paths.map((p) => named.get(p) ?? opts.names.name(p));
    lines.push('', `*Same wire copy:* ${escapeMarkdown(`${list.join(' and ')} share up to ${Math.round(c.fraction * 100)}% of their text, so they are one source, not independent confirmation.`)}`);
  }
  return lines.join('\n').replace(/^\n+/, '');
}

/** One passage of the card: source (a link that opens it, with the file as tooltip), relation, the passage, copies. */
function entryLines(claim: Claim, g: EvidenceGroup, n: number, summary: string, named: Map<string, string>, names: SourceNaming): string[] {
  const e = g.lead;
  const detail = relationDetail({ ...e, note: readableNote(e.note, names.name) });
  // The headline, or the Problems entry above the card (which says the same), already states what differs.
  const repeats = e.relation !== 'supports' && summary.includes(readableNote(e.note, names.name));
  const relation = `${relationMark(e, claim.status)} ${relationPhrase(e, claim.status)}${detail && !repeats ? ` — ${detail}` : ''}`;
  const out = [`**${n}\\.** ${openLink(named.get(e.path) ?? names.name(e.path), e, names)} · ${escapeMarkdown(relation)}`, ''];
  if (e.text.length <= PASSAGE_MAX) out.push(`> ${markSharedWords(e.text, claim.text)}`);
  else {
    const cut = clipWords(e.text, PASSAGE_MAX).replace(/…$/, '');
    out.push(`> ${markSharedWords(cut, claim.text)} … ${openLink('more', e, names)}`);
  }
  if (g.copies.length) {
    out.push('', `*Also in:* ${g.copies.map((c) => openLink(named.get(c.evidence.path) ?? names.name(c.evidence.path), c.evidence, names)).join(', ')} ${escapeMarkdown('(the same passage)')}`);
  }
  return out;
}

const partMark: Record<string, string> = { corroborated: '✓ backed', partial: '◐ partly backed', conflicting: '✗ contradicted', unsupported: '? not backed' };

/**
 * The claim's parts, when it has several: each with its status, what differs or is missing, and which of the
 * card's passages back it (numbered as in the card, copies counted once).
 */
export function partLines(claim: Claim, numbers: Map<number, number> = groupNumbers(groupCopies(claim.evidence))): string[] {
  const parts = claim.parts ?? [];
  if (parts.length < 2) return [];
  const out = ['', '**Parts**'];
  for (const p of parts) {
    const refs = [...new Set(p.evidence.map((k) => numbers.get(k)).filter((k): k is number => k !== undefined))].sort((a, b) => a - b);
    const by = refs.length ? ` · ${p.status === 'conflicting' ? 'see' : p.status === 'unsupported' ? 'closest' : 'by'} ${refs.join(', ')}` : '';
    const note = p.note && p.status !== 'corroborated' ? ` — ${escapeMarkdown(p.note)}` : '';
    out.push(`- ${partMark[p.status] ?? `• ${escapeMarkdown(p.status)}`}: *${escapeMarkdown(p.text)}*${note}${by}`);
  }
  return out;
}

/** The hover for boilerplate: says why it is dimmed. */
export function noiseHoverMarkdown(noise: NoiseSpan): string {
  return `**Crosscheck: boilerplate** (${escapeMarkdown(noise.kind)}) · not checked, never used as evidence`;
}
