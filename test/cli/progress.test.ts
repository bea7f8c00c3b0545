import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { TerminalProgress, describeProgress } from '../../src/cli/progress';
import { formatDuration, formatSize } from '../../src/cli/units';
import { PLANTED_DRAFT, cleanup, copySeeds, crosscheck, crosscheckOnTerminal, screenOf, tempDir, writeFiles } from './helpers';

const MB = 1024 * 1024;

describe('crosscheck CLI: progress on a terminal', () => {
  let dir: string;
  before(() => {
    dir = tempDir();
    copySeeds(dir);
    writeFiles(dir, { 'draft.md': PLANTED_DRAFT });
  });
  after(cleanup);

  it('draws reading, indexing and checking with files and sizes on a terminal, then erases the line', () => {
    const run = crosscheckOnTerminal(['check', '--corpus', 'sources', 'draft.md'], dir, { stdout: 'file' });
    assert.strictEqual(run.code, 1, run.terminal);
    const bytes = (rel: string) => fs.statSync(path.join(dir, rel)).size;
    const sources = fs.readdirSync(path.join(dir, 'sources')).map((f) => bytes(`sources/${f}`));
    const kb = formatSize;
    const corpusSize = kb(sources.reduce((a, b) => a + b, 0));
    const allSize = kb(sources.reduce((a, b) => a + b, 0) + bytes('draft.md'));
    const drawn = run.terminal.split('\r').map((s) => s.trim());
    assert.ok(drawn.some((l) => l.startsWith(`reading 6/6 files, ${allSize} of ${allSize}`)), run.terminal);
    assert.ok(drawn.some((l) => l.startsWith(`indexing 5/5 files, ${corpusSize} of ${corpusSize}`)), run.terminal);
    assert.ok(drawn.some((l) => l.startsWith(`checking 1/1 files, ${kb(bytes('draft.md'))} of ${kb(bytes('draft.md'))}`)), run.terminal);
    assert.ok(!run.terminal.includes('\n'), 'one line, redrawn in place');
    assert.deepStrictEqual(screenOf(run.terminal), [''], 'nothing is left on the screen');
    const plain = crosscheck(['check', '--corpus', 'sources', 'draft.md'], dir);
    assert.strictEqual(run.stdout, plain.stdout, 'the report is the same as off a terminal');
  });

  it('prints nothing on stderr when stderr is not a terminal', () => {
    const run = crosscheck(['check', '--corpus', 'sources', 'draft.md'], dir);
    assert.strictEqual(run.code, 1);
    assert.strictEqual(run.stderr, '');
  });

  it('draws nothing with --no-progress', () => {
    const run = crosscheckOnTerminal(['check', '--no-progress', '--corpus', 'sources', 'draft.md'], dir, { stdout: 'file' });
    assert.strictEqual(run.code, 1);
    assert.strictEqual(run.terminal, '');
  });

  it('prints a skipped file on a line of its own, not over the progress line', () => {
    const skipDir = tempDir();
    copySeeds(skipDir);
    writeFiles(skipDir, { 'draft.md': PLANTED_DRAFT, 'sources/photo.txt': Buffer.from([0x4a, 0x46, 0, 0, 0x49, 0x46]) });
    const run = crosscheckOnTerminal(['check', '--corpus', 'sources', 'draft.md'], skipDir, { stdout: 'file' });
    assert.strictEqual(run.code, 1, run.terminal);
    assert.deepStrictEqual(screenOf(run.terminal), ['crosscheck: skipping sources/photo.txt: binary file (contains NUL bytes)', '']);
  });
});

describe('crosscheck CLI: the progress line', () => {
  const state = { phase: 'indexing', files: 500, totalFiles: 2000, bytes: 20 * MB, totalBytes: 80 * MB };

  it('gives files, sizes, rate and time left', () => {
    assert.strictEqual(describeProgress({ ...state, elapsedMs: 10_000 }), 'indexing 500/2,000 files, 20.0 MB of 80.0 MB, 2.0 MB/s, 30 s left');
    assert.strictEqual(describeProgress({ ...state, bytes: 2 * MB, elapsedMs: 60_000 }), 'indexing 500/2,000 files, 2.0 MB of 80.0 MB, 34 KB/s, 39 min 00 s left');
  });

  it('leaves out rate and time left until they mean something, and time left once done', () => {
    assert.strictEqual(describeProgress({ ...state, elapsedMs: 200 }), 'indexing 500/2,000 files, 20.0 MB of 80.0 MB');
    assert.strictEqual(describeProgress({ ...state, elapsedMs: 700 }), 'indexing 500/2,000 files, 20.0 MB of 80.0 MB, 28.6 MB/s');
    assert.strictEqual(describeProgress({ ...state, files: 2000, bytes: 80 * MB, elapsedMs: 40_000 }), 'indexing 2,000/2,000 files, 80.0 MB of 80.0 MB, 2.0 MB/s');
  });

  it('counts files found while the total is not known yet', () => {
    assert.strictEqual(describeProgress({ phase: 'listing', files: 1234, totalFiles: 0, bytes: 0, totalBytes: 0, elapsedMs: 2000 }), 'listing 1,234 files');
  });

  it('says durations in seconds, minutes and hours, never "0 s" while work remains', () => {
    assert.deepStrictEqual([120, 4_000, 65_000, 3_725_000].map(formatDuration), ['1 s', '4 s', '1 min 05 s', '1 h 02 min']);
  });

  it('redraws at most every 100 ms, always for the last file, and erases what it drew', () => {
    let clock = 0;
    let written = '';
    const progress = new TerminalProgress({ write: (t) => void (written += t), columns: () => 80 }, () => clock);
    progress.phase('checking', 3, 3000);
    const draws = () => written.split('\r').filter((s) => s.trim()).length;
    assert.strictEqual(draws(), 1);
    clock = 50;
    progress.advance(1000);
    assert.strictEqual(draws(), 1, 'too soon to redraw');
    clock = 150;
    progress.advance(1000);
    assert.strictEqual(draws(), 2);
    clock = 160;
    progress.advance(1000);
    assert.strictEqual(draws(), 3, 'the last file is always shown');
    assert.deepStrictEqual(screenOf(written), ['checking 3/3 files, 3 KB of 3 KB']);
    progress.end();
    assert.deepStrictEqual(screenOf(written), ['']);
  });

  it('never draws wider than the terminal', () => {
    let written = '';
    const progress = new TerminalProgress({ write: (t) => void (written += t), columns: () => 20 }, () => 0);
    progress.phase('checking', 2000, 80 * MB);
    assert.deepStrictEqual(screenOf(written), ['checking 0/2,000 fi']);
  });
});
