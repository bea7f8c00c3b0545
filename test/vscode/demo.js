#!/usr/bin/env node
// `npm run demo`: the packaged extension in a real VS Code (code-server) on 127.0.0.1, with a
// throwaway workspace holding a copy of seeds/ and a sample draft. Stop it with Ctrl-C.
'use strict';

const path = require('path');
const { parseArgs } = require('util');
const { ROOT, Session, installCleanupHandlers, finish, interrupted } = require('./code-server');

const DRAFT = 'putin-beijing-draft.md';

async function main() {
  const { values } = parseArgs({ options: {
    vsix: { type: 'string', default: path.join(ROOT, 'crosscheck.vsix') },
    port: { type: 'string', default: process.env.PORT || '' },
  } });
  installCleanupHandlers(() => console.log('\n[demo] stopping code-server'), { signalIsNormalStop: true });
  const session = new Session({
    label: 'crosscheck-demo',
    workspaceFrom: [[path.join(ROOT, 'seeds'), 'seeds'], path.join(__dirname, 'demo')],
  });
  const ext = await session.installExtension(path.resolve(values.vsix));
  await session.start({ port: values.port ? Number(values.port) : undefined });
  const draft = session.remoteUri(path.join(session.workspaceDir, DRAFT));
  // Readable rather than fully escaped: the temp paths hold no characters that need it.
  const url = `http://${session.host}/?folder=${encodeURI(session.workspaceDir)}` +
    `&payload=${encodeURI(JSON.stringify([['openFile', draft]]))}`;
  console.log(`[demo] ${ext.id}@${ext.version} installed; workspace ${session.workspaceDir}`);
  console.log(`[demo] open ${url}`);
  console.log('[demo] (the draft opens with it; Ctrl-C stops the server and removes the workspace)');
  const { code, signal } = await session.serverExited;
  if (interrupted()) return 0;
  console.error(`[demo] code-server exited (code ${code}, signal ${signal}); log: ${session.serverLog}`);
  return 1;
}

main().then(finish, (err) => {
  console.error(`[demo] ${err.message || err}`);
  finish(1);
});
