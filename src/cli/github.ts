import type { Severity } from '../core/document/types';
import type { FileOutcome } from './report';

// GitHub workflow commands: https://docs.github.com/actions/reference/workflow-commands-for-github-actions
const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** One `::error file=…,line=…,col=…,title=…::message` line per finding: annotations on a pull request. */
export function github(outcomes: readonly FileOutcome[]): string {
  const lines: string[] = [];
  for (const outcome of outcomes) {
    const file = escapeProperty(outcome.file.replace(/\\/g, '/'));
    if (outcome.problems) {
      for (const p of outcome.problems) lines.push(`::error file=${file},title=${escapeProperty('mlsd: not a valid design')}::${escapeData(p.path === '$' ? p.message : `${p.path}: ${p.message}`)}`);
      continue;
    }
    for (const f of outcome.findings) {
      lines.push(`::${COMMAND[f.severity]} file=${file},line=${f.line},col=${f.column},title=${escapeProperty(f.ruleId)}::${escapeData(f.message)}`);
    }
  }
  return lines.length ? lines.join('\n') + '\n' : '';
}
