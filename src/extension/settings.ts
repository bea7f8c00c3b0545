// Crosscheck's settings (`crosscheck.*`) as one typed object per workspace folder (or the window).
import * as vscode from 'vscode';
import { compileUserPattern, type EngineOptions } from '../engine';
import { defaultProblemSettings, parseSeverity, ProblemSettings } from './findings';

export interface CorpusSettings {
  include: string[];
  exclude: string[];
  maxFileSize: number;
}

export interface Settings {
  corpus: CorpusSettings;
  problems: ProblemSettings;
  noisePatterns: string[];
  maxEvidence: number;
  analysisDelay: number;
}

function stringArray(value: unknown, fallback: string[]): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : fallback;
}

function positive(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : fallback;
}

export function readSettings(scope?: vscode.Uri): Settings {
  const c = vscode.workspace.getConfiguration('crosscheck', scope);
  // Restricted Mode: noise patterns are regular expressions the engine runs; take them only from the
  // user's own settings, never from an untrusted workspace.
  const noise = vscode.workspace.isTrusted ? c.get('noisePatterns') : c.inspect<string[]>('noisePatterns')?.globalValue;
  return {
    corpus: {
      include: stringArray(c.get('corpus.include'), ['**/*.md', '**/*.txt']),
      exclude: stringArray(c.get('corpus.exclude'), []),
      maxFileSize: positive(c.get('maxFileSize'), 1048576),
    },
    problems: {
      unsupported: parseSeverity(c.get('problems.unsupported'), defaultProblemSettings.unsupported),
      conflicting: parseSeverity(c.get('problems.conflicting'), defaultProblemSettings.conflicting),
      partial: parseSeverity(c.get('problems.partial'), defaultProblemSettings.partial),
    },
    noisePatterns: stringArray(noise, []).filter(isValidPattern),
    maxEvidence: Math.max(1, Math.round(positive(c.get('maxEvidence'), 3))),
    analysisDelay: positive(c.get('analysis.delay'), 400),
  };
}

/** Whether the engine can run a pattern (the same compile() the engine uses: RE2, linear time). */
function isValidPattern(source: string): boolean {
  try {
    compileUserPattern(source);
    return true;
  } catch {
    return false;
  }
}

/** The noise patterns in effect anywhere (every workspace folder, or the window), valid or not: for reporting. */
export function configuredNoisePatterns(): string[] {
  const scopes = vscode.workspace.workspaceFolders?.map((f) => f.uri) ?? [undefined];
  const all = new Set<string>();
  for (const scope of scopes) {
    const c = vscode.workspace.getConfiguration('crosscheck', scope);
    const value = vscode.workspace.isTrusted ? c.get('noisePatterns') : c.inspect<string[]>('noisePatterns')?.globalValue;
    for (const p of stringArray(value, [])) all.add(p);
  }
  return [...all];
}

/** Engine options for the corpus: one index serves every folder, so it takes the noise patterns of all of them. */
export function corpusEngineOptions(): EngineOptions {
  const scopes = vscode.workspace.workspaceFolders?.map((f) => f.uri) ?? [undefined];
  return { noisePatterns: [...new Set(scopes.flatMap((s) => readSettings(s).noisePatterns))] };
}

export function engineOptions(s: Settings): EngineOptions {
  return { noisePatterns: s.noisePatterns, maxEvidence: s.maxEvidence };
}
