import type { Design, Severity } from '../document/types';
import { computeFacts, type LintFacts } from './facts';
import { RULES } from './rules';
import { type Finding, type LintResult, type Report, type Rule, STAGES } from './types';

const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info'];

/** Replaces each {{name}} with data.name; an unknown placeholder stays visible rather than vanishing. */
export function formatMessage(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => (name in data ? String(data[name]) : whole));
}

function toFinding(rule: Rule, report: Report): Finding {
  const template = rule.meta.messages[report.messageId];
  if (template === undefined) throw new Error(`Rule ${rule.meta.id} reported unknown messageId "${report.messageId}"`);
  const data = report.data ?? {};
  return {
    ruleId: rule.meta.id,
    severity: rule.meta.severity,
    stage: rule.meta.stage,
    messageId: report.messageId,
    message: formatMessage(template, data),
    data,
    nodeIds: report.nodeIds,
    edgeIds: report.edgeIds ?? [],
    fixable: rule.fix !== undefined && report.fixable !== false,
  };
}

/** The findings of one rule, in the order it reported them. */
export function runRule(rule: Rule, facts: LintFacts): Finding[] {
  const findings: Finding[] = [];
  rule.check({ design: facts.design, facts, report: (report) => findings.push(toFinding(rule, report)) });
  return findings;
}

/** Runs rules on a design without looking at `lint.off`: the rule tester and `lint` share it. */
export function runRules(design: Design, rules: readonly Rule[]): Finding[] {
  const facts = computeFacts(design);
  return rules.flatMap((rule) => runRule(rule, facts));
}

/** Stage order of the interview framework, then severity, then rule id; a rule's own order is kept. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    STAGES.indexOf(a.stage) - STAGES.indexOf(b.stage) ||
    SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity) ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0)
  );
}

/** Lints a design the way ESLint lints a file: every rule, findings sorted, turned-off rules counted. */
export function lint(design: Design, options: { rules?: readonly Rule[] } = {}): LintResult {
  return toResult(design, runRules(design, options.rules ?? RULES));
}

/** Drops what `lint.off` turns off (counting it) and sorts the rest: shared by full and incremental lint. */
export function toResult(design: Design, raw: readonly Finding[]): LintResult {
  const off = design.lint?.off ?? {};
  const findings: Finding[] = [];
  const suppressedByRule: Record<string, number> = {};
  let suppressed = 0;
  for (const finding of raw) {
    if (Object.prototype.hasOwnProperty.call(off, finding.ruleId)) {
      suppressed++;
      suppressedByRule[finding.ruleId] = (suppressedByRule[finding.ruleId] ?? 0) + 1;
    } else findings.push(finding);
  }
  findings.sort(compareFindings);
  return { findings, suppressed, suppressedByRule };
}

const byId = new Map<string, Rule>();

export function getRule(id: string): Rule | undefined {
  if (byId.size === 0) for (const rule of RULES) byId.set(rule.meta.id, rule);
  return byId.get(id);
}

/** The design with the finding's quick fix applied; the same design when the rule has none. Pure. */
export function applyFix(design: Design, finding: Finding): Design {
  const fix = getRule(finding.ruleId)?.fix;
  return fix ? fix(design, finding) : design;
}
