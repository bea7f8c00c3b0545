import * as assert from 'assert';
import { cleanup, crosscheck, crosscheckOnTerminal, tempDir, writeFiles } from './helpers';

const ESC = /\x1b\[[0-9;]*m/g;
const strip = (s: string) => s.replace(ESC, '');
const hasColor = (s: string) => /\x1b\[[0-9;]*m/.test(s);
/** The terminal turns \n into \r\n. */
const fromTerminal = (s: string) => s.replace(/\r\n/g, '\n');

describe('crosscheck CLI: colours', () => {
  let dir: string;
  let plain: string;
  const args = ['check', '--corpus', 'sources', 'draft.md'];
  before(() => {
    dir = tempDir();
    // Small on purpose: one source, one contradicted claim (an error) and one unsupported (a warning).
    writeFiles(dir, {
      'sources/council.md': 'The council approved the budget by 27 votes to 14 on Tuesday, council clerk Anna Reyes said.\n',
      'draft.md': 'The council approved the budget by 29 votes to 14 on Tuesday, council clerk Anna Reyes said.\n\nThe mayor has promised a new library for the east of the city by 2027.\n',
    });
    plain = crosscheck(args, dir).stdout;
  });
  after(cleanup);

  it('colours the text report on a terminal: errors red, warnings yellow, the same text underneath', () => {
    const run = crosscheckOnTerminal([...args, '--no-progress'], dir, { stdout: 'terminal' });
    assert.strictEqual(run.code, 1);
    const shown = fromTerminal(run.terminal);
    assert.match(shown, /\x1b\[31merror\x1b\[39m/);
    assert.match(shown, /\x1b\[33mwarning\x1b\[39m/);
    assert.strictEqual(strip(shown), plain);
  });

  it('prints no colour when stdout is not a terminal', () => {
    assert.ok(!hasColor(plain), plain);
    assert.match(plain, /: error: /);
  });

  it('colours a pipe with --color, and not a terminal with --no-color', () => {
    const forced = crosscheck([...args, '--color'], dir);
    assert.ok(hasColor(forced.stdout));
    assert.strictEqual(strip(forced.stdout), plain);
    const off = crosscheckOnTerminal([...args, '--no-color', '--no-progress'], dir, { stdout: 'terminal' });
    assert.ok(!hasColor(off.terminal), off.terminal);
    assert.strictEqual(fromTerminal(off.terminal), plain);
  });

  it('honours NO_COLOR on a terminal, unless --color says otherwise', () => {
    const noColor = crosscheckOnTerminal([...args, '--no-progress'], dir, { stdout: 'terminal', env: { NO_COLOR: '1' } });
    assert.ok(!hasColor(noColor.terminal), noColor.terminal);
    const flag = crosscheckOnTerminal([...args, '--no-progress', '--color'], dir, { stdout: 'terminal', env: { NO_COLOR: '1' } });
    assert.ok(hasColor(flag.terminal));
  });

  it('honours FORCE_COLOR in a pipe, and TERM=dumb on a terminal', () => {
    assert.ok(hasColor(crosscheck(args, dir, { FORCE_COLOR: '1' }).stdout));
    assert.ok(!hasColor(crosscheck(args, dir, { FORCE_COLOR: '0' }).stdout));
    const dumb = crosscheckOnTerminal([...args, '--no-progress'], dir, { stdout: 'terminal', env: { TERM: 'dumb' } });
    assert.ok(!hasColor(dumb.terminal), dumb.terminal);
  });

  it('never colours JSON or SARIF', () => {
    for (const format of ['json', 'sarif']) {
      const run = crosscheck([...args, '--format', format, '--color'], dir);
      assert.ok(!hasColor(run.stdout), format);
      assert.doesNotThrow(() => JSON.parse(run.stdout));
    }
  });
});
