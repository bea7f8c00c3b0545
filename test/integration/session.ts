// State shared between the suite's entry point and the test files (one module instance per run).
export const session: { workspaceBefore?: Map<string, string> } = {};
