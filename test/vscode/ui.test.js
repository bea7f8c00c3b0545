// The UI test: a user's session with the packaged extension in a real VS Code (code-server), driven
// through the workbench with Playwright. The expected claims come from the CLI's JSON output for the
// same draft and corpus, so the editor and the CLI are checked against each other.
// Run by test/vscode/run-in-code-server.js (phase "ui"); screenshots go to test-output/ui/, and with
// CROSSCHECK_UPDATE_SCREENSHOTS=1 the README's (hover, problems, report) go to media/screenshots/.
'use strict';

const assert = require('assert');
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const { ROOT, Session } = require('./code-server');

const VSIX = process.env.CROSSCHECK_VSIX || path.join(ROOT, 'crosscheck.vsix');
const CLI = path.join(ROOT, 'bin/crosscheck.js');
const DRAFT = 'putin-beijing-draft.md';
const OUTPUT = path.join(ROOT, 'test-output/ui');
const README_SCREENSHOTS = process.env.CROSSCHECK_UPDATE_SCREENSHOTS === '1' ? path.join(ROOT, 'media/screenshots') : null;
const STEP_MS = 30_000; // limit for any single wait on the UI

/** The CLI's report for the draft, against the same workspace the editor indexes. */
function cliReport(workspace, draft) {
  const run = spawnSync(process.execPath, [CLI, 'check', '--format', 'json', '--corpus', workspace, draft], { encoding: 'utf8' });
  assert.ok(run.status === 0 || run.status === 1, `crosscheck check exited ${run.status}: ${run.stderr}`);
  return JSON.parse(run.stdout).files[0];
}

/** 1-based line and column of a string offset, as VS Code shows them. */
function position(text, offset) {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

/** The rectangle around some bounding boxes, with a margin, inside the 1400x900 page. */
function around(boxes, margin = 16) {
  const x = Math.max(0, Math.min(...boxes.map((b) => b.x)) - margin);
  const y = Math.max(0, Math.min(...boxes.map((b) => b.y)) - margin);
  const right = Math.min(1400, Math.max(...boxes.map((b) => b.x + b.width)) + margin);
  const bottom = Math.min(900, Math.max(...boxes.map((b) => b.y + b.height)) + margin);
  return { x, y, width: right - x, height: bottom - y };
}

function words(text) {
  return text.toLowerCase().replace(/[‘’]/g, "'").replace(/[“”]/g, '"').match(/[\p{L}\p{N}]+/gu) || [];
}

/** True when three consecutive words of `passage` appear in `shown`: the snippet is there. */
function showsSnippetOf(shown, passage) {
  const haystack = ` ${words(shown).join(' ')} `;
  const w = words(passage);
  for (let i = 0; i + 3 <= w.length; i++) {
    if (haystack.includes(` ${w.slice(i, i + 3).join(' ')} `)) return true;
  }
  return false;
}

/** The outlet a source's dateline names ("BEIJING (AP) —"), read here independently of the extension. */
function datelineOutlet(text) {
  return (/^[A-Z][A-Z .,'-]+\(([A-Za-z]+)\) [—–-]/m.exec(text) || [])[1];
}

/** The words "X here" of a note on a difference ("number differs: four-day here, two-day in the source"). */
function differingWords(note) {
  return (/: “?(.+?)”? here,/.exec(note) || [])[1];
}

/** The label of the status bar's Problems item ("Errors: 3, Warnings: 2, Infos: 1"). */
async function problemCounts(page) {
  return page.evaluate(() => document.querySelector('[id="status.problems"]')?.getAttribute('aria-label') || '');
}

describe('Crosscheck in the VS Code UI (code-server, packaged .vsix)', function () {
  let session;
  let page;
  let report;
  let draftText;

  async function screenshot(name, { readme, clip } = {}) {
    fs.mkdirSync(OUTPUT, { recursive: true });
    await page.screenshot({ path: path.join(OUTPUT, `${name}.png`) });
    if (readme && README_SCREENSHOTS) {
      fs.mkdirSync(README_SCREENSHOTS, { recursive: true });
      await page.screenshot({ path: path.join(README_SCREENSHOTS, `${name}.png`), clip });
    }
  }

  /** Runs a command from the command palette by its title. */
  async function runCommand(title) {
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget .quick-input-box input');
    await input.waitFor({ state: 'visible', timeout: STEP_MS });
    await input.fill(`>${title}`);
    await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: title }).waitFor({ timeout: STEP_MS });
    await page.keyboard.press('Enter');
  }

  /** Puts the cursor of the active editor at a line and column (Go to Line). */
  async function goTo({ line, column }) {
    await page.keyboard.press('Control+G');
    const input = page.locator('.quick-input-widget .quick-input-box input');
    await input.waitFor({ state: 'visible', timeout: STEP_MS });
    await input.fill(`:${line}:${column}`);
    await page.keyboard.press('Enter');
    await page.locator('.statusbar-item', { hasText: `Ln ${line}, Col ${column}` }).waitFor({ timeout: STEP_MS });
  }

  function claimsWith(status) {
    return report.claims.filter((c) => c.status === status);
  }

  before(async function () {
    this.timeout(180_000);
    // Its own workspace: the seeds and one draft with planted errors, so no other draft is evidence.
    session = new Session({ workspaceFrom: [[path.join(ROOT, 'seeds'), 'seeds'], path.join(__dirname, 'demo')], label: 'crosscheck-ui' });
    const draftPath = path.join(session.workspaceDir, DRAFT);
    draftText = fs.readFileSync(draftPath, 'utf8');
    report = cliReport(session.workspaceDir, draftPath);
    for (const status of ['corroborated', 'conflicting', 'unsupported']) {
      assert.ok(claimsWith(status).length > 0, `the CLI finds no ${status} claim in ${DRAFT}; the UI test needs one`);
    }
    await session.installExtension(VSIX);
    await session.start();
    ({ page } = await session.openWorkbench());
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: DRAFT }).waitFor({ timeout: 60_000 });
  });

  after(async function () {
    this.timeout(30_000);
    if (session) await session.dispose();
  });

  it('opens a draft with Quick Open', async function () {
    await page.keyboard.press('Control+P');
    const input = page.locator('.quick-input-widget .quick-input-box input');
    await input.waitFor({ state: 'visible', timeout: STEP_MS });
    await input.fill(DRAFT);
    await page.locator('.quick-input-list .monaco-list-row', { hasText: DRAFT }).first().waitFor({ timeout: STEP_MS });
    await page.keyboard.press('Enter');
    await page.locator(`.tab.active[aria-label*="${DRAFT}"]`).waitFor({ timeout: STEP_MS });
    await page.locator('.monaco-editor .view-lines', { hasText: 'Putin' }).first().waitFor({ timeout: STEP_MS });
  });

  it('highlights the claims and counts the findings the CLI reports', async function () {
    const errors = claimsWith('conflicting').length;
    const warnings = claimsWith('unsupported').length;
    // Default severities: conflicting claims are errors, unsupported claims warnings.
    const problems = page.locator('#status\\.problems');
    await page.waitForFunction(([e, w]) => {
      const label = document.querySelector('[id="status.problems"]')?.getAttribute('aria-label') || '';
      return new RegExp(`Errors: ${e}\\b`).test(label) && new RegExp(`Warnings: ${w}\\b`).test(label);
    }, [errors, warnings], { timeout: 60_000 }).catch(async (err) => {
      throw new Error(`status bar problems: "${await problems.getAttribute('aria-label')}", expected ${errors} errors and ${warnings} warnings (${err.message})`);
    });
    const highlighted = page.locator('.monaco-editor .view-overlays .cdr[class*="ced-"]');
    const gutterIcons = page.locator('.monaco-editor .cgmr[class*="ced-"]');
    await highlighted.first().waitFor({ timeout: STEP_MS });
    assert.ok(await highlighted.count() >= report.claims.length, `${await highlighted.count()} highlighted ranges for ${report.claims.length} claims`);
    assert.ok(await gutterIcons.count() > 0, 'no gutter icons');
    await screenshot('annotations');
  });

  async function hoverClaim(claim) {
    // Put the cursor inside the claim's first word, then move the mouse onto the cursor.
    await goTo(position(draftText, claim.start + 2));
    await page.mouse.move(5, 5);
    const cursor = page.locator('.monaco-editor.focused .cursors-layer .cursor').first();
    const box = await cursor.boundingBox();
    await page.mouse.move(box.x + 2, box.y + box.height / 2, { steps: 3 });
    const hover = page.locator('.monaco-editor .monaco-hover:not(.hidden)', { hasText: 'Crosscheck' });
    await hover.first().waitFor({ state: 'visible', timeout: STEP_MS });
    return hover.first();
  }

  it('marks the differing words of a contradicted claim more strongly than its sentence', async function () {
    const claim = claimsWith('conflicting')[0];
    const part = claim.parts.find((p) => p.status === 'conflicting');
    const words = differingWords(part.note);
    assert.ok(words, `no differing words in the note "${part.note}"`);
    const start = draftText.indexOf(words, part.start);
    assert.ok(start >= 0 && start < part.end, `"${words}" is not in the part`);
    // The x extent of the words: the cursor before and after them.
    const cursor = page.locator('.monaco-editor.focused .cursors-layer .cursor').first();
    await goTo(position(draftText, start));
    const from = await cursor.boundingBox();
    await goTo(position(draftText, start + words.length));
    const to = await cursor.boundingBox();
    await page.keyboard.press('Escape');
    // Decorations cannot be read back through the API: find them in the DOM by their theme colour.
    const marks = await page.evaluate(() => {
      const colour = (name) => {
        const probe = document.createElement('div');
        probe.style.backgroundColor = `var(--vscode-crosscheck-${name})`;
        document.querySelector('.monaco-workbench').appendChild(probe);
        const value = getComputedStyle(probe).backgroundColor;
        probe.remove();
        return value;
      };
      const fact = colour('conflictingFactBackground');
      const sentence = colour('conflictingBackground');
      const boxes = (value) => [...document.querySelectorAll('.monaco-editor .view-overlays .cdr')]
        .filter((el) => getComputedStyle(el).backgroundColor === value)
        .map((el) => { const r = el.getBoundingClientRect(); return { x: r.x, y: r.y, width: r.width, height: r.height }; });
      return { fact: boxes(fact), sentence: boxes(sentence), colours: [fact, sentence] };
    });
    const onLine = (b) => Math.abs(b.y + b.height / 2 - (from.y + from.height / 2)) < from.height;
    const mark = marks.fact.find((b) => onLine(b) && Math.abs(b.x - from.x) <= 3 && Math.abs(b.x + b.width - to.x) <= 3);
    assert.ok(mark, `no strong mark over "${words}" (x ${from.x}–${to.x}); marks: ${JSON.stringify(marks)}`);
    const shade = marks.sentence.find((b) => onLine(b) && b.width > mark.width * 3);
    assert.ok(shade, `the sentence around "${words}" is not shaded: ${JSON.stringify(marks.sentence)}`);
    assert.notStrictEqual(marks.colours[0], marks.colours[1], 'the words and the sentence look the same');
    await screenshot('fact-highlight', { clip: around([mark, shade], 24) });
  });

  it('names the sources of a contradicted claim by outlet and headline in its hover card, without scores', async function () {
    const claim = claimsWith('conflicting')[0];
    const hover = await hoverClaim(claim);
    const text = await hover.innerText();
    const first = claim.evidence[0];
    assert.ok(showsSnippetOf(text, first.text), `hover lacks a snippet of "${first.text}":\n${text}`);
    assert.match(text, /Contradicted/, `hover does not say the claim is contradicted:\n${text}`);
    assert.match(text, /contradicts it/, `hover does not name the relation:\n${text}`);
    // Both sides of the contradicted fact, with their sources counted: the sources' value and the draft's.
    const part = claim.parts.find((p) => p.status === 'conflicting');
    const words = differingWords(part.note);
    const sides = new RegExp(`Who says what: .+?: \\d+ sources?(?: \\(\\d+ independent\\))? · “?${words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}”?, as here: (?:no source|\\d+ sources?)`);
    assert.match(text, sides, `hover does not say who says what:\n${text}`);
    assert.doesNotMatch(text, /score|\b0\.\d\d\b/, 'a raw score is shown');
    // Among the passages: the AP copy, named by the outlet of its dateline, and a seed by its headline.
    const sources = [...new Set(claim.evidence.map((e) => e.path))].map((p) => fs.readFileSync(path.isAbsolute(p) ? p : path.join(session.workspaceDir, p), 'utf8'));
    const outlets = sources.map(datelineOutlet).filter(Boolean);
    assert.ok(outlets.length > 0, 'the test needs a source with a dateline outlet');
    assert.ok(outlets.some((o) => text.includes(`${o}: `)), `hover lacks the outlet ${outlets.join(', ')}:\n${text}`);
    const headline = sources.map((t) => t.split('\n')[0]).find((h) => h.split(' ').length >= 4 && !h.endsWith('.'));
    if (headline) assert.ok(text.includes(headline.slice(0, 30)), `hover lacks the headline "${headline}":\n${text}`);
    const line = page.locator('.monaco-editor.focused .view-overlays .current-line').first();
    const gutter = page.locator('.monaco-editor.focused .margin').first();
    const boxes = [await hover.boundingBox(), await line.boundingBox()];
    const left = (await gutter.boundingBox()).x;
    await screenshot('hover', { readme: true, clip: around([...boxes, { ...boxes[1], x: left, width: 1 }]) });
    await page.keyboard.press('Escape');
  });

  it('shows the supporting sources in the hover card of a corroborated claim', async function () {
    await page.keyboard.press('Escape');
    const claim = claimsWith('corroborated')[0];
    const hover = await hoverClaim(claim);
    const text = await hover.innerText();
    assert.ok(claim.evidence.some((e) => showsSnippetOf(text, e.text)), `hover shows no snippet of the evidence:\n${text}`);
    assert.match(text, /Corroborated/);
    assert.match(text, /strong match|partial match/, text);
    await screenshot('hover-corroborated');
    await page.keyboard.press('Escape');
  });

  it('lists the unsupported claims in the Problems panel', async function () {
    await page.mouse.move(5, 5);
    await runCommand('View: Focus Problems (Errors, Warnings, Infos)');
    const panel = page.locator('.markers-panel');
    await panel.locator('.monaco-list-row').first().waitFor({ timeout: STEP_MS });
    await runCommand('View: Toggle Maximized Panel');
    try {
      for (const claim of claimsWith('unsupported')) {
        const { line, column } = position(draftText, claim.start);
        // The claim's own row names the source and code; its related-information rows only a location.
        const row = panel.locator('.monaco-list-row', { hasText: 'crosscheck' })
          .filter({ hasText: 'unsupported-claim' }).filter({ hasText: `[Ln ${line}, Col ${column}]` });
        await row.first().waitFor({ timeout: STEP_MS }).catch(async () => {
          await screenshot('problems-failed');
          const rows = await panel.locator('.monaco-list-row').allInnerTexts();
          throw new Error(`no unsupported-claim row at [Ln ${line}, Col ${column}] for "${claim.text}"; rows:\n${rows.join('\n')}`);
        });
      }
      const rows = await panel.locator('.monaco-list-row').evaluateAll((els) => els.map((e) => {
        const r = e.getBoundingClientRect();
        return { x: r.x, y: r.y, width: r.width, height: r.height };
      }));
      const header = await page.locator('.part.panel .composite.title').boundingBox();
      await screenshot('problems', { readme: true, clip: around([header, ...rows], 8) });
    } finally {
      await runCommand('View: Toggle Maximized Panel');
      await runCommand('View: Toggle Panel Visibility');
    }
  });

  let chosen;
  it('shows ranked passages for a selection with "Crosscheck: Corroborate Selection"', async function () {
    const claim = claimsWith('corroborated')[0];
    await page.locator(`.tab[aria-label*="${DRAFT}"]`).click();
    await page.mouse.move(700, 600); // away from the tab, whose tooltip would cover the results
    await goTo(position(draftText, claim.start));
    for (let i = 0; i < claim.end - claim.start; i++) await page.keyboard.press('Shift+ArrowRight');
    await runCommand('Crosscheck: Corroborate Selection');
    const rows = page.locator('.quick-input-widget .quick-input-list .monaco-list-row');
    await rows.first().waitFor({ timeout: STEP_MS });
    const shown = await rows.allInnerTexts();
    const sources = new Set(claim.evidence.map((e) => path.basename(e.path)));
    assert.ok(shown.some((r) => [...sources].some((s) => r.includes(s))), `no row names one of ${[...sources]}:\n${shown.join('\n')}`);
    assert.ok(claim.evidence.some((e) => shown.some((r) => showsSnippetOf(r, e.text))), `no row shows a snippet:\n${shown.join('\n')}`);
    assert.ok(!shown.some((r) => /\b0\.\d\d\b/.test(r)), `a raw score in the palette:\n${shown.join('\n')}`);
    chosen = [...sources].find((s) => shown[0].includes(s)) || shown[0];
    await screenshot('corroborate-selection');
  });

  it('opens the chosen passage beside the draft, in view, leaving the Problems unchanged', async function () {
    assert.ok(chosen, 'no result to choose');
    const before = await problemCounts(page);
    assert.match(before, /Errors: \d+/);
    await page.keyboard.press('Enter');
    await page.locator(`.tab.active[aria-label*="${chosen}"]`).waitFor({ timeout: STEP_MS });
    assert.strictEqual(await page.locator('.editor-group-container').count(), 2, 'the passage did not open beside the draft');
    const selection = page.locator('.monaco-editor.focused .selected-text');
    await selection.first().waitFor({ timeout: STEP_MS });
    // The passage is on screen: its selection lies inside the editor, not columns off to the right.
    const editor = await page.locator('.monaco-editor.focused').boundingBox();
    const selected = await selection.first().boundingBox();
    assert.ok(selected.x >= editor.x && selected.x + Math.min(selected.width, 50) <= editor.x + editor.width, `selection at x ${selected.x}, editor ${editor.x}–${editor.x + editor.width}`);
    // The extension took it as a source to read: had it scheduled the file as a draft, the status bar would say
    // "checking…" and then its findings. (The integration suite waits for the extension to be idle and checks
    // that no entry appears; the UI has no such event, so no fixed wait here.)
    await page.locator('.statusbar-item', { hasText: 'Crosscheck: source, not checked' }).waitFor({ timeout: STEP_MS });
    assert.strictEqual(await problemCounts(page), before, 'opening the source changed the Problems counts');
    await screenshot('passage-beside');
  });

  it('shows the report of the draft as a rendered page with the picture of its sources', async function () {
    await page.locator(`.tab[aria-label*="${DRAFT}"]`).first().click();
    await page.mouse.move(700, 600);
    await runCommand('Crosscheck: Show Report for Current Document');
    const title = `Crosscheck: ${DRAFT}`;
    await page.locator(`.tab.active[aria-label*="${title}"]`).waitFor({ timeout: STEP_MS });
    assert.strictEqual(await page.locator(`.tab[aria-label*="${DRAFT}.md"]`).count(), 0, 'a "….md.md" tab');
    const view = page.locator('iframe.webview.ready').last().contentFrame().locator('#active-frame').contentFrame();
    await view.locator('h1', { hasText: 'Crosscheck report' }).waitFor({ timeout: STEP_MS });
    const conflicting = claimsWith('conflicting').length;
    assert.ok(await view.locator('.finding.conflicting').count() === conflicting, 'one finding per contradicted claim');
    const marked = await view.locator('mark.fact.conflicting').allInnerTexts();
    const expected = claimsWith('conflicting').map((c) => differingWords(c.parts.find((p) => p.status === 'conflicting').note)).filter(Boolean);
    for (const w of expected) assert.ok(marked.includes(w), `"${w}" is not marked in the report: ${marked.join(', ')}`);
    assert.ok(await view.locator('table.matrix td.cell.contradicts').count() > 0, 'no contradicting source in the table');
    assert.ok(await view.locator('table.matrix td.cell.backs').count() > 0, 'no backing source in the table');
    assert.ok(await view.locator('svg.origins .edge').count() > 0, 'no shared text drawn between the seeds');
    const raw = await view.locator('body').innerText();
    assert.ok(!raw.includes('\\_'), 'escaped Markdown shown as text');
    const frame = await page.locator('iframe.webview.ready').last().boundingBox();
    await screenshot('report', { readme: true, clip: { x: frame.x, y: frame.y, width: Math.min(frame.width, 1400 - frame.x), height: Math.min(frame.height, 900 - frame.y) } });
  });
});
