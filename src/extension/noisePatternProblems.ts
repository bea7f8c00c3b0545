// Messages for `crosscheck.noisePatterns` entries that cannot be used (checked with the engine's own compile(): RE2,
// linear time, the flags the engine runs them with). Such a pattern is skipped; the user is told once, not left guessing.
import { compileUserPatterns } from '../engine';

/** One line per unusable pattern, naming the setting. */
export function noisePatternProblems(patterns: readonly string[]): string[] {
  const out: string[] = [];
  compileUserPatterns(patterns, (source, message) => out.push(`crosscheck.noisePatterns: ${JSON.stringify(source)} cannot be used and is ignored: ${message}`));
  return out;
}
