// Which claims are findings, and under which rule: shared by every front end (CLI text and SARIF, the
// Problems panel), so that a misquote is a misquote everywhere.
import { Claim, Evidence } from './types';

/** Rule ids of findings: the CLI's SARIF rules and the extension's diagnostic codes. */
export type RuleId = 'unsupported-claim' | 'conflicting-claim' | 'misquote';

/** The evidence that makes a claim conflicting: conflicts and quote differences, best first. */
export function contradictions(claim: Claim): Evidence[] {
  return claim.evidence.filter((e) => e.relation !== 'supports');
}

/** The rule a claim breaks, or undefined for a corroborated or partial one. */
export function ruleOf(claim: Claim): RuleId | undefined {
  if (claim.status === 'unsupported') return 'unsupported-claim';
  if (claim.status !== 'conflicting') return undefined;
  return contradictions(claim)[0]?.relation === 'quote-differs' ? 'misquote' : 'conflicting-claim';
}
