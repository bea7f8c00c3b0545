// Small measuring helpers for the benchmark.

/** Milliseconds since `t0` (from process.hrtime.bigint()). */
export function msSince(t0: bigint): number {
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

/** The p-th percentile (0..100) of the values, nearest-rank. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export function mean(values: number[]): number {
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : NaN;
}

/** Heap in use after a full collection when the process runs with --expose-gc. */
export function heapUsedMB(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) {
    gc();
    gc();
  }
  return process.memoryUsage().heapUsed / (1024 * 1024);
}

export const fmtMs = (ms: number) => (Number.isNaN(ms) ? 'n/a' : ms < 10 ? `${ms.toFixed(2)} ms` : ms < 10_000 ? `${ms.toFixed(0)} ms` : `${(ms / 1000).toFixed(1)} s`);
export const fmtMB = (mb: number) => `${mb.toFixed(mb < 10 ? 1 : 0)} MB`;
export const fmtInt = (n: number) => n.toLocaleString('en-US');
export const pct = (a: number, b: number) => (b ? `${Math.round((100 * a) / b)}%` : 'n/a');
