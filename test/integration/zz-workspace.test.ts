// Runs last (files load in name order): Crosscheck never changed a file of the workspace.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { snapshotWorkspace } from './helpers';
import { session } from './session';

describe('the workspace after the session', function () {
  it('has every file unchanged (Crosscheck writes only .crosscheck/)', async () => {
    assert.ok(session.workspaceBefore, 'no snapshot was taken before the tests');
    const after = await snapshotWorkspace();
    assert.deepStrictEqual([...after.keys()].sort(), [...session.workspaceBefore.keys()].sort());
    for (const [path, hash] of session.workspaceBefore) assert.strictEqual(after.get(path), hash, `${path} changed`);
    assert.ok(session.workspaceBefore.size >= 8, `only ${session.workspaceBefore.size} files in the workspace`);
    assert.deepStrictEqual(vscode.workspace.textDocuments.filter((d) => d.isDirty && d.uri.scheme === 'file').map((d) => d.uri.path), []);
  });
});
