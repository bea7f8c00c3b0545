// `--format text`: one `path:line:col: severity: message` line per finding (compiler style, so editors and CI
// logs link them), a note where the backing comes only from shared text, and a summary line.
import { Report } from '../../engine';
import { FormatContext } from './context';
import { exitCodeOf, findingsOf, sharedOriginNote, snippet, statusCounts } from './findings';
import { Positions } from './position';

/** The report as text lines, ending with a newline. */
export function formatText(report: Report, ctx: FormatContext): string {
  const positions = new Positions(ctx.texts);
  const where = (path: string, offset: number) => {
    const p = positions.of(path, offset);
    return p ? `${path}:${p.line}:${p.column}` : path;
  };
  const findings = new Map(findingsOf(report).map((f) => [f.claim, f]));
  const lines: string[] = [];
  for (const file of report.files) {
    for (const claim of file.claims) {
      const finding = findings.get(claim);
      if (finding) {
        const src = finding.source;
        const ref = src ? ` (${finding.rule === 'unsupported-claim' ? 'closest' : 'source'}: ${where(src.path, src.start)})` : '';
        lines.push(`${where(file.path, claim.start)}: ${finding.level}: ${finding.message}${ref}`);
        continue;
      }
      const note = sharedOriginNote(file.path, claim, report.sources);
      if (note) lines.push(`${where(file.path, claim.start)}: note: "${snippet(claim.text, 40)}" is ${note}`);
    }
  }
  lines.push(summary(report, ctx, [...findings.values()].filter((f) => f.level === 'error').length, findings.size));
  return lines.join('\n') + '\n';
}

function summary(report: Report, ctx: FormatContext, errors: number, total: number): string {
  const n = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  const c = statusCounts(report);
  const claims = c.corroborated + c.partial + c.conflicting + c.unsupported;
  const against = `${n(report.files.length, 'file')} checked against ${n(ctx.corpusSize, 'source')}`;
  const skipped = ctx.skipped ? ` (${ctx.skipped} skipped)` : '';
  const breakdown = `${n(claims, 'claim')}: ${c.corroborated} corroborated, ${c.partial} partial, ${c.conflicting} conflicting, ${c.unsupported} unsupported`;
  const verdict = exitCodeOf(report) === 0 ? 'no findings' : `${n(errors, 'error')}, ${n(total - errors, 'warning')}`;
  return `${against}${skipped}; ${breakdown}; ${verdict}`;
}
