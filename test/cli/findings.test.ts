import * as assert from 'assert';
import type { Claim, Report } from '../../src/engine';
import { INVENTED, PARTIAL, PLANTED, PLANTED_DRAFT, ROOT, SEEDS, checkJson, claimAt, cleanup, copySeeds, crosscheck, crosscheckOnTerminal, lineCol, tempDir, writeFiles } from './helpers';

/** The parts of a claim that are not backed, as the engine reports them. */
const unbacked = (c: Claim) => c.parts.filter((p) => p.status !== 'corroborated');
const oneLine = (t: string) => t.replace(/\s+/g, ' ').trim();

describe('crosscheck CLI: findings', () => {
  let dir: string;
  let report: Report;
  const draft = `# Putin in Beijing\n\n${PARTIAL}\n`;
  before(() => {
    dir = tempDir();
    copySeeds(dir);
    writeFiles(dir, { 'draft.md': draft, 'planted.md': `${PLANTED_DRAFT}\n${PARTIAL}\n` });
    report = checkJson(['--corpus', 'sources', 'draft.md'], dir).report;
  });
  after(cleanup);

  it('reports a partial claim as a finding that names the part no source backs, and exits 1', () => {
    const claim = claimAt(report.files[0], draft, PARTIAL)!;
    assert.strictEqual(claim?.status, 'partial');
    const parts = unbacked(claim);
    assert.ok(parts.length > 0 && parts.every((p) => p.note !== ''), 'the engine says why each part is not backed');
    assert.ok(parts.some((p) => p.text.includes(INVENTED)), `the invented fact is in an unbacked part: ${JSON.stringify(claim.parts)}`);
    assert.ok(report.files[0].claims.every((c) => c.status === 'corroborated' || c.status === 'partial'), 'nothing else to report');

    const run = crosscheck(['check', '--corpus', 'sources', 'draft.md'], dir);
    assert.strictEqual(run.code, 1, 'an invented fact does not pass silently');
    const named = parts.map((p) => `"${oneLine(p.text)}": ${p.note}`).join('; ');
    const line = `draft.md:${lineCol(draft, parts[0].start)}: warning: partial claim: ${named}`;
    assert.ok(run.stdout.split('\n').includes(line), `expected\n${line}\nin\n${run.stdout}`);
  });

  it('names the unbacked part in SARIF, located at that part', () => {
    const run = crosscheck(['check', '--format', 'sarif', '--corpus', 'sources', 'draft.md'], dir);
    assert.strictEqual(run.code, 1);
    const parts = unbacked(claimAt(report.files[0], draft, PARTIAL)!);
    const results = JSON.parse(run.stdout).runs[0].results;
    assert.strictEqual(results.length, 1);
    const [result] = results;
    assert.strictEqual(result.ruleId, 'partial-claim');
    assert.strictEqual(result.level, 'warning');
    for (const p of parts) assert.ok(result.message.text.includes(`"${oneLine(p.text)}": ${p.note}`), result.message.text);
    const region = result.locations[0].physicalLocation.region;
    assert.strictEqual(`${region.startLine}:${region.startColumn}`, lineCol(draft, parts[0].start));
    assert.strictEqual(region.snippet.text, parts[0].text);
  });

  it('leaves partial claims out with --show conflicting,unsupported (exit 0 when nothing else)', () => {
    const run = crosscheck(['check', '--show', 'conflicting,unsupported', '--corpus', 'sources', 'draft.md'], dir);
    assert.strictEqual(run.code, 0, run.stdout);
    assert.doesNotMatch(run.stdout, /partial claim/);
    assert.match(run.stdout, /; no findings$/m);
  });

  it('reports only the statuses --show names', () => {
    const claims = checkJson(['--corpus', 'sources', 'planted.md'], dir).report.files[0].claims;
    for (const [show, kinds] of [['partial', ['partial claim']], ['unsupported', ['unsupported claim']], ['conflicting', ['conflicting claim', 'misquote']]] as const) {
      const run = crosscheck(['check', '--quiet', '--show', show, '--corpus', 'sources', 'planted.md'], dir);
      const lines = run.stdout === '' ? [] : run.stdout.trimEnd().split('\n');
      assert.strictEqual(lines.length, claims.filter((c) => c.status === show).length, `${show}:\n${run.stdout}`);
      assert.ok(lines.every((l) => kinds.some((k) => l.includes(`: ${k}: `))), `${show}:\n${run.stdout}`);
    }
  });

  it('rejects an unknown status in --show with one line', () => {
    const run = crosscheck(['check', '--show', 'partial,invented', '--corpus', 'sources', 'draft.md'], dir);
    assert.strictEqual(run.code, 2);
    assert.strictEqual(run.stdout, '');
    assert.match(run.stderr, /^crosscheck: --show: unknown status "invented" .*\n$/);
  });

  it('prints the findings only with --quiet: no notes, no summary', () => {
    const full = crosscheck(['check', '--corpus', 'seeds', SEEDS[0]]);
    const quiet = crosscheck(['check', '--quiet', '--corpus', 'seeds', SEEDS[0]]);
    assert.strictEqual(quiet.code, full.code);
    const fullLines = full.stdout.trimEnd().split('\n');
    assert.ok(fullLines.some((l) => l.includes(': note: ')), 'the seed has notes to leave out');
    assert.deepStrictEqual(quiet.stdout.trimEnd().split('\n'), fullLines.filter((l) => / (error|warning): /.test(l)));
    assert.ok(quiet.stdout.length > 0);
  });

  it('prints nothing with --quiet when there is nothing to report', () => {
    const quietDir = tempDir();
    writeFiles(quietDir, { 'ad.md': 'Advertisement\n' });
    const run = crosscheck(['check', '-q', '--corpus', `${ROOT}/seeds`, 'ad.md'], quietDir);
    assert.strictEqual(run.code, 0);
    assert.strictEqual(run.stdout, '');
  });

  it('draws no progress line with --quiet on a terminal', () => {
    const run = crosscheckOnTerminal(['check', '--quiet', '--corpus', 'sources', 'draft.md'], dir, { stdout: 'file' });
    assert.strictEqual(run.code, 1);
    assert.strictEqual(run.terminal, '');
    assert.match(run.stdout, /^draft\.md:\d+:\d+: warning: partial claim: /);
  });

  it('quotes claims whole, never cut mid-word', () => {
    const run = crosscheck(['check', '--corpus', 'sources', 'planted.md'], dir);
    assert.ok(PLANTED.unsupported.length > 60, 'longer than the old cut');
    assert.ok(run.stdout.includes(`unsupported claim: no other source backs "${PLANTED.unsupported}"`), run.stdout);
    assert.doesNotMatch(run.stdout, /…/);

    const seeds = crosscheck(['check', '--corpus', 'seeds', SEEDS[0]]);
    const claimTexts = new Set(checkJson(['--corpus', 'seeds', SEEDS[0]]).report.files[0].claims.map((c) => oneLine(c.text)));
    const quoted = [...seeds.stdout.matchAll(/: (?:note: "(.*)" is backed|no other source backs "(.*)")/g)].map((m) => m[1] ?? m[2]);
    assert.ok(quoted.length > 0, seeds.stdout);
    for (const q of quoted) assert.ok(claimTexts.has(q), `quoted whole: ${q}`);
  });

  describe('a fact the sources disagree on', () => {
    let council: string;
    const wire = 'The city council approved a budget of $412 million on Tuesday, raising the property tax by 4.9% for the coming year, the treasurer said.\n\n'
      + 'Council members voted 27-14 after a debate that lasted into the evening, with several members calling the rise unavoidable.\n';
    const claim = 'The council approved a budget raising the property tax by 3.9% for the coming year.';
    before(() => {
      council = tempDir();
      writeFiles(council, {
        'sources/wire-a.txt': wire,
        'sources/wire-b.txt': `Local news\n\n${wire}`,
        'sources/gazette.txt': 'Councillors on Tuesday backed a budget of $412 million, raising the property tax by 3.9% for the coming year, the city treasurer said.\n',
        'draft.md': `# Budget\n\n${claim}\n`,
      });
    });

    it('reports it as a finding of its own kind with both sides and their outlets, and exits 1', () => {
      const run = crosscheck(['check', '--corpus', 'sources', 'draft.md'], council);
      assert.strictEqual(run.code, 1, run.stderr);
      const text = `# Budget\n\n${claim}\n`;
      const line = `draft.md:${lineCol(text, text.indexOf('3.9%'))}: warning: disputed fact: the sources disagree on “3.9%”: 3.9% in 1 outlet, as here; 4.9% in 2 outlets (1 independent source)`;
      assert.ok(run.stdout.split('\n').includes(line), `expected\n${line}\nin\n${run.stdout}`);
    });

    it('carries both sides in JSON and SARIF, and leaves them out when --show does not name disputed', () => {
      const { report } = checkJson(['--corpus', 'sources', 'draft.md'], council);
      const d = report.files[0].claims[0].disputes;
      assert.deepStrictEqual(d?.map((x) => x.sides.map((s) => [s.text, s.claim, s.paths.map((p) => p.replace(/\\/g, '/')).sort(), s.independent])),
        [[['3.9%', true, ['sources/gazette.txt'], 1], ['4.9%', false, ['sources/wire-a.txt', 'sources/wire-b.txt'], 1]]]);
      const sarif = JSON.parse(crosscheck(['check', '--format', 'sarif', '--corpus', 'sources', 'draft.md'], council).stdout);
      assert.deepStrictEqual(sarif.runs[0].results.map((r: { ruleId: string }) => r.ruleId), ['disputed-fact']);
      const quiet = crosscheck(['check', '--show', 'conflicting,unsupported,partial', '--corpus', 'sources', 'draft.md'], council);
      assert.strictEqual(quiet.code, 0, quiet.stdout);
      assert.doesNotMatch(quiet.stdout, /disputed/);
    });
  });
});
