import { lint } from '../core/lint';
import { choice, type CommandLine, rejectUnknown, UsageError } from './args';
import { EXIT, type Io } from './io';
import { describeProblem, readDesignFile } from './read';
import { type FileReport, stylish } from './stylish';

/** One entry of `--format json`: the shape CI scripts read (DOMAIN.md section F). */
export interface JsonFileReport {
  file: string;
  errors: number;
  warnings: number;
  /** Findings of rules the design turned off in `lint.off`: not listed, only counted. */
  suppressed: number;
  findings: { rule: string; severity: string; message: string; nodes: string[]; edges: string[] }[];
  /** Present when the file could not be read as a design: the first problem, with its JSON path. */
  error?: string;
  problems?: { path: string; message: string }[];
}

/** `mlsd lint FILE… [--format text|json]`: 0 no errors, 1 any error finding, 2 a file unusable. */
export function lintCommand(line: CommandLine, io: Io): number {
  rejectUnknown(line.options, ['format']);
  const format = choice(line.options, 'format', ['text', 'json'] as const, 'text');
  if (!line.files.length) throw new UsageError('lint needs at least one design file');

  let exit: number = EXIT.ok;
  const reports: FileReport[] = [];
  const json: JsonFileReport[] = [];
  for (const file of line.files) {
    const read = readDesignFile(file, io);
    if (!read.ok) {
      exit = EXIT.unusable;
      const messages = read.problems.map((p) => describeProblem(file, p));
      if (format === 'text') io.stderr(messages.join('\n') + '\n');
      json.push({ file, errors: 0, warnings: 0, suppressed: 0, findings: [], error: messages[0], problems: read.problems.map(({ path, message }) => ({ path, message })) });
      continue;
    }
    const result = lint(read.design);
    const errors = result.findings.filter((f) => f.severity === 'error').length;
    if (errors && exit === EXIT.ok) exit = EXIT.findings;
    reports.push({ file, result });
    json.push({
      file,
      errors,
      warnings: result.findings.filter((f) => f.severity === 'warning').length,
      suppressed: result.suppressed,
      findings: result.findings.map((f) => ({ rule: f.ruleId, severity: f.severity, message: f.message, nodes: f.nodeIds, edges: f.edgeIds })),
    });
  }
  if (format === 'json') io.stdout(JSON.stringify(json, null, 2) + '\n');
  else io.stdout(stylish(reports, io.color));
  return exit;
}
