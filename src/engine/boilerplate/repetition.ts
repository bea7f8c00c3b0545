// Repetition across documents: a line that stands in other documents too (a site's menu, footer, blurb or prompt on
// each of its pages) is boilerplate wherever it appears, unless it reads as article prose (wire copy shared by
// outlets repeats whole paragraphs and is content). The corpus counts, per line fingerprint, the documents holding it.
import { splitLines } from '../segment';
import { roughWords } from './rules';
import { NOISE_THRESHOLDS as T } from './thresholds';

/** A line's fingerprint: case and white space folded, hashed (FNV-1a, 32 bits). */
export function lineFingerprint(line: string): number {
  const s = line.toLowerCase().replace(/\s+/g, ' ').trim();
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

/**
 * Whether a line's repetition is worth counting: a menu item, label, credit, tag list or short prompt. A sentence of
 * eight words or more is prose, which repetition never makes noise (shared wire copy), so it is not counted: that
 * keeps the counts small and spares re-reading documents whose only repeated lines are wire copy.
 */
export function countsForRepetition(line: string, words = roughWords(line)): boolean {
  if (words > T.repeatMaxWords) return false;
  if (words < 8) return true;
  let e = line.length;
  while (e > 0 && /["'\u201D\u2019)\]\s]/.test(line[e - 1])) e--;
  const last = line[e - 1];
  return !(last === '.' || last === '!' || last === '?') || line.endsWith('...');
}

/** Fingerprints of the lines of a text that count for repetition (distinct, sorted). */
export function fingerprintsOf(text: string): Uint32Array {
  const set = new Set<number>();
  for (const l of splitLines(text)) {
    const t = l.text.replace(/^\s*(?:#{1,6}\s+|>\s?|[-*+\u2022]\s+|\d{1,3}[.)]\s+)/, '').trim();
    if (t && countsForRepetition(t)) set.add(lineFingerprint(t));
  }
  return Uint32Array.from(set).sort();
}

function holds(sorted: Uint32Array, fp: number): boolean {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] === fp) return true;
    if (sorted[mid] < fp) lo = mid + 1; else hi = mid - 1;
  }
  return false;
}

/** How many documents of a corpus hold each short line. */
export class LineRepetition {
  private readonly counts = new Map<number, number>();
  /** The one document holding a line seen once, to split it again when a second document brings the line. */
  private readonly firstHolder = new Map<number, string>();
  private readonly byDoc = new Map<string, Uint32Array>();

  /** Counts a document's lines; returns the other documents whose lines just became repeated. */
  add(path: string, text: string): string[] {
    this.remove(path);
    const fps = fingerprintsOf(text);
    this.byDoc.set(path, fps);
    const stale = new Set<string>();
    for (const fp of fps) {
      const n = (this.counts.get(fp) ?? 0) + 1;
      this.counts.set(fp, n);
      if (n === 1) this.firstHolder.set(fp, path);
      else if (n === 2) {
        const first = this.firstHolder.get(fp);
        if (first !== undefined && first !== path) stale.add(first);
        this.firstHolder.delete(fp);
      }
    }
    return [...stale];
  }

  /** Forgets a document's lines. A line left in one document stays counted as boilerplate there until it is re-read. */
  remove(path: string): void {
    const fps = this.byDoc.get(path);
    if (!fps) return;
    this.byDoc.delete(path);
    for (const fp of fps) {
      const n = (this.counts.get(fp) ?? 1) - 1;
      if (n <= 0) { this.counts.delete(fp); this.firstHolder.delete(fp); } else this.counts.set(fp, n);
    }
  }

  /** Whether a line stands in enough documents other than `path` to be boilerplate. */
  isRepeated(fp: number, path?: string): boolean {
    const n = this.counts.get(fp) ?? 0;
    const own = path !== undefined && this.byDoc.has(path) && holds(this.byDoc.get(path)!, fp) ? 1 : 0;
    return n - own >= T.repeatMinOtherDocs;
  }
}
