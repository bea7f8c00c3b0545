// The report of one draft as a web page for a webview: the findings with the words they are about marked, a
// table of which sources back or contradict each paragraph, and a map of the sources that share text (who copies
// whom). Every piece of document text is escaped; the page has no script, and its Content Security Policy allows
// only the extension's stylesheet. Links run Crosscheck's own commands (the webview enables only those). Pure.
import type { Claim } from '../engine';
import { statusWord } from './findings';
import type { ReportFinding, ReportModel, ReportParagraph } from './reportModel';
import { clipWords } from './sourceLabels';

/** The commands the report's links run; the webview enables these and nothing else. */
export const reportCommands = ['crosscheck.revealClaim', 'crosscheck.openPassage'] as const;

/** Escapes text for HTML content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'`]/g, (c) => `&#${c.charCodeAt(0)};`);
}

function commandHref(command: (typeof reportCommands)[number], args: unknown[]): string {
  return escapeHtml(`command:${command}?${encodeURIComponent(JSON.stringify(args))}`);
}

function revealHref(model: ReportModel, span: { start: number; end: number }): string {
  return commandHref('crosscheck.revealClaim', [{ uri: model.draftUri, start: span.start, end: span.end }]);
}

/** CSS class of a status; one this version does not know is shown like a partial one (it needs a look). */
function statusClass(status: string): string {
  return ['corroborated', 'partial', 'conflicting', 'unsupported'].includes(status) ? status : 'partial';
}

/** The claim's text with the words its findings are about marked. */
function markedClaim(f: ReportFinding): string {
  const c: Claim = f.claim;
  let out = '';
  let at = c.start;
  for (const fact of f.facts) {
    if (fact.start < at) continue;
    out += escapeHtml(c.text.slice(at - c.start, fact.start - c.start));
    out += `<mark class="fact ${statusClass(fact.status)}" title="${escapeHtml(fact.note || statusWord(fact.status))}">${escapeHtml(fact.text)}</mark>`;
    at = fact.end;
  }
  return out + escapeHtml(c.text.slice(at - c.start));
}

function findingItem(model: ReportModel, f: ReportFinding): string {
  const status = statusClass(f.claim.status);
  const sources = f.sources.length ? `<p class="sources">${f.claim.status === 'unsupported' ? 'Closest' : f.claim.status === 'corroborated' ? 'Backed by' : 'Sources'}: ${f.sources.map((s) => escapeHtml(s)).join(' · ')}</p>` : '';
  return [
    `<li class="finding ${status}${f.ignored ? ' ignored' : ''}">`,
    `<p class="head"><span class="chip ${status}">${escapeHtml(f.ignored ? `ignored · ${statusWord(f.claim.status)}` : statusWord(f.claim.status))}</span> `,
    `<a class="where" href="${revealHref(model, f.claim)}" title="Go to the claim in the draft">line ${f.line}</a></p>`,
    `<p class="claim">${markedClaim(f)}</p>`,
    f.summary ? `<p class="why">${escapeHtml(f.summary)}</p>` : '',
    f.sides ? `<p class="sides">Who says what: ${escapeHtml(f.sides)}</p>` : '',
    sources,
    '</li>',
  ].join('');
}

function countsLine(model: ReportModel): string {
  const order = ['conflicting', 'unsupported', 'partial', 'corroborated'];
  const others = Object.keys(model.counts).filter((k) => ![...order, 'ignored'].includes(k) && model.counts[k] > 0);
  const chips = [...order, ...others].map((s) => `<span class="chip ${statusClass(s)}">${model.counts[s] ?? 0} ${escapeHtml(statusWord(s))}</span>`);
  if (model.counts.ignored) chips.push(`<span class="chip ignored">${model.counts.ignored} ignored</span>`);
  return `<p class="counts">${chips.join(' ')} <span class="against">checked against ${model.corpusSize} source document${model.corpusSize === 1 ? '' : 's'}</span></p>`;
}

function cellHtml(p: ReportParagraph, path: string, name: string): string {
  const cell = p.cells.get(path);
  if (!cell) return '<td class="cell"></td>';
  const marks = `${cell.backs ? `✓${cell.backs > 1 ? cell.backs : ''}` : ''}${cell.contradicts ? `✗${cell.contradicts > 1 ? cell.contradicts : ''}` : ''}` || '·';
  const kind = cell.contradicts ? 'contradicts' : cell.backs ? 'backs' : 'near';
  const said = [cell.backs && `backs ${cell.backs} claim${cell.backs > 1 ? 's' : ''}`, cell.contradicts && `contradicts ${cell.contradicts}`, !cell.backs && !cell.contradicts && 'only comes near'].filter(Boolean).join('; ');
  return `<td class="cell ${kind}" title="${escapeHtml(`${name}: ${said}`)}">${marks}</td>`;
}

function paragraphTable(model: ReportModel): string {
  if (!model.paragraphs.length) return '<p>No paragraph with a claim to check.</p>';
  if (!model.sources.length) return '<p>No source relates to any claim of this draft.</p>';
  const head = model.sources.map((s) => `<th class="src" scope="col" title="${escapeHtml(`${s.name}\n${s.file}`)}"><span>${escapeHtml(clipWords(s.name, 28))}</span></th>`).join('');
  const rows = model.paragraphs.map((p) => {
    const worst = ['conflicting', 'unsupported', 'partial', 'corroborated'].find((s) => p.statuses.includes(s)) ?? statusClass(p.statuses[0] ?? 'partial');
    const label = `<th scope="row" class="para ${worst}"><a href="${revealHref(model, p)}" title="Go to the paragraph">line ${p.line}</a> ${escapeHtml(clipWords(p.excerpt, 70))}</th>`;
    return `<tr>${label}${model.sources.map((s) => cellHtml(p, s.path, s.name)).join('')}</tr>`;
  });
  const more = model.moreSources ? `<p class="note">${model.moreSources} more source${model.moreSources > 1 ? 's' : ''} not shown.</p>` : '';
  return [
    '<table class="matrix"><thead><tr><th scope="col" class="corner">Paragraph</th>', head, '</tr></thead><tbody>', ...rows, '</tbody></table>',
    '<p class="legend"><span class="cell backs">✓</span> backs a claim of the paragraph · <span class="cell contradicts">✗</span> contradicts one · <span class="cell near">·</span> only comes near (does not back it)</p>',
    more,
  ].join('');
}

/** The map of shared text: sources on a circle, an arrow from A to B when much of A's text is also in B. */
export function originMap(model: ReportModel): string {
  const n = model.sources.length;
  if (n < 2) return '<p>Fewer than two sources are involved: nothing to compare.</p>';
  const width = 760;
  const height = n <= 4 ? 260 : 340;
  const cx = width / 2;
  const cy = height / 2;
  const radius = Math.min(cy - 40, 130);
  const nodeR = 7;
  const at = new Map(model.sources.map((s, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / n;
    return [s.path, { x: cx + radius * Math.cos(angle), y: cy + radius * Math.sin(angle), angle }];
  }));
  const f = (x: number) => x.toFixed(1);
  const edges = model.origins.map((e) => {
    const a = at.get(e.from)!;
    const b = at.get(e.to)!;
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    const len = Math.hypot(dx, dy) || 1;
    const ux = dx / len;
    const uy = dy / len;
    const x1 = a.x + ux * (nodeR + 2);
    const y1 = a.y + uy * (nodeR + 2);
    const x2 = b.x - ux * (nodeR + 6);
    const y2 = b.y - uy * (nodeR + 6);
    const weight = e.fraction >= 0.4 ? 'heavy' : e.fraction >= 0.15 ? 'medium' : 'light';
    const label = `${Math.round(e.fraction * 100)}%`;
    const title = `${model.sources.find((s) => s.path === e.from)?.name} → ${model.sources.find((s) => s.path === e.to)?.name}: ${label} of its text`;
    return `<g class="edge ${weight}"><title>${escapeHtml(title)}</title><line x1="${f(x1)}" y1="${f(y1)}" x2="${f(x2)}" y2="${f(y2)}" marker-end="url(#arrow)"/>` +
      `<text x="${f((x1 + x2) / 2 - uy * 10)}" y="${f((y1 + y2) / 2 + ux * 10)}" text-anchor="middle">${label}</text></g>`;
  });
  const nodes = model.sources.map((s) => {
    const p = at.get(s.path)!;
    const cos = Math.cos(p.angle);
    const anchor = cos > 0.25 ? 'start' : cos < -0.25 ? 'end' : 'middle';
    const lx = p.x + cos * (nodeR + 8);
    const ly = p.y + Math.sin(p.angle) * (nodeR + 12) + 4;
    const copies = model.origins.some((e) => e.from === s.path || e.to === s.path) ? 'shared' : 'alone';
    return `<g class="node ${copies}"><title>${escapeHtml(`${s.name}\n${s.file}`)}</title><circle cx="${f(p.x)}" cy="${f(p.y)}" r="${nodeR}"/>` +
      `<text x="${f(lx)}" y="${f(ly)}" text-anchor="${anchor}">${escapeHtml(clipWords(s.name, 30))}</text></g>`;
  });
  const svg = [
    `<svg class="origins" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="origins-title">`,
    '<title id="origins-title">Sources that share text: an arrow from A to B means much of A’s text is also in B</title>',
    '<defs><marker id="arrow" viewBox="0 0 10 10" refX="8" refY="5" markerUnits="userSpaceOnUse" markerWidth="11" markerHeight="11" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" class="arrowhead"/></marker></defs>',
    ...edges,
    ...nodes,
    '</svg>',
  ].join('');
  const name = (path: string) => escapeHtml(model.sources.find((s) => s.path === path)?.name ?? path);
  const list = model.origins.length
    ? `<ul class="origin-list">${model.origins.map((e) => `<li>${Math.round(e.fraction * 100)}% of <b>${name(e.from)}</b> is also in <b>${name(e.to)}</b></li>`).join('')}</ul>`
    : '<p>No two of these sources share text: each is an independent report.</p>';
  return svg + list;
}

export interface ReportPage {
  /** The webview's `cspSource`. */
  cspSource: string;
  /** URI of the stylesheet (as the webview loads it). */
  styleUri: string;
}

/** The whole page. */
export function reportHtml(model: ReportModel, page: ReportPage): string {
  const active = model.findings.filter((f) => !f.ignored);
  const ignored = model.findings.filter((f) => f.ignored);
  const findings = active.length
    ? `<ol class="findings">${active.map((f) => findingItem(model, f)).join('')}</ol>`
    : '<p class="none">No findings: every claim is corroborated.</p>';
  const csp = `default-src 'none'; style-src ${page.cspSource}; img-src ${page.cspSource} data:; font-src ${page.cspSource};`;
  return [
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<link rel="stylesheet" href="${escapeHtml(page.styleUri)}">`,
    `<title>Crosscheck: ${escapeHtml(model.draftName)}</title></head><body>`,
    `<header><h1>Crosscheck report: <span class="file">${escapeHtml(model.draftName)}</span></h1>${countsLine(model)}</header>`,
    '<section id="findings"><h2>Findings</h2>',
    findings,
    ignored.length ? `<details><summary>Ignored (${ignored.length})</summary><ol class="findings">${ignored.map((f) => findingItem(model, f)).join('')}</ol></details>` : '',
    model.corroborated.length ? `<details><summary>Corroborated (${model.corroborated.length})</summary><ol class="findings">${model.corroborated.map((f) => findingItem(model, f)).join('')}</ol></details>` : '',
    '</section>',
    '<section id="paragraphs"><h2>Which sources back each paragraph</h2>',
    paragraphTable(model),
    '</section>',
    '<section id="origins"><h2>Who copies whom</h2>',
    '<p class="note">Sources that share text carry the same wire story or lift from one another: together they are one source, not independent confirmation.</p>',
    originMap(model),
    '</section>',
    '</body></html>',
  ].join('\n');
}
