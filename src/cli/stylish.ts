import type { Severity } from '../core/document/types';
import type { LintResult } from '../core/lint/types';

export interface FileReport {
  file: string;
  result: LintResult;
}

const COLORS: Record<Severity | 'dim' | 'bold' | 'underline', [number, number]> = {
  error: [31, 39],
  warning: [33, 39],
  info: [36, 39],
  dim: [2, 22],
  bold: [1, 22],
  underline: [4, 24],
};

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Text output after ESLint's "stylish" formatter: a block per file, aligned columns, one summary line. */
export function stylish(reports: readonly FileReport[], color: boolean): string {
  const paint = (style: keyof typeof COLORS, text: string) => (color ? `\u001b[${COLORS[style][0]}m${text}\u001b[${COLORS[style][1]}m` : text);
  const out: string[] = [];
  const totals = { error: 0, warning: 0, info: 0 };
  let suppressed = 0;
  for (const { file, result } of reports) {
    suppressed += result.suppressed;
    const off = result.suppressed ? paint('dim', `  ${plural(result.suppressed, 'finding')} turned off in lint.off`) : undefined;
    if (!result.findings.length) {
      if (off) out.push(paint('underline', file), off, '');
      continue;
    }
    const rows = result.findings.map((f) => {
      totals[f.severity]++;
      // A label with a line break would split the row; the terminal gets it on one line.
      return [f.nodeIds.join(',') || '-', f.severity, f.message.replace(/\s*[\r\n]+\s*/g, ' '), f.ruleId] as const;
    });
    const width = [0, 1, 2].map((c) => Math.max(...rows.map((r) => r[c].length)));
    out.push(paint('underline', file));
    for (const [nodes, severity, message, rule] of rows) {
      out.push(`  ${paint('dim', nodes.padEnd(width[0]))}  ${paint(severity, severity.padEnd(width[1]))}  ${message.padEnd(width[2])}  ${paint('dim', rule)}`);
    }
    if (off) out.push(off);
    out.push('');
  }
  const problems = totals.error + totals.warning + totals.info;
  const offNote = suppressed ? `, ${suppressed} turned off` : '';
  if (problems) {
    const summary = `✖ ${plural(problems, 'problem')} (${plural(totals.error, 'error')}, ${plural(totals.warning, 'warning')}, ${plural(totals.info, 'info')})${offNote}`;
    out.push(paint(totals.error ? 'error' : totals.warning ? 'warning' : 'info', paint('bold', summary)), '');
  } else if (reports.length) {
    out.push(`✔ ${plural(reports.length, 'design')} checked, no problems${offNote}`, '');
  }
  return out.join('\n');
}
