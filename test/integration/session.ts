// State shared between the suite's entry point and the test files (one module instance per run).
export interface Session {
  /** Content hashes of the workspace before anything ran (taken before the reload). */
  workspaceBefore?: Map<string, string>;
  /** The claim ignored before the window reload. */
  ignoredBeforeReload?: { uri: string; text: string };
}

export const session: Session = {};
