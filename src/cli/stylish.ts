import type { Severity } from '../core/document/types';
import type { FileOutcome } from './report';

const COLORS: Record<Severity | 'dim' | 'bold' | 'underline', [number, number]> = {
  error: [31, 39],
  warning: [33, 39],
  info: [36, 39],
  dim: [2, 22],
  bold: [1, 22],
  underline: [4, 24],
};

const plural = (n: number, word: string, words = `${word}s`) => `${n} ${n === 1 ? word : words}`;

/**
 * Text output after ESLint's "stylish" formatter: a block per file whose rows start with
 * `file:line:col` (terminals and editors open the place), aligned columns, one summary line.
 * Files that could not be read are reported on stderr, not here.
 */
export function stylish(outcomes: readonly FileOutcome[], color: boolean): string {
  const paint = (style: keyof typeof COLORS, text: string) => (color ? `\u001b[${COLORS[style][0]}m${text}\u001b[${COLORS[style][1]}m` : text);
  const out: string[] = [];
  const totals = { error: 0, warning: 0, info: 0 };
  let suppressed = 0;
  let offByConfig = 0;
  let fixed = 0;
  let files = 0;
  for (const outcome of outcomes) {
    if (outcome.problems) continue;
    files++;
    const { file, findings } = outcome;
    suppressed += outcome.suppressed;
    offByConfig += outcome.offByConfig;
    fixed += outcome.fixed ?? 0;
    const notes = [
      outcome.fixed ? `${plural(outcome.fixed, 'quick fix', 'quick fixes')} applied` : '',
      outcome.suppressed ? `${plural(outcome.suppressed, 'finding')} turned off in lint.off` : '',
      outcome.offByConfig ? `${plural(outcome.offByConfig, 'finding')} turned off in mlsd.config.json` : '',
    ].filter(Boolean);
    if (!findings.length && !notes.length) continue;
    out.push(paint('underline', file));
    const rows = findings.map((f) => {
      totals[f.severity]++;
      // A label with a line break would split the row; the terminal gets it on one line.
      return [`${file}:${f.line}:${f.column}`, f.nodeIds.join(',') || f.edgeIds.join(',') || '-', f.severity, f.message.replace(/\s*[\r\n]+\s*/g, ' '), f.ruleId] as const;
    });
    const width = [0, 1, 2, 3].map((c) => Math.max(0, ...rows.map((r) => r[c].length)));
    for (const [place, ids, severity, message, rule] of rows) {
      out.push(`  ${place.padEnd(width[0])}  ${paint('dim', ids.padEnd(width[1]))}  ${paint(severity, severity.padEnd(width[2]))}  ${message.padEnd(width[3])}  ${paint('dim', rule)}`);
    }
    for (const note of notes) out.push(paint('dim', `  ${note}`));
    out.push('');
  }
  const problems = totals.error + totals.warning + totals.info;
  const extra = [fixed ? `${fixed} fixed` : '', suppressed ? `${suppressed} turned off` : '', offByConfig ? `${offByConfig} off by config` : ''].filter(Boolean);
  const tail = extra.length ? `, ${extra.join(', ')}` : '';
  if (problems) {
    const summary = `✖ ${plural(problems, 'problem')} (${plural(totals.error, 'error')}, ${plural(totals.warning, 'warning')}, ${plural(totals.info, 'info')})${tail}`;
    out.push(paint(totals.error ? 'error' : totals.warning ? 'warning' : 'info', paint('bold', summary)), '');
  } else if (files) {
    out.push(`✔ ${plural(files, 'design')} checked, no problems${tail}`, '');
  }
  return out.join('\n');
}
