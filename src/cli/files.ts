// File discovery and reading for the CLI: the checked files, the corpus folders, and the one key per file.
//
// Text is the file's bytes decoded as UTF-8 exactly as `fs.readFileSync(path, 'utf8')` does: nothing is
// stripped or normalised, a BOM stays as "\uFEFF" at index 0 and CRLF stays CRLF, so every offset in a
// report is an index into the text any other Node program (or the scorer) reads from the same file.
import * as fs from 'fs';
import * as path from 'path';
import { describeFsError } from './config';
import { Progress } from './progress';
import { formatSize } from './units';

/** A file to check or to use as a source; `path` is its key in the corpus and in every report. */
export interface TextFile {
  path: string;
  text: string;
  /** Its size in bytes as read. */
  bytes: number;
}

/** Everything a check reads: the drafts, the sources, and the sources left out (with why). */
export interface Inputs {
  checked: TextFile[];
  corpus: TextFile[];
  /** Files left out, with why; `corpus` when the file was to be a source. */
  skipped: { path: string; reason: string; corpus: boolean }[];
}

/** An input that cannot be used at all (exit 2); `message` is one line for stderr. */
export class InputError extends Error {}

/** How to read: the size limit, and where notices and progress go. */
export interface ReadOptions {
  maxFileSize: number;
  progress: Progress;
}

const TEXT_FILE = /\.(txt|md)$/i;
/** Share of undecodable characters above which a file is taken for binary rather than mis-encoded text. */
const MAX_INVALID_SHARE = 0.01;

/** A file found on the command line or under a folder, before it is read. */
interface Found {
  path: string;
  /** Given by name as a FILE to check: failing to read it fails the run instead of skipping it. */
  required: boolean;
  checked: boolean;
}

/**
 * Reads the checked files and the corpus. A checked file that is also found under a corpus folder keeps one
 * key (the path as given for the checked file), so the engine compares it with the rest of the corpus only.
 * Unusable corpus files are reported as notices and left out; an unusable checked file throws InputError.
 */
export function collectInputs(files: string[], corpusArgs: string[], opts: ReadOptions): Inputs {
  const inputs: Inputs = { checked: [], corpus: [], skipped: [] };
  const skip = (p: string, reason: string, corpus: boolean) => {
    inputs.skipped.push({ path: p, reason, corpus });
    opts.progress.notice(`crosscheck: skipping ${p}: ${reason}`);
  };

  opts.progress.phase('listing', 0, 0);
  const found = new Map<string, Found>();
  const corpusIds = new Set<string>();
  const list = (arg: string, corpus: boolean, each: (p: string, byName: boolean) => void) => {
    const stat = statOrThrow(arg, corpus ? 'cannot read corpus' : 'cannot read');
    if (!stat.isDirectory()) return each(arg, true);
    const found = listTextFiles(arg, (p, reason) => skip(p, reason, corpus), () => opts.progress.advance(0));
    for (const p of found) each(p, false);
  };
  for (const arg of files) {
    list(arg, false, (p, byName) => {
      const id = identity(p);
      if (!found.has(id)) found.set(id, { path: p, required: byName, checked: true });
    });
  }
  for (const arg of corpusArgs) {
    list(arg, true, (p) => {
      const id = identity(p);
      if (corpusIds.has(id)) return;
      corpusIds.add(id);
      if (!found.has(id)) found.set(id, { path: p, required: false, checked: false });
    });
  }

  // Files over the limit are skipped unread: they count as no work in the progress line.
  const sizes = new Map<string, number>();
  for (const [id, f] of found) {
    const size = sizeOf(f.path);
    sizes.set(id, size > opts.maxFileSize ? 0 : size);
  }
  opts.progress.phase('reading', found.size, [...sizes.values()].reduce((a, b) => a + b, 0));
  const byId = new Map<string, TextFile>();
  for (const [id, f] of found) {
    const read = readText(f.path, opts.maxFileSize);
    opts.progress.advance(sizes.get(id) ?? 0);
    if ('reason' in read) {
      if (f.required) throw new InputError(`cannot check ${f.path}: ${read.reason}`);
      skip(f.path, read.reason, corpusIds.has(id));
      continue;
    }
    const file = { path: f.path, text: read.text, bytes: read.bytes };
    byId.set(id, file);
    if (f.checked) inputs.checked.push(file);
  }
  for (const id of corpusIds) {
    const file = byId.get(id);
    if (file) inputs.corpus.push(file);
  }
  return inputs;
}

type ReadResult = { text: string; bytes: number } | { reason: string };

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
  return { text, bytes: buf.length };
}

/** The .txt and .md files under a folder, sorted; hidden entries and node_modules are not entered. */
export function listTextFiles(root: string, skip: (p: string, reason: string) => void, onFile: () => void = () => {}): string[] {
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
      else if (isFile && TEXT_FILE.test(e.name)) {
        out.push(p);
        onFile();
      }
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

/** The size of a file for the progress line; 0 when it cannot be read (reading it then says why). */
function sizeOf(p: string): number {
  try {
    return fs.statSync(p).size;
  } catch {
    return 0;
  }
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
