// The ignored-claims file (.crosscheck/ignored.json): parsing, serialising and the key a claim is
// stored under. Pure: the file system side is in ignoredStore.ts.

/** One ignored claim as stored in the file. */
export interface IgnoredClaim {
  /** The claim's text when it was ignored, for people reading the file. */
  text: string;
  /** ISO time it was ignored. */
  ignoredAt: string;
}

/** The file's content: ignored claims keyed by normalised claim text. */
export interface IgnoredFile {
  version: 1;
  claims: Record<string, IgnoredClaim>;
}

export type ParseResult = { ok: true; file: IgnoredFile } | { ok: false; error: string };

/**
 * The key a claim is stored under: the same words survive re-wrapping, moved lines, curly vs straight
 * quotes, dash styles and letter case.
 */
export function normalizeClaimText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

export function emptyIgnoredFile(): IgnoredFile {
  return { version: 1, claims: {} };
}

/** Parses the file; anything that is not the expected shape is an error (and the file is left alone). */
export function parseIgnoredFile(content: string): ParseResult {
  if (content.trim() === '') return { ok: true, file: emptyIgnoredFile() };
  let value: unknown;
  try {
    value = JSON.parse(content);
  } catch (err) {
    return { ok: false, error: `not valid JSON (${(err as Error).message})` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, error: 'expected an object with "version" and "claims"' };
  }
  const obj = value as { version?: unknown; claims?: unknown };
  if (obj.version !== 1) return { ok: false, error: `unsupported version ${JSON.stringify(obj.version)}` };
  if (typeof obj.claims !== 'object' || obj.claims === null || Array.isArray(obj.claims)) {
    return { ok: false, error: '"claims" must be an object keyed by claim text' };
  }
  const claims: Record<string, IgnoredClaim> = {};
  for (const [key, entry] of Object.entries(obj.claims as Record<string, unknown>)) {
    if (typeof entry !== 'object' || entry === null) return { ok: false, error: `entry "${key}" is not an object` };
    const e = entry as { text?: unknown; ignoredAt?: unknown };
    claims[normalizeClaimText(key)] = {
      text: typeof e.text === 'string' ? e.text : key,
      ignoredAt: typeof e.ignoredAt === 'string' ? e.ignoredAt : '',
    };
  }
  return { ok: true, file: { version: 1, claims } };
}

/** Serialises with sorted keys so the file diffs well in version control. */
export function serializeIgnoredFile(file: IgnoredFile): string {
  const claims: Record<string, IgnoredClaim> = {};
  for (const key of Object.keys(file.claims).sort()) claims[key] = file.claims[key];
  return JSON.stringify({ version: 1, claims }, null, 2) + '\n';
}

export function withIgnored(file: IgnoredFile, text: string, now: Date): IgnoredFile {
  return { version: 1, claims: { ...file.claims, [normalizeClaimText(text)]: { text, ignoredAt: now.toISOString() } } };
}

export function withoutIgnored(file: IgnoredFile, text: string): IgnoredFile {
  const claims = { ...file.claims };
  delete claims[normalizeClaimText(text)];
  return { version: 1, claims };
}

export function isIgnored(file: IgnoredFile | undefined, text: string): boolean {
  return !!file && Object.prototype.hasOwnProperty.call(file.claims, normalizeClaimText(text));
}
