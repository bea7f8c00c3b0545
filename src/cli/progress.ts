// Progress of a long check on a terminal: one line on stderr, redrawn in place, erased when the check ends.
// Only drawn when stderr is a terminal; in a pipe or a log file a run prints nothing but its report and notices.
import { formatCount, formatDuration, formatSize } from './units';

/** Where a check reports how far it is, and prints notices (skipped files) without garbling the line. */
export interface Progress {
  /** A new phase ("reading", "indexing", "checking") over this many files and bytes; 0 files when not yet known. */
  phase(name: string, totalFiles: number, totalBytes: number): void;
  /** One more file done, of this many bytes. */
  advance(bytes: number): void;
  /** A notice line for stderr. */
  notice(line: string): void;
  /** Erases the progress line (before the report is printed). */
  end(): void;
}

/** How far a phase is, as numbers. */
export interface ProgressState {
  phase: string;
  files: number;
  totalFiles: number;
  bytes: number;
  totalBytes: number;
  elapsedMs: number;
}

/** Rates and estimates from the first instants of a phase swing wildly: wait this long before showing them. */
const SETTLE_MS = { rate: 500, left: 1000 };

/** The progress line: "indexing 1,204/2,000 files, 48.2 MB of 80.1 MB, 12.3 MB/s, 3 s left". */
export function describeProgress(s: ProgressState): string {
  const parts = [s.totalFiles > 0 ? `${s.phase} ${formatCount(s.files)}/${formatCount(s.totalFiles)} files` : `${s.phase} ${formatCount(s.files)} files`];
  if (s.totalBytes > 0) parts.push(`${formatSize(s.bytes)} of ${formatSize(s.totalBytes)}`);
  else if (s.bytes > 0) parts.push(formatSize(s.bytes));
  const perMs = s.elapsedMs > 0 ? s.bytes / s.elapsedMs : 0;
  if (s.elapsedMs >= SETTLE_MS.rate && perMs > 0) parts.push(`${formatSize(perMs * 1000)}/s`);
  if (s.elapsedMs >= SETTLE_MS.left && perMs > 0 && s.totalBytes > s.bytes) parts.push(`${formatDuration((s.totalBytes - s.bytes) / perMs)} left`);
  return parts.join(', ');
}

/** A terminal to draw on: its write function and its width in columns (0 when unknown). */
export interface Terminal {
  write(text: string): void;
  columns(): number;
}

/** Redraws at most this often: more is flicker and wasted writes on a fast run. */
const REDRAW_MS = 100;

/** The progress line on a terminal. Writes to a TTY are synchronous, so it draws even while the engine is busy. */
export class TerminalProgress implements Progress {
  private state: ProgressState = { phase: '', files: 0, totalFiles: 0, bytes: 0, totalBytes: 0, elapsedMs: 0 };
  private started = 0;
  private drawnAt = -Infinity;
  private shown = 0;

  constructor(private readonly term: Terminal, private readonly now: () => number = () => performance.now()) {}

  phase(name: string, totalFiles: number, totalBytes: number): void {
    this.state = { phase: name, files: 0, totalFiles, bytes: 0, totalBytes, elapsedMs: 0 };
    this.started = this.now();
    this.draw();
  }

  advance(bytes: number): void {
    this.state.files++;
    this.state.bytes += bytes;
    const last = this.state.totalFiles > 0 && this.state.files >= this.state.totalFiles;
    if (last || this.now() - this.drawnAt >= REDRAW_MS) this.draw();
  }

  notice(line: string): void {
    this.erase();
    this.term.write(line + '\n');
    if (this.state.phase) this.draw();
  }

  end(): void {
    this.erase();
    this.state.phase = '';
  }

  private draw(): void {
    const at = this.now();
    this.state.elapsedMs = at - this.started;
    this.drawnAt = at;
    // One column short of the width: a line that fills the last column wraps on some terminals, and \r then
    // returns to the wrong line.
    const width = this.term.columns() > 1 ? this.term.columns() - 1 : 79;
    let text = describeProgress(this.state);
    if (text.length > width) text = text.slice(0, width);
    // Plain \r and spaces, no escape sequences: works on any terminal, TERM=dumb included.
    this.term.write(`\r${text}${' '.repeat(Math.max(0, this.shown - text.length))}`);
    this.shown = Math.max(text.length, this.shown);
  }

  private erase(): void {
    if (this.shown === 0) return;
    this.term.write(`\r${' '.repeat(this.shown)}\r`);
    this.shown = 0;
  }
}

/** No progress line (stderr is not a terminal, or --quiet): notices still reach stderr. */
export class NoProgress implements Progress {
  constructor(private readonly err: (line: string) => void) {}
  phase(): void {}
  advance(): void {}
  notice(line: string): void {
    this.err(line);
  }
  end(): void {}
}
