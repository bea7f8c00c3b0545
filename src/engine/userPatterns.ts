// Users' noise patterns (the CLI's `noisePatterns`, the extension's `crosscheck.noisePatterns`): regular expressions
// run on every line of every document, so they run on RE2 (re2js), whose matching time is linear in the line. A
// backtracking engine would let one pattern such as `^(a+)+$` hang the CLI or freeze the extension host. Validation
// and matching go through the same compile() with the same flags, so a pattern that validates is one that runs.
import { RE2JS } from 're2js';

/** A compiled user pattern: case-insensitive, matched anywhere in a line. */
export interface UserPattern {
  source: string;
  test(line: string): boolean;
}

/** Why a pattern cannot be used, in one line ("look-behind (?<=…) is not supported"). */
export class PatternError extends Error {}

// Constructs of backtracking engines that RE2 leaves out (it cannot run them in linear time), named for the user.
const UNSUPPORTED: [RegExp, string][] = [
  [/(?:^|[^\\])(?:\\\\)*\\[1-9]/, 'back-references (\\1 …) are not supported'],
  [/(?:^|[^\\])(?:\\\\)*\\k</, 'named back-references (\\k<name>) are not supported'],
  [/\(\?<[=!]/, 'look-behind (?<= …) / (?<! …) is not supported'],
  [/\(\?[=!]/, 'look-ahead (?= …) / (?! …) is not supported'],
];

/** JavaScript's \uXXXX and \u{X…} escapes as RE2's \x{X…}; an escaped backslash stays as it is. */
function translateEscapes(source: string): string {
  return source.replace(/\\\\|\\u\{([0-9a-fA-F]{1,6})\}|\\u([0-9a-fA-F]{4})/g, (m, braced, plain) => (m === '\\\\' ? m : `\\x{${braced ?? plain}}`));
}

/** Compiles a user pattern (case-insensitive, Unicode) for linear-time matching. Throws PatternError. */
export function compileUserPattern(source: string): UserPattern {
  if (source === '') throw new PatternError('an empty pattern would match every line');
  let re: RE2JS;
  try {
    re = RE2JS.compile(translateEscapes(source), RE2JS.CASE_INSENSITIVE);
  } catch (err) {
    const known = UNSUPPORTED.find(([probe]) => probe.test(source));
    const detail = String((err as Error)?.message ?? err).split('\n')[0].replace(/^error parsing regexp:\s*/, '').replace('`(?i)', '`');
    throw new PatternError(known ? `${known[1]} (patterns run in linear time, RE2 syntax)` : detail);
  }
  return { source, test: (line) => re.test(line) };
}

/** Compiles user patterns; one that cannot be used is reported through onError and skipped. */
export function compileUserPatterns(sources: readonly string[] = [], onError?: (source: string, message: string) => void): UserPattern[] {
  const out: UserPattern[] = [];
  for (const source of sources) {
    try {
      out.push(compileUserPattern(source));
    } catch (err) {
      onError?.(source, (err as Error).message);
    }
  }
  return out;
}
