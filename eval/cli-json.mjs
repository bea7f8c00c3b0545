// Shared by the evaluation scripts: the built CLI (`dist/cli.js`) run in process for its JSON report, and the
// places a gold string stands in a text.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { main } = await import(path.join(root, 'dist', 'cli.js'));

/** Runs `crosscheck check --corpus … --format json FILE…` in this process and returns the parsed report. */
export async function checkJson(corpus, files) {
  let out = '';
  const write = process.stdout.write.bind(process.stdout);
  const ewrite = process.stderr.write.bind(process.stderr);
  process.stdout.write = (s) => { out += s; return true; };
  process.stderr.write = () => true;
  try {
    await main(['check', ...corpus.flatMap((c) => ['--corpus', c]), '--format', 'json', ...files]);
  } finally {
    process.stdout.write = write;
    process.stderr.write = ewrite;
  }
  return JSON.parse(out);
}

/** Every [start, end) where q stands in text. */
export function occurrences(text, q) {
  const out = [];
  for (let i = text.indexOf(q); i >= 0; i = text.indexOf(q, i + 1)) out.push([i, i + q.length]);
  return out;
}
