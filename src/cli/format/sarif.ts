// `--format sarif`: SARIF 2.1.0 for code-scanning tools. One result per finding, located at the claim, with the
// evidence passages as related locations. Columns are UTF-16 code units (declared in the run's columnKind).
import * as nodePath from 'path';
import { pathToFileURL } from 'url';
import { Evidence } from '../../engine';
import { FormatContext } from './context';
import { Finding, FindingRule } from './findings';
import { plainNumber } from './numbers';
import { Positions } from './position';

const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

const RULES: { id: FindingRule; name: string; short: string; full: string; level: 'error' | 'warning' }[] = [
  {
    id: 'unsupported-claim',
    name: 'UnsupportedClaim',
    short: 'Claim not backed by any other source',
    full: 'A factual claim of the draft that no passage of another document in the corpus corroborates.',
    level: 'warning',
  },
  {
    id: 'conflicting-claim',
    name: 'ConflictingClaim',
    short: 'Claim contradicted by another source',
    full: 'A passage of another document says the same thing with a different number, date, year or unit.',
    level: 'error',
  },
  {
    id: 'misquote',
    name: 'Misquote',
    short: 'Quote worded differently in a source',
    full: 'The same quotation, from the same speaker, appears in another document with different words.',
    level: 'error',
  },
  {
    id: 'disputed-fact',
    name: 'DisputedFact',
    short: 'Sources disagree on a figure or date of the claim',
    full: 'Sources state a figure or date of the claim differently from one another: the message gives each side with how many outlets, and how many independent sources, say it.',
    level: 'warning',
  },
  {
    id: 'partial-claim',
    name: 'PartialClaim',
    short: 'Part of a claim not backed by any source',
    full: 'Some of the claim is backed by another document, some is not: the message names each part that no source backs, and why.',
    level: 'warning',
  },
];

/** The findings as a SARIF 2.1.0 log, ending with a newline. */
export function formatSarif(ctx: FormatContext): string {
  const positions = new Positions(ctx.texts);
  const location = (path: string, start: number, end: number, text: string) => {
    const a = positions.of(path, start);
    const b = positions.of(path, end);
    const region = a && b
      ? { startLine: a.line, startColumn: a.column, endLine: b.line, endColumn: b.column, snippet: { text } }
      : { charOffset: start, charLength: end - start, snippet: { text } };
    return { physicalLocation: { artifactLocation: artifactLocation(path), region } };
  };
  const result = (f: Finding) => {
    const ruleIndex = RULES.findIndex((r) => r.id === f.rule);
    return {
      ruleId: f.rule,
      ruleIndex,
      level: f.level,
      message: { text: f.message },
      locations: [location(f.path, f.span.start, f.span.end, f.span.text)],
      relatedLocations: f.claim.evidence.map((e, i) => ({
        id: i + 1,
        message: { text: relatedMessage(e) },
        ...location(e.path, e.start, e.end, e.text),
      })),
      properties: { status: f.claim.status, score: plainNumber(f.claim.score) },
    };
  };
  const log = {
    $schema: SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'crosscheck',
            version: ctx.version,
            rules: RULES.map((r) => ({
              id: r.id,
              name: r.name,
              shortDescription: { text: r.short },
              fullDescription: { text: r.full },
              defaultConfiguration: { level: r.level },
            })),
          },
        },
        originalUriBaseIds: { SRCROOT: { uri: pathToFileURL(process.cwd() + nodePath.sep).href } },
        columnKind: 'utf16CodeUnits',
        results: ctx.findings.map(result),
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}

function relatedMessage(e: Evidence): string {
  const what = e.relation === 'supports' ? 'supports' : e.relation === 'conflicts' ? 'conflicts' : 'quote differs';
  return `${what} (score ${e.score.toFixed(2)})${e.note ? `: ${e.note}` : ''}`;
}

/** Relative paths stay relative to the working folder (SRCROOT); absolute ones become file: URIs. */
function artifactLocation(path: string): { uri: string; uriBaseId?: string } {
  if (nodePath.isAbsolute(path)) return { uri: pathToFileURL(path).href };
  const uri = path.split(/[\\/]+/).filter((s) => s !== '.').map(encodeURIComponent).join('/');
  return { uri, uriBaseId: 'SRCROOT' };
}
