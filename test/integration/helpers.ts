// Helpers for the integration tests: the extension's API, the test drafts, waiting on events.
import * as assert from 'assert';
import { createHash } from 'crypto';
import * as vscode from 'vscode';
import type { CrosscheckApi } from '../../src/extension/extension';

export const extensionId = 'crosscheck.crosscheck';

export async function api(): Promise<CrosscheckApi> {
  const ext = vscode.extensions.getExtension<CrosscheckApi>(extensionId);
  assert.ok(ext, `extension ${extensionId} is not installed`);
  const exported = await ext.activate();
  await exported.ready;
  return exported;
}

export function folder(): vscode.WorkspaceFolder {
  const f = vscode.workspace.workspaceFolders?.[0];
  assert.ok(f, 'the tests need a workspace folder');
  return f;
}

/** A file of the test workspace by name (seeds and drafts are copied into it). */
export async function workspaceFile(name: string): Promise<vscode.Uri> {
  const found = await vscode.workspace.findFiles(`**/${name}`, '**/node_modules/**', 2);
  assert.strictEqual(found.length, 1, `expected one ${name} in the workspace, found ${found.length}`);
  return found[0];
}

export async function openArticle(name: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(await workspaceFile(name));
  return vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.One, preview: false });
}

/** The range of a phrase in a document (the first occurrence). */
export function rangeOf(doc: vscode.TextDocument, phrase: string): vscode.Range {
  const at = doc.getText().indexOf(phrase);
  assert.ok(at >= 0, `"${phrase}" is not in ${doc.uri.path}`);
  return new vscode.Range(doc.positionAt(at), doc.positionAt(at + phrase.length));
}

/** Resolves with the first value of `event` that passes `test`; `check` runs first and may resolve at once. */
export function waitFor<T>(event: vscode.Event<T>, test: (value: T | undefined) => boolean, what: string, timeoutMs = 60_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`));
    }, timeoutMs);
    const sub = event((v) => {
      if (test(v)) {
        clearTimeout(timer);
        sub.dispose();
        resolve();
      }
    });
    if (test(undefined)) {
      clearTimeout(timer);
      sub.dispose();
      resolve();
    }
  });
}

export function crosscheckDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'crosscheck');
}

/** The Crosscheck diagnostic on the phrase: its range (the words the finding is about) overlaps the phrase. */
export function diagnosticAt(doc: vscode.TextDocument, phrase: string): vscode.Diagnostic | undefined {
  const r = rangeOf(doc, phrase);
  return crosscheckDiagnostics(doc.uri).find((d) => {
    const common = d.range.intersection(r);
    return !!common && !common.isEmpty;
  });
}

/** Resolves when a tab with this label is open (in any group), rejects after a while naming the tabs there are. */
export function waitForTab(label: string, timeoutMs = 60_000): Promise<vscode.Tab> {
  const find = () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.label === label);
  return new Promise((resolve, reject) => {
    const subs: vscode.Disposable[] = [];
    const done = (tab: vscode.Tab) => {
      clearTimeout(timer);
      subs.forEach((d) => d.dispose());
      resolve(tab);
    };
    const timer = setTimeout(() => {
      subs.forEach((d) => d.dispose());
      reject(new Error(`timed out after ${timeoutMs} ms waiting for the tab "${label}"; tabs: ${vscode.window.tabGroups.all.flatMap((g) => g.tabs).map((t) => t.label).join(', ')}`));
    }, timeoutMs);
    const check = () => {
      const tab = find();
      if (tab) done(tab);
    };
    subs.push(vscode.window.tabGroups.onDidChangeTabs(check), vscode.window.tabGroups.onDidChangeTabGroups(check));
    check();
  });
}

/** Every Crosscheck diagnostic in the window, by document. */
export function allCrosscheckDiagnostics(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [uri, list] of vscode.languages.getDiagnostics()) {
    const ours = list.filter((d) => d.source === 'crosscheck').map((d) => `${d.range.start.line}:${d.range.start.character} ${d.message}`);
    if (ours.length) out.set(uri.toString(), ours);
  }
  return out;
}

export function codeOf(d: vscode.Diagnostic | undefined): string | undefined {
  if (!d) return undefined;
  return typeof d.code === 'object' ? String(d.code.value) : d.code === undefined ? undefined : String(d.code);
}

export async function textAt(location: vscode.Location): Promise<string> {
  const doc = await vscode.workspace.openTextDocument(location.uri);
  return doc.getText(location.range);
}

export function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))
    .join('\n');
}

/** Content hashes of every file of the workspace except Crosscheck's own .crosscheck/ folder. */
export async function snapshotWorkspace(): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const walk = async (dir: vscode.Uri, rel: string) => {
    for (const [name, type] of await vscode.workspace.fs.readDirectory(dir)) {
      if (rel === '' && name === '.crosscheck') continue;
      const uri = vscode.Uri.joinPath(dir, name);
      const path = rel ? `${rel}/${name}` : name;
      if (type & vscode.FileType.Directory) await walk(uri, path);
      else out.set(path, createHash('sha256').update(await vscode.workspace.fs.readFile(uri)).digest('hex'));
    }
  };
  for (const f of vscode.workspace.workspaceFolders ?? []) await walk(f.uri, f.name);
  return out;
}

/** Closes an editor without saving and without a prompt. */
export async function revertAndClose(doc: vscode.TextDocument): Promise<void> {
  await vscode.window.showTextDocument(doc, { preview: false });
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
}
