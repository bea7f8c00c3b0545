// Glob matching for workspace-relative paths ("**/*.md", "**/{out,dist}/**"), used to filter file
// watcher events with the same include/exclude settings that workspace.findFiles gets.

const cache = new Map<string, RegExp>();

/** Converts a glob with `**`, `*`, `?`, `[...]` and `{a,b}` to an anchored regular expression. */
export function globToRegExp(glob: string): RegExp {
  const cached = cache.get(glob);
  if (cached) return cached;
  let re = '';
  let braces = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        const slashAfter = glob[i + 2] === '/';
        const atSegmentStart = i === 0 || glob[i - 1] === '/';
        if (atSegmentStart && slashAfter) {
          re += '(?:[^/]*/)*'; // "**/" matches zero or more folders
          i += 2;
        } else {
          re += '.*';
          i += 1;
        }
      } else {
        re += '[^/]*';
      }
    } else if (c === '?') {
      re += '[^/]';
    } else if (c === '[') {
      const close = glob.indexOf(']', i + 1);
      if (close < 0) {
        re += '\\[';
      } else {
        let body = glob.slice(i + 1, close).replace(/\\/g, '\\\\');
        if (body.startsWith('!')) body = '^' + body.slice(1);
        re += `[${body}]`;
        i = close;
      }
    } else if (c === '{') {
      braces++;
      re += '(?:';
    } else if (c === '}' && braces > 0) {
      braces--;
      re += ')';
    } else if (c === ',' && braces > 0) {
      re += '|';
    } else {
      re += c.replace(/[.+^$()|\\\]{}]/g, '\\$&');
    }
  }
  const out = new RegExp(`^${re}$`);
  cache.set(glob, out);
  return out;
}

/** Whether a '/'-separated relative path matches any of the globs. */
export function matchesAny(relativePath: string, globs: readonly string[]): boolean {
  const path = relativePath.replace(/\\/g, '/').replace(/^\.\//, '');
  return globs.some((g) => globToRegExp(g.replace(/^\.\//, '')).test(path));
}

/** Joins globs into the single pattern workspace.findFiles takes. */
export function joinGlobs(globs: readonly string[]): string | undefined {
  const parts = globs.filter((g) => g.trim() !== '');
  if (parts.length === 0) return undefined;
  return parts.length === 1 ? parts[0] : `{${parts.join(',')}}`;
}
