// Entry point for the Restricted Mode suite: the extension in an untrusted workspace (the launcher's
// second phase opens the workspace with workspace trust on and nobody to grant it).
import * as path from 'path';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const Mocha: typeof import('mocha') = require('mocha/lib/mocha.cjs');

export async function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 120_000, reporter: 'spec' });
  mocha.addFile(path.join(__dirname, 'restricted.test.js'));
  await mocha.loadFilesAsync();
  const failures = await new Promise<number>((resolve) => mocha.run(resolve));
  if (failures > 0) throw new Error(`${failures} Restricted Mode test(s) failed`);
}
