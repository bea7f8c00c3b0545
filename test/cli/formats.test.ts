import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { Report } from '../../src/engine';
import { PLANTED, PLANTED_DRAFT, ROOT, SEEDS, checkJson, claimAt, cleanup, copySeeds, crosscheck, lineCol, tempDir, writeFiles } from './helpers';

const STATUSES = ['corroborated', 'partial', 'conflicting', 'unsupported'];
const RELATIONS = ['supports', 'conflicts', 'quote-differs'];
const NOISE_KINDS = ['related-links', 'read-also', 'comment-prompt', 'newsletter', 'share-follow', 'advertisement', 'copyright', 'editorial-note', 'byline', 'caption', 'dateline', 'navigation', 'poll', 'audio-ai-notice', 'site-blurb', 'custom'];

/** Asserts the DESIGN.md contract on a report; `readText` gives each path's text as read from disk. */
function assertContract(report: Report, readText: (p: string) => string): void {
  // The contract's fields in its order; `summary` (counts) is the one addition, at the end.
  assert.deepStrictEqual(Object.keys(report), ['version', 'files', 'sources', 'summary']);
  assert.strictEqual(report.version, 1);
  const inOrder = (spans: { start: number; end: number }[], what: string) => {
    for (let i = 1; i < spans.length; i++) assert.ok(spans[i - 1].end <= spans[i].start, `${what} sorted by start, not overlapping`);
  };
  for (const f of report.files) {
    assert.deepStrictEqual(Object.keys(f), ['path', 'noise', 'claims', 'summary']);
    const text = readText(f.path);
    for (const n of f.noise) {
      assert.deepStrictEqual(Object.keys(n), ['start', 'end', 'kind', 'text']);
      assert.ok(NOISE_KINDS.includes(n.kind), n.kind);
      assert.strictEqual(text.slice(n.start, n.end), n.text);
    }
    inOrder(f.noise, `${f.path} noise`);
    for (const c of f.claims) {
      assert.deepStrictEqual(Object.keys(c), ['start', 'end', 'text', 'status', 'score', 'facts', 'evidence', 'parts']);
      // Parts: slices of the claim, in order, each with a status and evidence indices into the claim's list.
      assert.ok(c.parts.length >= 1);
      for (const p of c.parts) {
        assert.deepStrictEqual(Object.keys(p), ['start', 'end', 'text', 'status', 'evidence', 'note']);
        assert.strictEqual(text.slice(p.start, p.end), p.text);
        assert.ok(p.start >= c.start && p.end <= c.end, `part ${p.text} inside ${c.text}`);
        assert.ok(STATUSES.includes(p.status), p.status);
        for (const k of p.evidence) assert.ok(Number.isInteger(k) && k >= 0 && k < c.evidence.length, `part evidence index ${k}`);
        if (p.status === 'corroborated') assert.strictEqual(p.note, '');
        else assert.notStrictEqual(p.note, '', `a ${p.status} part says why`);
      }
      inOrder(c.parts, `${c.text} parts`);
      if (c.status === 'conflicting') assert.ok(c.parts.some((p) => p.status === 'conflicting'));
      if (c.status === 'corroborated') assert.ok(c.parts.every((p) => p.status === 'corroborated'));
      assert.strictEqual(text.slice(c.start, c.end), c.text);
      assert.ok(STATUSES.includes(c.status), c.status);
      assert.ok(c.score >= 0 && c.score <= 1, `score ${c.score}`);
      assert.deepStrictEqual(Object.keys(c.facts), ['entities', 'numbers', 'dates', 'quotes']);
      for (const e of c.evidence) {
        assert.deepStrictEqual(Object.keys(e), ['path', 'start', 'end', 'text', 'score', 'relation', 'note']);
        assert.strictEqual(readText(e.path).slice(e.start, e.end), e.text, `evidence ${e.path} ${e.start}`);
        assert.ok(RELATIONS.includes(e.relation), e.relation);
        assert.ok(e.score >= 0 && e.score <= 1, `evidence score ${e.score}`);
        assert.notStrictEqual(e.path, f.path);
      }
      if (c.status === 'conflicting') assert.notStrictEqual(c.evidence[0]?.relation, 'supports', 'the first evidence of a conflicting claim is the conflicting passage');
    }
    inOrder(f.claims, `${f.path} claims`);
  }
  for (const s of report.sources) {
    assert.deepStrictEqual(Object.keys(s), ['path', 'sharedWith']);
    for (const w of s.sharedWith) {
      assert.deepStrictEqual(Object.keys(w), ['path', 'fraction']);
      assert.ok(w.fraction >= 0 && w.fraction <= 1);
    }
  }
}

describe('crosscheck CLI: output formats', () => {
  let dir: string;
  const draftText = () => fs.readFileSync(path.join(dir, 'draft.md'), 'utf8');
  const readIn = (base: string) => (p: string) => fs.readFileSync(path.resolve(base, p), 'utf8');

  before(() => {
    dir = tempDir();
    copySeeds(dir);
    writeFiles(dir, { 'draft.md': PLANTED_DRAFT });
  });
  after(cleanup);

  it('prints the JSON contract for the seeds, every span equal to its slice of the file', () => {
    const { report } = checkJson(['--corpus', 'seeds', ...SEEDS]);
    assertContract(report, readIn(ROOT));
    assert.deepStrictEqual(report.files.map((f) => f.path), SEEDS, 'paths as given on the command line');
    assert.ok(report.files.every((f) => f.claims.length > 0), 'every seed has claims');
    assert.ok(report.sources.some((s) => s.sharedWith.length > 0), 'the wire copy the seeds share is reported');
  });

  it('reports the planted conflict, misquote and unsupported claim in JSON', () => {
    const { run, report } = checkJson(['--corpus', 'sources', 'draft.md'], dir);
    assert.strictEqual(run.code, 1);
    assertContract(report, readIn(dir));
    const file = report.files[0];
    assert.strictEqual(file.path, 'draft.md');
    const text = draftText();
    const conflict = claimAt(file, text, PLANTED.conflict);
    assert.strictEqual(conflict?.status, 'conflicting');
    assert.strictEqual(conflict.evidence[0].relation, 'conflicts');
    assert.match(conflict.evidence[0].path, /^sources\/00[13]_/);
    assert.strictEqual(claimAt(file, text, PLANTED.year)?.status, 'conflicting');
    const misquote = claimAt(file, text, PLANTED.misquote);
    assert.strictEqual(misquote?.status, 'conflicting');
    assert.strictEqual(misquote.evidence[0].relation, 'quote-differs');
    assert.strictEqual(claimAt(file, text, PLANTED.unsupported)?.status, 'unsupported');
    assert.notStrictEqual(claimAt(file, text, PLANTED.supported)?.status, 'unsupported');
  });

  it('counts claims per status in the JSON summary, over the run and per file', () => {
    const run = checkJson(['--corpus', 'sources', 'draft.md', 'sources/' + path.basename(SEEDS[2])], dir);
    const { report } = run;
    const count = (claims: { status: string }[]) => {
      const c: Record<string, number> = { claims: claims.length, corroborated: 0, partial: 0, conflicting: 0, unsupported: 0 };
      for (const x of claims) c[x.status]++;
      return c;
    };
    const json = report as unknown as { summary: Record<string, number>; files: { summary: Record<string, number>; claims: { status: string }[] }[] };
    assert.strictEqual(json.files.length, 2);
    for (const f of json.files) {
      assert.deepStrictEqual(Object.keys(f.summary), ['claims', 'corroborated', 'partial', 'conflicting', 'unsupported']);
      assert.deepStrictEqual(f.summary, count(f.claims));
    }
    assert.deepStrictEqual(Object.keys(json.summary), ['checkedFiles', 'corpusFiles', 'skippedFiles', 'claims', 'corroborated', 'partial', 'conflicting', 'unsupported']);
    assert.ok(json.summary.conflicting > 0 && json.summary.corroborated > 0, 'the planted draft has both');
    assert.deepStrictEqual(json.summary, { checkedFiles: 2, corpusFiles: 5, skippedFiles: 0, ...count(json.files.flatMap((f) => f.claims)) });
  });

  it('prints numbers as written, without binary floating-point noise', () => {
    const numDir = tempDir();
    writeFiles(numDir, {
      'sources/council.md': 'The council approved a budget of $4.1 million for road repairs on Tuesday, the mayor said. Council tax will rise by 4.9% next year.\n',
      'draft.md': 'The council approved a budget of $4.1 million for road repairs on Tuesday, the mayor said.\n\nCouncil tax will rise by 0.7% next year, the mayor said.\n',
    });
    const run = crosscheck(['check', '--format', 'json', '--corpus', 'sources', 'draft.md'], numDir);
    assert.ok(run.code === 0 || run.code === 1, run.stderr);
    const report = JSON.parse(run.stdout) as Report;
    const numbers = report.files[0].claims.flatMap((c) => c.facts.numbers);
    assert.strictEqual(numbers.find((n) => n.text.includes('4.1 million'))?.value, 4_100_000, JSON.stringify(numbers));
    assert.strictEqual(numbers.find((n) => n.text.includes('0.7'))?.value, 0.7, JSON.stringify(numbers));
    // 17 significant digits is how JavaScript prints a number that is not the decimal it was meant to be.
    const noisy = run.stdout.match(/-?\d*\.\d*(?:0{6,}[1-9]\d*|9{6,}\d*)\b/g);
    assert.strictEqual(noisy, null, `noise in ${noisy}`);
    const sarif = crosscheck(['check', '--format', 'sarif', '--corpus', 'sources', 'draft.md'], numDir);
    assert.strictEqual(sarif.stdout.match(/\d\.\d{16,}/g), null);
  });

  it('prints path:line:col: severity: message lines and a summary', () => {
    const run = crosscheck(['check', '--corpus', 'sources', 'draft.md'], dir);
    assert.strictEqual(run.code, 1);
    const lines = run.stdout.trimEnd().split('\n');
    const summary = lines.pop()!;
    assert.match(summary, /^1 file checked against 5 sources; \d+ claims: \d+ corroborated, \d+ partial, \d+ conflicting, \d+ unsupported; \d+ errors?, \d+ warnings?$/);
    for (const l of lines) assert.match(l, /^draft\.md:\d+:\d+: (error|warning|note): \S/);

    const { report } = checkJson(['--corpus', 'sources', 'draft.md'], dir);
    const text = draftText();
    const at = (quote: string) => `draft.md:${lineCol(text, claimAt(report.files[0], text, quote)!.start)}: `;
    assert.ok(lines.some((l) => l.startsWith(`${at(PLANTED.conflict)}error: conflicting claim: `)), run.stdout);
    assert.ok(lines.some((l) => l.startsWith(`${at(PLANTED.misquote)}error: misquote: `)), run.stdout);
    assert.ok(lines.some((l) => l.startsWith(`${at(PLANTED.unsupported)}warning: unsupported claim`)), run.stdout);
    const sourceRef = lines.find((l) => l.startsWith(at(PLANTED.conflict)))!.match(/\(source: (sources\/[^:]+):(\d+):(\d+)\)$/);
    assert.ok(sourceRef, 'a conflict names the source passage');
  });

  it('notes claims backed only by text the documents share', () => {
    const { report } = checkJson(['--corpus', 'seeds', SEEDS[0]]);
    const shared = report.sources.find((s) => s.path === SEEDS[0])?.sharedWith ?? [];
    assert.ok(shared.length > 0, `${SEEDS[0]} carries wire copy also in another seed`);
    const run = crosscheck(['check', '--corpus', 'seeds', SEEDS[0]]);
    assert.match(run.stdout, new RegExp(`^${SEEDS[0].replace(/\./g, '\\.')}:\\d+:\\d+: note: .*same origin`, 'm'));
  });

  it('notes a claim backed by two documents that carry the same wire copy', () => {
    const wireDir = tempDir();
    const wire =
      'Russian forces have pressed an offensive in the Kharkiv region that began last week, forcing almost 8,000 people to flee their homes, regional officials said on Friday. The governor said shelling had hit two villages near the border overnight. Evacuation buses left Vovchansk every two hours, according to the regional administration.';
    writeFiles(wireDir, {
      'sources/ledger.txt': `Kharkiv offensive widens\n\n${wire}\n\nThe Daily Ledger will follow the story as it develops, with reporting from our correspondent in Kyiv who visited the area last month.\n`,
      'sources/courier.txt': `Families flee the border\n\n${wire}\n\nVolunteers in Kharkiv city said the main shelter was full by Thursday evening and asked for blankets, food and drinking water.\n`,
      'draft.md': 'The governor said shelling had hit two villages near the border overnight.\n',
    });
    const run = crosscheck(['check', '--corpus', 'sources', 'draft.md'], wireDir);
    assert.match(run.stdout, /^draft\.md:1:1: note: .*2 documents carrying the same text \(sources\/(courier|ledger)\.txt, sources\/(courier|ledger)\.txt\)/m);
  });

  it('keeps offsets into the file as read, BOM and CRLF included, and shows editor columns', () => {
    const bomDir = tempDir();
    const draft = '\uFEFF' + [PLANTED.conflict, '', 'Putin’s visit — “a show of unity” 🇨🇳🇷🇺 — was planned for weeks.', '', PLANTED.unsupported, ''].join('\r\n');
    writeFiles(bomDir, { 'bom.txt': draft });
    const { report } = checkJson(['--corpus', path.join(ROOT, 'seeds'), 'bom.txt'], bomDir);
    const text = fs.readFileSync(path.join(bomDir, 'bom.txt'), 'utf8');
    assert.strictEqual(text.charCodeAt(0), 0xfeff, 'Node keeps the BOM');
    for (const c of report.files[0].claims) assert.strictEqual(text.slice(c.start, c.end), c.text);
    const conflict = claimAt(report.files[0], text, PLANTED.conflict);
    assert.ok(conflict && conflict.start >= 1, 'offsets count the BOM');
    const run = crosscheck(['check', '--corpus', path.join(ROOT, 'seeds'), 'bom.txt'], bomDir);
    assert.ok(run.stdout.includes(`bom.txt:${lineCol(text, conflict.start)}: error:`), run.stdout);
    const unsupported = claimAt(report.files[0], text, PLANTED.unsupported)!;
    assert.ok(run.stdout.includes(`bom.txt:5:${lineCol(text, unsupported.start).split(':')[1]}: warning:`), run.stdout);
  });

  it('prints a SARIF 2.1.0 log with the four rules and one result per finding', () => {
    const run = crosscheck(['check', '--corpus', 'sources', '--format', 'sarif', 'draft.md'], dir);
    assert.strictEqual(run.code, 1, run.stderr);
    const log = JSON.parse(run.stdout);
    assert.strictEqual(log.version, '2.1.0');
    assert.match(log.$schema, /sarif-2\.1\.0/);
    assert.strictEqual(log.runs.length, 1);
    const sarifRun = log.runs[0];
    assert.strictEqual(sarifRun.tool.driver.name, 'crosscheck');
    const ruleIds = sarifRun.tool.driver.rules.map((r: { id: string }) => r.id);
    assert.deepStrictEqual([...ruleIds].sort(), ['conflicting-claim', 'misquote', 'partial-claim', 'unsupported-claim']);
    for (const r of sarifRun.tool.driver.rules) assert.ok(r.shortDescription.text && ['error', 'warning'].includes(r.defaultConfiguration.level));
    assert.ok(sarifRun.originalUriBaseIds.SRCROOT.uri.startsWith('file:///'));

    const { report } = checkJson(['--corpus', 'sources', 'draft.md'], dir);
    const text = draftText();
    const findings = report.files[0].claims.filter((c) => c.status !== 'corroborated');
    assert.strictEqual(sarifRun.results.length, findings.length);
    const byStart = new Map<string, string>();
    for (const res of sarifRun.results) {
      assert.strictEqual(ruleIds[res.ruleIndex], res.ruleId);
      assert.ok(['error', 'warning'].includes(res.level));
      assert.ok(res.message.text.length > 0);
      const loc = res.locations[0].physicalLocation;
      assert.deepStrictEqual(loc.artifactLocation, { uri: 'draft.md', uriBaseId: 'SRCROOT' });
      const { startLine, startColumn, endLine, endColumn } = loc.region;
      assert.ok(startLine >= 1 && startColumn >= 1 && endLine >= startLine && (endLine > startLine || endColumn > startColumn));
      byStart.set(`${startLine}:${startColumn}`, res.ruleId);
      for (const rel of res.relatedLocations) {
        assert.match(rel.physicalLocation.artifactLocation.uri, /^sources\/00\d_[0-9a-f]+\.txt$/);
        assert.ok(rel.physicalLocation.region.startLine >= 1);
        assert.ok(rel.message.text.length > 0);
      }
    }
    const ruleAt = (quote: string) => byStart.get(lineCol(text, claimAt(report.files[0], text, quote)!.start));
    assert.strictEqual(ruleAt(PLANTED.conflict), 'conflicting-claim');
    assert.strictEqual(ruleAt(PLANTED.misquote), 'misquote');
    assert.strictEqual(ruleAt(PLANTED.unsupported), 'unsupported-claim');
  });

  it('prints a valid SARIF log with no results when there is nothing to report', () => {
    const quiet = tempDir();
    writeFiles(quiet, { 'quiet.md': 'Advertisement\n' });
    const run = crosscheck(['check', '--corpus', path.join(ROOT, 'seeds'), '--format', 'sarif', 'quiet.md'], quiet);
    assert.strictEqual(run.code, 0);
    const log = JSON.parse(run.stdout);
    assert.strictEqual(log.version, '2.1.0');
    assert.deepStrictEqual(log.runs[0].results, []);
  });
});
