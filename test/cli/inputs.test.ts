import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { PLANTED, ROOT, SEEDS, checkJson, claimAt, cleanup, copySeeds, crosscheck, hasStack, tempDir, writeFiles } from './helpers';

const DRAFT = `${PLANTED.conflict}\n\n${PLANTED.unsupported}\n`;

describe('crosscheck CLI: corpus files and config', () => {
  after(cleanup);

  it('skips a binary and an oversized corpus file with one line each and checks against the rest', () => {
    const dir = tempDir();
    copySeeds(dir);
    const big = fs.readFileSync(path.join(ROOT, SEEDS[1]), 'utf8').replace(/8,000/g, '9,000').repeat(12); // ~78 KB
    writeFiles(dir, {
      'draft.md': DRAFT,
      'sources/photo.txt': Buffer.concat([Buffer.from('JFIF'), Buffer.alloc(64), Buffer.from('almost 9,000 people')]),
      'sources/archive/everything.md': big,
      'sources/latin1.txt': Buffer.from(Array.from({ length: 400 }, (_, i) => (i % 3 === 0 ? 0xe9 : 0x61))),
    });
    const run = crosscheck(['check', '--corpus', 'sources', '--max-file-size', '64k', 'draft.md'], dir);
    assert.notStrictEqual(run.code, 2, run.stderr);
    const lines = run.stderr.trim().split('\n');
    assert.strictEqual(lines.length, 3, run.stderr);
    assert.ok(lines.some((l) => /sources\/photo\.txt: .*binary/.test(l)), run.stderr);
    assert.ok(lines.some((l) => /sources\/archive\/everything\.md: .*too large/.test(l)), run.stderr);
    assert.ok(lines.some((l) => /sources\/latin1\.txt: .*not UTF-8/.test(l)), run.stderr);
    assert.ok(!hasStack(run.stderr));
    assert.match(run.stdout, /checked against 5 sources \(3 skipped\)/);

    const { report } = checkJson(['--corpus', 'sources', '--max-file-size', '64k', 'draft.md'], dir);
    const evidencePaths = report.files[0].claims.flatMap((c) => c.evidence.map((e) => e.path));
    assert.ok(evidencePaths.every((p) => p.startsWith('sources/') && !/photo|everything|latin1/.test(p)), evidencePaths.join());
    const conflict = claimAt(report.files[0], DRAFT, PLANTED.conflict);
    assert.ok(conflict, 'the planted 9,000 claim is found');
    assert.strictEqual(conflict.status, 'conflicting');
  });

  it('skips a broken symbolic link in the corpus with a reason', () => {
    const dir = tempDir();
    copySeeds(dir);
    writeFiles(dir, { 'draft.md': DRAFT });
    fs.symlinkSync(path.join(dir, 'gone.txt'), path.join(dir, 'sources', 'moved.txt'));
    const run = crosscheck(['check', '--corpus', 'sources', 'draft.md'], dir);
    assert.notStrictEqual(run.code, 2, run.stderr);
    assert.match(run.stderr, /^crosscheck: skipping sources\/moved\.txt: cannot be read \(no such file or directory\)\n$/);
  });

  it('does not read hidden folders, node_modules or other file types', () => {
    const dir = tempDir();
    copySeeds(dir);
    const planted = 'The offensive has forced almost 9,000 people to flee their homes, officials said.';
    writeFiles(dir, {
      'draft.md': DRAFT,
      'sources/.cache/copy.md': planted,
      'sources/node_modules/pkg/README.md': planted,
      'sources/notes.html': `<p>${planted}</p>`,
    });
    const run = crosscheck(['check', '--corpus', 'sources', 'draft.md'], dir);
    assert.match(run.stdout, /checked against 5 sources;/);
    const { report } = checkJson(['--corpus', 'sources', 'draft.md'], dir);
    const evidencePaths = report.files[0].claims.flatMap((c) => c.evidence.map((e) => e.path));
    assert.ok(evidencePaths.every((p) => !/\.cache|node_modules|notes\.html/.test(p)), evidencePaths.join());
  });

  it('accepts several --corpus paths, folders and single files, without double counting', () => {
    const dir = tempDir();
    copySeeds(dir);
    writeFiles(dir, { 'draft.md': DRAFT });
    const run = crosscheck(['check', '--corpus', 'sources', '--corpus', `sources/${path.basename(SEEDS[0])}`, '--corpus', './sources', 'draft.md'], dir);
    assert.notStrictEqual(run.code, 2, run.stderr);
    assert.match(run.stdout, /1 file checked against 5 sources;/);
  });

  it('checks the .md and .txt files of a folder given as FILE, hidden folders skipped', () => {
    const dir = tempDir();
    copySeeds(dir);
    writeFiles(dir, { 'drafts/a.md': DRAFT, 'drafts/desk/b.txt': DRAFT, 'drafts/.trash/c.md': DRAFT, 'drafts/notes.json': '{}' });
    const { report } = checkJson(['--corpus', 'sources', 'drafts'], dir);
    assert.deepStrictEqual(report.files.map((f) => f.path), ['drafts/a.md', 'drafts/desk/b.txt']);
  });

  it('never uses a checked file that is also in the corpus as its own evidence', () => {
    const dir = tempDir();
    copySeeds(dir);
    writeFiles(dir, { 'sources/draft.md': DRAFT });
    for (const [corpusArg, fileArg] of [
      ['sources', 'sources/draft.md'],
      ['./sources', 'sources/draft.md'],
      [path.join(dir, 'sources'), 'sources/draft.md'],
      ['sources', path.join(dir, 'sources', 'draft.md')],
    ]) {
      const { report } = checkJson(['--corpus', corpusArg, fileArg], dir);
      const file = report.files[0];
      assert.strictEqual(file.path, fileArg, 'the path as given');
      for (const c of file.claims) {
        for (const e of c.evidence) assert.notStrictEqual(path.resolve(dir, e.path), path.join(dir, 'sources', 'draft.md'), `${corpusArg} ${fileArg}: ${c.text}`);
      }
      const unsupported = claimAt(file, DRAFT, PLANTED.unsupported);
      assert.ok(unsupported, 'the planted unsupported claim is found');
      assert.strictEqual(unsupported.status, 'unsupported', `${corpusArg} ${fileArg}: found only in the draft itself`);
    }
  });

  it('checks each seed against the other four only', () => {
    const { report } = checkJson(['--corpus', 'seeds', ...SEEDS]);
    assert.deepStrictEqual(report.files.map((f) => f.path), SEEDS);
    let evidence = 0;
    for (const f of report.files) {
      for (const c of f.claims) {
        for (const e of c.evidence) {
          evidence++;
          assert.notStrictEqual(e.path, f.path);
          assert.ok(SEEDS.includes(e.path), `evidence path ${e.path} is a corpus path as given`);
        }
      }
    }
    assert.ok(evidence > 0, 'the seeds corroborate each other');
  });

  it('honours noisePatterns from --config', () => {
    const dir = tempDir();
    const promo = 'Crosscheck Weekly has been read by 2 million people across 40 countries since 2019.';
    const draft = `${PLANTED.conflict}\n\n${promo}\n`;
    writeFiles(dir, { 'draft.md': draft, 'crosscheck.json': JSON.stringify({ noisePatterns: ['^Crosscheck Weekly has been read'] }) });
    const { report } = checkJson(['--corpus', path.join(ROOT, 'seeds'), '--config', 'crosscheck.json', 'draft.md'], dir);
    const start = draft.indexOf(promo);
    const end = start + promo.length;
    const file = report.files[0];
    assert.ok(file.noise.some((n) => n.start <= start && n.end >= end), `noise: ${JSON.stringify(file.noise)}`);
    assert.ok(file.claims.every((c) => c.end <= start || c.start >= end), 'no claim inside the configured noise');
    assert.ok(claimAt(file, draft, PLANTED.conflict), 'the rest is still checked');
  });

  it('applies noisePatterns to the sources too: a matching source line is never evidence', () => {
    const dir = tempDir();
    const sponsored = 'SPONSORED: Russian President Vladimir Putin arrived in Beijing for a two-day state visit to China.';
    const claim = 'Russian President Vladimir Putin arrived in Beijing for a two-day state visit to China.';
    writeFiles(dir, { 'sources/promo.md': `${sponsored}\n`, 'draft.md': `${claim}\n`, 'crosscheck.json': JSON.stringify({ noisePatterns: ['^sponsored:'] }) });
    const evidenceOf = (args: string[]) => checkJson(args, dir).report.files[0].claims.flatMap((c) => c.evidence.map((e) => e.path));
    assert.ok(evidenceOf(['--corpus', 'sources', 'draft.md']).some((p) => p.endsWith('promo.md')), 'without the pattern the line backs the claim');
    assert.deepStrictEqual(evidenceOf(['--corpus', 'sources', '--config', 'crosscheck.json', 'draft.md']), []);
  });

  // Classic patterns with catastrophic backtracking: each runs in linear time (RE2), so the check simply finishes.
  const catastrophic = ['^(a+)+$', '^(a|a?)+$', '^(a|aa)+$', '(x+x+)+y', '^(\\w+\\s?)*$', '^([a-zA-Z0-9])(([\\-.]|[_]+)?([a-zA-Z0-9]+))*(@){1}[a-z0-9]+[.]{1}(([a-z]{2,3})|([a-z]{2,3}[.]{1}[a-z]{2,3}))$'];
  it('runs patterns with catastrophic backtracking in linear time', () => {
    const dir = tempDir();
    const lines = ['a'.repeat(40) + '!', 'x'.repeat(40) + '!', 'word '.repeat(30) + '!', 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa@aaaa'];
    writeFiles(dir, { 'draft.md': `${PLANTED.conflict}\n\n${lines.join('\n\n')}\n\naaaa\n`, 'crosscheck.json': JSON.stringify({ noisePatterns: catastrophic }) });
    const { report } = checkJson(['--corpus', path.join(ROOT, 'seeds'), '--config', 'crosscheck.json', 'draft.md'], dir);
    // Only the line that one of them matches is noise of the user's kind; the near misses are not.
    assert.deepStrictEqual(report.files[0].noise.filter((n) => n.kind === 'custom').map((n) => n.text), ['aaaa']);
  });

  it('honours maxFileSize from --config, and --max-file-size over it', () => {
    const dir = tempDir();
    copySeeds(dir);
    writeFiles(dir, { 'draft.md': DRAFT, 'small.json': JSON.stringify({ maxFileSize: 4000 }) });
    const small = crosscheck(['check', '--corpus', 'sources', '--config', 'small.json', 'draft.md'], dir);
    assert.strictEqual(small.stderr.trim().split('\n').length, 2, small.stderr); // 001 and 003 are over 4,000 bytes
    assert.match(small.stdout, /against 3 sources \(2 skipped\)/);
    const raised = crosscheck(['check', '--corpus', 'sources', '--config', 'small.json', '--max-file-size', '1M', 'draft.md'], dir);
    assert.strictEqual(raised.stderr, '');
  });

  it('skips files over the extension\'s default crosscheck.maxFileSize, and reads one of exactly that size', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    const limit: number = pkg.contributes.configuration.properties['crosscheck.maxFileSize'].default;
    const dir = tempDir();
    copySeeds(dir);
    const seed = fs.readFileSync(path.join(ROOT, SEEDS[1]), 'utf8');
    const padded = (size: number) => seed + ' '.repeat(size - Buffer.byteLength(seed));
    writeFiles(dir, { 'draft.md': DRAFT, 'sources/at-limit.txt': padded(limit), 'sources/over-limit.txt': padded(limit + 1) });
    const run = crosscheck(['check', '--corpus', 'sources', 'draft.md'], dir);
    assert.notStrictEqual(run.code, 2, run.stderr);
    assert.strictEqual(run.stderr, `crosscheck: skipping sources/over-limit.txt: too large (${(limit / 1048576).toFixed(1)} MB, limit ${(limit / 1048576).toFixed(1)} MB; raise maxFileSize in --config or --max-file-size)\n`);
    assert.match(run.stdout, /checked against 6 sources \(1 skipped\)/);
  });

  const badConfigs: [string, string, RegExp][] = [
    ['invalid JSON', '{ noisePatterns: [ }', /not valid JSON/],
    ['an unknown key', '{"noisePattern": ["x"]}', /unknown key "noisePattern"/],
    ['a pattern that is not a regular expression', '{"noisePatterns": ["(unclosed"]}', /noisePatterns\[0\] "\(unclosed" cannot be used: missing closing \)/],
    ['a back-reference', '{"noisePatterns": ["^x", "(a)\\\\1"]}', /noisePatterns\[1\] .* cannot be used: back-references .* not supported/],
    ['a look-behind', '{"noisePatterns": ["(?<=Sponsored )by"]}', /noisePatterns\[0\] .* cannot be used: look-behind .* not supported/],
    ['a wrong type', '{"maxEvidence": "three"}', /maxEvidence/],
    ['a score out of range', '{"minEvidenceScore": 2}', /minEvidenceScore/],
    ['an array', '[]', /expected a JSON object/],
  ];
  for (const [what, content, message] of badConfigs) {
    it(`exits 2 with one line for a config with ${what}`, () => {
      const dir = tempDir();
      writeFiles(dir, { 'draft.md': DRAFT, 'bad.json': content });
      const r = crosscheck(['check', '--corpus', path.join(ROOT, 'seeds'), '--config', 'bad.json', 'draft.md'], dir);
      assert.strictEqual(r.code, 2);
      assert.strictEqual(r.stdout, '');
      assert.match(r.stderr, /^crosscheck: config bad\.json: /);
      assert.match(r.stderr, message);
      assert.strictEqual(r.stderr.trim().split('\n').length, 1);
    });
  }

  it('exits 2 when the config file is missing', () => {
    const r = crosscheck(['check', '--corpus', 'seeds', '--config', 'no-such-config.json', SEEDS[0]]);
    assert.strictEqual(r.code, 2);
    assert.match(r.stderr, /cannot read config no-such-config\.json: no such file or directory/);
  });
});
