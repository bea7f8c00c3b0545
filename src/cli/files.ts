// File discovery and reading for the CLI: the checked files, the corpus folders, and the one key per file.
//
// Text is the file's bytes decoded as UTF-8 exactly as `fs.readFileSync(path, 'utf8')` does: nothing is
// stripped or normalised, a BOM stays as "\uFEFF" at index 0 and CRLF stays CRLF, so every offset in a
// report is an index into the text any other Node program (or the scorer) reads from the same file.
import * as fs from 'fs';
import * as path from 'path';
import { describeFsError } from './config';

/** A file to check or to use as a source; `path` is its key in the corpus and in every report. */
export interface TextFile {
  path: string;
  text: string;
}

/** Everything a check reads: the drafts, the sources, and the sources left out (with why). */
export interface Inputs {
  checked: TextFile[];
  corpus: TextFile[];
  skipped: { path: string; reason: string }[];
}

/** An input that cannot be used at all (exit 2); `message` is one line for stderr. */
export class InputError extends Error {}

const TEXT_FILE = /\.(txt|md)$/i;
/** Share of undecodable characters above which a file is taken for binary rather than mis-encoded text. */
const MAX_INVALID_SHARE = 0.01;

/**
 * Reads the checked files and the corpus. A checked file that is also found under a corpus folder keeps one
 * key (the path as given for the checked file), so the engine compares it with the rest of the corpus only.
 * Unusable corpus files are reported through `warn` and left out; an unusable checked file throws InputError.
 */
export function collectInputs(files: string[], corpusArgs: string[], maxFileSize: number, warn: (line: string) => void): Inputs {
  const inputs: Inputs = { checked: [], corpus: [], skipped: [] };
  const checkedByIdentity = new Map<string, TextFile>();
  const skip = (p: string, reason: string) => {
    inputs.skipped.push({ path: p, reason });
    warn(`crosscheck: skipping ${p}: ${reason}`);
  };

  for (const arg of files) {
    const stat = statOrThrow(arg, 'cannot read');
    if (stat.isDirectory()) {
      for (const p of listTextFiles(arg, skip)) addChecked(p, readText(p, maxFileSize), (reason) => skip(p, reason));
    } else {
      addChecked(arg, readText(arg, maxFileSize), (reason) => { throw new InputError(`cannot check ${arg}: ${reason}`); });
    }
  }

  const corpusSeen = new Set<string>();
  for (const arg of corpusArgs) {
    const stat = statOrThrow(arg, 'cannot read corpus');
    const candidates = stat.isDirectory() ? listTextFiles(arg, skip) : [arg];
    for (const p of candidates) {
      const id = identity(p);
      if (corpusSeen.has(id)) continue;
      corpusSeen.add(id);
      const checked = checkedByIdentity.get(id);
      if (checked) {
        inputs.corpus.push(checked);
        continue;
      }
      const read = readText(p, maxFileSize);
      if ('reason' in read) skip(p, read.reason);
      else inputs.corpus.push({ path: p, text: read.text });
    }
  }
  return inputs;

  function addChecked(p: string, read: ReadResult, fail: (reason: string) => void): void {
    if ('reason' in read) return fail(read.reason);
    const id = identity(p);
    if (checkedByIdentity.has(id)) return;
    const file = { path: p, text: read.text };
    checkedByIdentity.set(id, file);
    inputs.checked.push(file);
  }
}

type ReadResult = { text: string } | { reason: string };

/** Reads one file as text, or says in a few words why it is not usable text. */
export function readText(file: string, maxFileSize: number): ReadResult {
  let buf: Buffer;
  try {
    const size = fs.statSync(file).size;
    if (size > maxFileSize) return { reason: tooLarge(size, maxFileSize) };
    buf = fs.readFileSync(file);
  } catch (err) {
    return { reason: `cannot be read (${describeFsError(err)})` };
  }
  if (buf.length > maxFileSize) return { reason: tooLarge(buf.length, maxFileSize) };
  if (buf.includes(0)) return { reason: 'binary file (contains NUL bytes)' };
  const text = buf.toString('utf8');
  const invalid = count(text, '\uFFFD') - countBytes(buf, Buffer.from('\uFFFD', 'utf8'));
  if (invalid > 0 && invalid / Math.max(1, text.length) > MAX_INVALID_SHARE) {
    return { reason: `not UTF-8 text (${invalid} invalid byte sequences)` };
  }
  return { text };
}

/** The .txt and .md files under a folder, sorted; hidden entries and node_modules are not entered. */
export function listTextFiles(root: string, skip: (p: string, reason: string) => void): string[] {
  const out: string[] = [];
  const visited = new Set<string>();
  const walk = (dir: string) => {
    const id = identity(dir);
    if (visited.has(id)) return; // a symbolic link back up the tree
    visited.add(id);
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch (err) {
      return skip(dir, `folder cannot be read (${describeFsError(err)})`);
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (e.name.startsWith('.') || e.name === 'node_modules') continue;
      const p = path.join(dir, e.name);
      let isDir = e.isDirectory();
      let isFile = e.isFile();
      if (e.isSymbolicLink()) {
        try {
          const st = fs.statSync(p);
          isDir = st.isDirectory();
          isFile = st.isFile();
        } catch (err) {
          if (TEXT_FILE.test(e.name)) skip(p, `cannot be read (${describeFsError(err)})`);
          continue;
        }
      }
      if (isDir) walk(p);
      else if (isFile && TEXT_FILE.test(e.name)) out.push(p);
    }
  };
  walk(root);
  return out;
}

function statOrThrow(p: string, what: string): fs.Stats {
  try {
    return fs.statSync(p);
  } catch (err) {
    throw new InputError(`${what} ${p}: ${describeFsError(err)}`);
  }
}

/** The same file reached by two spellings (./a.md, a.md, a symlink) gets one identity. */
function identity(p: string): string {
  try {
    return fs.realpathSync(p);
  } catch {
    return path.resolve(p);
  }
}

function tooLarge(size: number, limit: number): string {
  return `too large (${formatSize(size)}, limit ${formatSize(limit)}; raise maxFileSize in --config or --max-file-size)`;
}

/** "2.0 MB", "512 KB", "100 bytes". */
export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

function count(text: string, ch: string): number {
  let n = 0;
  for (let i = text.indexOf(ch); i >= 0; i = text.indexOf(ch, i + 1)) n++;
  return n;
}

function countBytes(buf: Buffer, seq: Buffer): number {
  let n = 0;
  for (let i = buf.indexOf(seq); i >= 0; i = buf.indexOf(seq, i + seq.length)) n++;
  return n;
}
