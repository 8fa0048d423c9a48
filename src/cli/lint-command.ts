import { applyRuleLevels, type LintConfig, withConfigSettings } from '../core/config';
import { serialize } from '../core/document';
import type { Design } from '../core/document/types';
import { fixAll, lint } from '../core/lint';
import { findConfig, type FoundConfig, loadConfig } from './config-file';
import { github } from './github';
import { EXIT, type Io } from './io';
import { locate, placeOfFinding, type Places } from './locate';
import type { Values } from './options';
import { describeProblem, readDesignFile } from './read';
import { count, type FileOutcome, type LocatedFinding } from './report';
import { sarif } from './sarif';
import { stylish } from './stylish';

/** One entry of `--format json`: the shape CI scripts read (DOMAIN.md section F), plus places. */
export interface JsonFileReport {
  file: string;
  errors: number;
  warnings: number;
  /** Findings of rules the design turned off in `lint.off`: not listed, only counted. */
  suppressed: number;
  findings: { rule: string; severity: string; message: string; nodes: string[]; edges: string[]; line: number; column: number }[];
  /** Present when the file could not be read as a design: the first problem, with its JSON path. */
  error?: string;
  problems?: { path: string; message: string }[];
}

function toJson(outcomes: readonly FileOutcome[]): string {
  const reports: JsonFileReport[] = outcomes.map((o) =>
    o.problems
      ? { file: o.file, errors: 0, warnings: 0, suppressed: 0, findings: [], error: describeProblem(o.file, o.problems[0]), problems: o.problems.map(({ path, message }) => ({ path, message })) }
      : {
          file: o.file,
          errors: count(o.findings, 'error'),
          warnings: count(o.findings, 'warning'),
          suppressed: o.suppressed,
          findings: o.findings.map((f) => ({ rule: f.ruleId, severity: f.severity, message: f.message, nodes: f.nodeIds, edges: f.edgeIds, line: f.line, column: f.column })),
        },
  );
  return JSON.stringify(reports, null, 2) + '\n';
}

function lintWith(config: LintConfig) {
  return (design: Design) => applyRuleLevels(lint(withConfigSettings(design, config)), config);
}

function located(design: Design, places: Places | undefined, findings: ReturnType<ReturnType<typeof lintWith>>['findings']): LocatedFinding[] {
  const ids = { nodes: design.nodes.map((n) => n.id), edges: design.edges.map((e) => e.id) };
  return findings.map((f) => ({ ...f, ...placeOfFinding(places, ids, f) }));
}

/** `mlsd lint FILE…`: 0 no errors, 1 any error finding or too many warnings, 2 a file or the config unusable. */
export function lintCommand(files: string[], values: Values, io: Io, version: string): number {
  const format = values.format as string;
  const dryRun = values['fix-dry-run'] === true;
  const fix = values.fix === true || dryRun;
  const configs = new Map<string, FoundConfig>();
  const explicit = typeof values.config === 'string' ? loadConfig(values.config, io) : undefined;

  let exit: number = EXIT.ok;
  let warnings = 0;
  const outcomes: FileOutcome[] = [];
  for (const file of files) {
    const found = explicit ?? findConfig(file, io, configs);
    if (!found.ok) {
      io.stderr(found.problems.map((p) => describeProblem(found.path, p)).join('\n') + '\n');
      return EXIT.unusable;
    }
    const read = readDesignFile(file, io);
    if (!read.ok) {
      exit = EXIT.unusable;
      if (format === 'stylish' || format === 'text') io.stderr(read.problems.map((p) => describeProblem(file, p)).join('\n') + '\n');
      outcomes.push({ file, problems: read.problems });
      continue;
    }
    const lintDesign = lintWith(found.config);
    let { design, text } = read;
    let fixed: number | undefined;
    if (fix) {
      const result = fixAll(design, lintDesign);
      fixed = result.applied.length;
      design = result.design;
      text = serialize(design);
      if (dryRun) io.stdout(text);
      else if (fixed && !read.isSvg) io.writeFile(file, text);
    }
    const result = lintDesign(design);
    const places = read.isSvg && !fix ? undefined : locate(text);
    const findings = located(design, places, result.findings).filter((f) => !values.quiet || f.severity === 'error');
    warnings += count(result.findings, 'warning');
    if (count(result.findings, 'error') && exit === EXIT.ok) exit = EXIT.findings;
    outcomes.push({ file, findings, suppressed: result.suppressed, offByConfig: result.offByConfig, ...(fix && { fixed }) });
  }

  const report =
    format === 'json' ? toJson(outcomes) : format === 'sarif' ? sarif(outcomes, version) : format === 'github' ? github(outcomes) : stylish(outcomes, io.color && !values.output);
  const output = values.output;
  if (typeof output === 'string' && output !== '-') io.writeFile(output, report);
  else if (dryRun) io.stderr(report);
  else io.stdout(report);

  const maxWarnings = values['max-warnings'];
  if (exit === EXIT.ok && typeof maxWarnings === 'number' && warnings > maxWarnings) {
    io.stderr(`mlsd: ${warnings} warnings, more than --max-warnings ${maxWarnings}\n`);
    exit = EXIT.findings;
  }
  return exit;
}
