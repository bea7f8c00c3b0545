// The --config file: engine options plus the CLI's own file-size limit, validated with one-line messages.
import * as fs from 'fs';
import { contributes } from '../../package.json';
import { compileUserPattern, EngineOptions } from '../engine';

/**
 * Files above this size are skipped. One limit for the CLI and the extension: the default of the extension's
 * `crosscheck.maxFileSize` setting (1 MB, some 150,000 words, far beyond any real story).
 */
export const DEFAULT_MAX_FILE_SIZE: number = contributes.configuration.properties['crosscheck.maxFileSize'].default;

/** Settings of one CLI run. */
export interface CliConfig {
  engine: EngineOptions;
  maxFileSize: number;
}

/** A config file that cannot be used; `message` is one line for stderr. */
export class ConfigError extends Error {}

const KEYS = ['noisePatterns', 'maxEvidence', 'minEvidenceScore', 'maxFileSize'] as const;

/** Reads and validates a config file; without a path, the defaults. Throws ConfigError. */
export function loadConfig(file: string | undefined): CliConfig {
  if (file === undefined) return { engine: {}, maxFileSize: DEFAULT_MAX_FILE_SIZE };
  let raw: string;
  try {
    raw = fs.readFileSync(file, 'utf8');
  } catch (err) {
    throw new ConfigError(`cannot read config ${file}: ${describeFsError(err)}`);
  }
  let value: unknown;
  try {
    value = JSON.parse(raw.replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new ConfigError(`config ${file}: not valid JSON (${(err as Error).message})`);
  }
  return parseConfig(value, file);
}

/** Validates a parsed config object. */
export function parseConfig(value: unknown, file: string): CliConfig {
  const bad = (what: string) => new ConfigError(`config ${file}: ${what}`);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw bad('expected a JSON object');
  const obj = value as Record<string, unknown>;
  const unknown = Object.keys(obj).filter((k) => !(KEYS as readonly string[]).includes(k));
  if (unknown.length) throw bad(`unknown key "${unknown[0]}" (allowed: ${KEYS.join(', ')})`);

  const engine: EngineOptions = {};
  if (obj.noisePatterns !== undefined) {
    if (!Array.isArray(obj.noisePatterns) || obj.noisePatterns.some((p) => typeof p !== 'string' || p === '')) {
      throw bad('noisePatterns must be an array of non-empty strings (regular expressions)');
    }
    // The same compile() that runs them (RE2, linear time, case-insensitive): a pattern that passes here runs.
    (obj.noisePatterns as string[]).forEach((p, i) => {
      try {
        compileUserPattern(p);
      } catch (err) {
        throw bad(`noisePatterns[${i}] ${JSON.stringify(p)} cannot be used: ${(err as Error).message}`);
      }
    });
    engine.noisePatterns = obj.noisePatterns as string[];
  }
  if (obj.maxEvidence !== undefined) {
    if (typeof obj.maxEvidence !== 'number' || !Number.isInteger(obj.maxEvidence) || obj.maxEvidence < 1) {
      throw bad('maxEvidence must be a whole number ≥ 1');
    }
    engine.maxEvidence = obj.maxEvidence;
  }
  if (obj.minEvidenceScore !== undefined) {
    if (typeof obj.minEvidenceScore !== 'number' || !(obj.minEvidenceScore >= 0 && obj.minEvidenceScore <= 1)) {
      throw bad('minEvidenceScore must be a number from 0 to 1');
    }
    engine.minEvidenceScore = obj.minEvidenceScore;
  }
  let maxFileSize = DEFAULT_MAX_FILE_SIZE;
  if (obj.maxFileSize !== undefined) {
    if (typeof obj.maxFileSize !== 'number' || !Number.isInteger(obj.maxFileSize) || obj.maxFileSize < 1) {
      throw bad('maxFileSize must be a whole number of bytes ≥ 1');
    }
    maxFileSize = obj.maxFileSize;
  }
  return { engine, maxFileSize };
}

/** A file-system error as a short phrase ("no such file or directory"), never a stack. */
export function describeFsError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT': return 'no such file or directory';
    case 'EACCES': case 'EPERM': return 'permission denied';
    case 'EISDIR': return 'is a directory';
    case 'ENOTDIR': return 'a parent of it is not a directory';
    case 'ELOOP': return 'too many symbolic links';
    case 'EMFILE': case 'ENFILE': return 'too many open files';
    case 'EIO': return 'input/output error';
    default: return code ? `${code}` : String((err as Error)?.message ?? err).split('\n')[0];
  }
}
