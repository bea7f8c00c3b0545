// `--format text`: one `path:line:col: severity: message` line per finding (compiler style, so editors and CI
// logs link them), a note where the backing comes only from shared text, and a summary line. Claims are quoted
// whole, never cut mid-word. With --quiet, the finding lines only.
import { Report } from '../../engine';
import { FormatContext } from './context';
import { Finding, oneLine, sharedOriginNote, statusCounts } from './findings';
import { Positions } from './position';

/** The report as text lines, ending with a newline (empty when --quiet finds nothing). */
export function formatText(report: Report, ctx: FormatContext): string {
  const positions = new Positions(ctx.texts);
  const c = ctx.palette;
  const where = (path: string, offset: number) => {
    const p = positions.of(path, offset);
    return p ? `${path}:${p.line}:${p.column}` : path;
  };
  const level = (f: Finding) => (f.level === 'error' ? c.bold(c.red('error')) : c.bold(c.yellow('warning')));
  const findings = new Map(ctx.findings.map((f) => [f.claim, f]));
  const lines: string[] = [];
  for (const file of report.files) {
    for (const claim of file.claims) {
      const finding = findings.get(claim);
      if (finding) {
        const src = finding.source;
        const ref = src ? ` ${c.dim(`(${finding.rule === 'unsupported-claim' ? 'closest' : 'source'}: ${where(src.path, src.start)})`)}` : '';
        lines.push(`${c.bold(where(file.path, finding.span.start))}: ${level(finding)}: ${finding.message}${ref}`);
        continue;
      }
      if (ctx.quiet) continue;
      const note = sharedOriginNote(file.path, claim, report.sources);
      if (note) lines.push(`${c.bold(where(file.path, claim.start))}: ${c.cyan('note')}: "${oneLine(claim.text)}" is ${note}`);
    }
  }
  if (!ctx.quiet) lines.push(c.bold(summary(report, ctx)));
  return lines.length ? lines.join('\n') + '\n' : '';
}

function summary(report: Report, ctx: FormatContext): string {
  const n = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  const c = statusCounts(report);
  const claims = c.corroborated + c.partial + c.conflicting + c.unsupported;
  const against = `${n(report.files.length, 'file')} checked against ${n(ctx.corpusSize, 'source')}`;
  const skipped = ctx.skipped ? ` (${ctx.skipped} skipped)` : '';
  const breakdown = `${n(claims, 'claim')}: ${c.corroborated} corroborated, ${c.partial} partial, ${c.conflicting} conflicting, ${c.unsupported} unsupported`;
  const errors = ctx.findings.filter((f) => f.level === 'error').length;
  const verdict = ctx.findings.length === 0 ? 'no findings' : `${n(errors, 'error')}, ${n(ctx.findings.length - errors, 'warning')}`;
  return `${against}${skipped}; ${breakdown}; ${verdict}`;
}
