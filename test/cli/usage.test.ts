import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { ROOT, SEEDS, cleanup, crosscheck, hasStack, tempDir, writeFiles } from './helpers';

describe('crosscheck CLI: usage and exit codes', () => {
  after(cleanup);

  it('prints help with the check synopsis and exits 0', () => {
    for (const args of [['--help'], ['-h'], ['check', '--help']]) {
      const r = crosscheck(args);
      assert.strictEqual(r.code, 0, args.join(' '));
      assert.match(r.stdout, /crosscheck check \[--corpus PATH\]\.\.\. \[--format text\|json\|sarif\] \[--config FILE\] FILE\.\.\./);
      assert.strictEqual(r.stderr, '');
    }
  });

  it('prints the package version and exits 0', () => {
    const { version } = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    const r = crosscheck(['--version']);
    assert.strictEqual(r.code, 0);
    assert.strictEqual(r.stdout.trim(), version);
  });

  const usageErrors: [string, string[], RegExp][] = [
    ['no arguments', [], /no command/],
    ['an unknown command', ['lint', SEEDS[0]], /unknown command "lint"/],
    ['an unknown option', ['check', '--strict', SEEDS[0]], /unknown option --strict/],
    ['an unknown format', ['check', '--format', 'xml', SEEDS[0]], /unknown format "xml"/],
    ['--corpus without a value', ['check', SEEDS[0], '--corpus'], /--corpus needs a value/],
    ['no FILE to check', ['check', '--corpus', 'seeds'], /no FILE/],
    ['a bad --max-file-size', ['check', '--max-file-size', 'lots', SEEDS[0]], /--max-file-size/],
  ];
  for (const [what, args, message] of usageErrors) {
    it(`exits 2 with one line on stderr for ${what}`, () => {
      const r = crosscheck(args);
      assert.strictEqual(r.code, 2);
      assert.strictEqual(r.stdout, '');
      assert.match(r.stderr, message);
      assert.strictEqual(r.stderr.trim().split('\n').length, 1, r.stderr);
      assert.ok(!hasStack(r.stderr), r.stderr);
    });
  }

  it('exits 2 naming the file when a checked file cannot be read', () => {
    const r = crosscheck(['check', '--corpus', 'seeds', 'drafts/missing-draft.md']);
    assert.strictEqual(r.code, 2);
    assert.strictEqual(r.stdout, '');
    assert.match(r.stderr, /^crosscheck: cannot read drafts\/missing-draft\.md: no such file or directory\n$/);
  });

  it('exits 2 naming the file when a checked file is binary', () => {
    const dir = tempDir();
    writeFiles(dir, { 'scan.md': Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02, 0xff, 0x00]) });
    const r = crosscheck(['check', '--corpus', path.join(ROOT, 'seeds'), 'scan.md'], dir);
    assert.strictEqual(r.code, 2);
    assert.match(r.stderr, /scan\.md.*binary/);
    assert.strictEqual(r.stderr.trim().split('\n').length, 1);
  });

  it('exits 2 when a --corpus path does not exist', () => {
    const r = crosscheck(['check', '--corpus', 'no-such-sources', SEEDS[0]]);
    assert.strictEqual(r.code, 2);
    assert.match(r.stderr, /cannot read corpus no-such-sources: no such file or directory/);
    assert.ok(!hasStack(r.stderr));
  });

  describe('with no source to check against', () => {
    const draft = 'The new Russian offensive around Kharkiv has forced almost 9,000 people to flee their homes.\n';
    const noSources = (args: string[], files: Record<string, string | Buffer>) => {
      const dir = tempDir();
      writeFiles(dir, { 'draft.md': draft, ...files });
      const r = crosscheck(['check', ...args, 'draft.md'], dir);
      assert.strictEqual(r.code, 2, r.stdout + r.stderr);
      assert.strictEqual(r.stdout, '', 'no claim is reported against nothing');
      assert.ok(!hasStack(r.stderr));
      return r.stderr;
    };

    it('exits 2 when no --corpus is given', () => {
      assert.strictEqual(noSources([], {}), 'crosscheck: no sources to check against: no --corpus given (crosscheck check --corpus FOLDER FILE...)\n');
    });

    it('exits 2 when the corpus folder holds no article', () => {
      assert.strictEqual(noSources(['--corpus', 'sources'], { 'sources/notes.json': '{}' }), 'crosscheck: no sources to check against: no .md or .txt file in sources\n');
    });

    it('exits 2 when every corpus file is skipped, after saying why for each', () => {
      const stderr = noSources(['--corpus', 'sources'], { 'sources/scan.txt': Buffer.from([0x25, 0x50, 0, 1]), 'sources/photo.md': Buffer.from([0xff, 0, 0xd8]) });
      assert.deepStrictEqual(stderr.trimEnd().split('\n'), [
        'crosscheck: skipping sources/photo.md: binary file (contains NUL bytes)',
        'crosscheck: skipping sources/scan.txt: binary file (contains NUL bytes)',
        'crosscheck: no sources to check against: every .md or .txt file in sources was skipped (see above)',
      ]);
    });

    it('exits 2 when the only corpus file is the checked file', () => {
      assert.strictEqual(noSources(['--corpus', '.'], {}), 'crosscheck: no sources to check against: . holds only the file being checked, draft.md\n');
    });
  });

  it('exits 0 when the draft holds only boilerplate', () => {
    const dir = tempDir();
    writeFiles(dir, { 'empty.md': 'Advertisement\n\nLeave a Reply\n\nYour email address will not be published. Required fields are marked *\n' });
    const r = crosscheck(['check', '--corpus', path.join(ROOT, 'seeds'), 'empty.md'], dir);
    assert.strictEqual(r.code, 0, r.stdout + r.stderr);
  });

  it('exits 0 for a draft whose claims all appear in the sources', () => {
    const dir = tempDir();
    writeFiles(dir, {
      'backed.md':
        'Vladimir Putin has arrived in Beijing for a two-day state visit to China, in a show of unity between the authoritarian allies as Russia presses forward with a new offensive in Ukraine.\n\n' +
        'An honour guard from the People’s Liberation Army, the armed wing of China’s ruling Communist Party, met Putin as he descended from his plane as dawn broke on Thursday.\n',
    });
    const r = crosscheck(['check', '--corpus', path.join(ROOT, 'seeds'), 'backed.md'], dir);
    assert.strictEqual(r.code, 0, r.stdout + r.stderr);
  });

  it('exits 1 when the draft has an unsupported or conflicting claim', () => {
    const dir = tempDir();
    writeFiles(dir, { 'draft.md': 'The new Russian offensive around Kharkiv has forced almost 9,000 people to flee their homes.\n' });
    const r = crosscheck(['check', '--corpus', path.join(ROOT, 'seeds'), 'draft.md'], dir);
    assert.strictEqual(r.code, 1, r.stdout + r.stderr);
  });
});
