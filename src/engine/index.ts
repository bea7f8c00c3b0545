// The engine's public surface: the CLI and the extension import only from here.
export * from './types';
export { Corpus } from './corpus';
export { Analyzer } from './analyzer';
export { findNoise } from './noise';
export type { NoiseContext } from './noise';
export { compileUserPattern, compileUserPatterns, PatternError } from './userPatterns';
export type { UserPattern } from './userPatterns';
export { checkDocuments } from './report';
export { contradictions, ruleOf } from './rules';
export type { RuleId } from './rules';
