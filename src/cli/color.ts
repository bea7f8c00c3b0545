// Whether the text report is coloured, and its styles. picocolors does the styling (nested styles re-open
// correctly); the decision is ours, in the order Node itself uses for its own output.
import { createColors } from 'picocolors';

/** The styles of the text report: real ANSI styles, or functions that return the text unchanged. */
export type Palette = ReturnType<typeof createColors>;

/**
 * --color / --no-color win; then FORCE_COLOR (set and not "0"/"false": on), then NO_COLOR (set and not empty:
 * off, https://no-color.org); otherwise colour only on a terminal that is not TERM=dumb.
 */
export function colorWanted(flag: boolean | undefined, isTTY: boolean, env: NodeJS.ProcessEnv): boolean {
  if (flag !== undefined) return flag;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  if (env.NO_COLOR) return false;
  return isTTY && env.TERM !== 'dumb';
}

/** The palette for a decision. */
export function paletteFor(color: boolean): Palette {
  return createColors(color);
}
