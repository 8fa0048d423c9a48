import type { Design, Severity } from '../document/types';
import type { LintFacts } from './facts';

export type Stage = 'problem' | 'data' | 'features' | 'model' | 'training' | 'evaluation' | 'serving' | 'monitoring';

/** The interview framework order; the findings panel and the design score follow it. */
export const STAGES: readonly Stage[] = ['problem', 'data', 'features', 'model', 'training', 'evaluation', 'serving', 'monitoring'];

export interface Report {
  messageId: string;
  data?: Record<string, string | number>;
  nodeIds: string[];
  edgeIds?: string[];
  /** False when the rule's quick fix has nothing to offer for this finding. */
  fixable?: boolean;
}

export interface RuleContext {
  design: Design;
  /** Graph facts computed once per lint run and shared by every rule. */
  facts: LintFacts;
  report(report: Report): void;
}

export interface RuleMeta {
  id: string;
  severity: Severity;
  stage: Stage;
  /**
   * The node props the rule reads, its own checks and the facts it asks for together. Every rule is
   * taken to read the structure (nodes, kinds, edges, flows), labels and settings; props are what
   * an edit usually changes, so incremental lint re-runs a rule only when one of these changed.
   */
  reads: { props: readonly string[] };
  docs: {
    /** What the rule checks, in one or two sentences. */
    description: string;
    /** Why it matters, citing the seed guide or paper (s000…s004, MLTS, TDebt). */
    why: string;
    /** Choices made where DOMAIN.md's condition needed interpreting. */
    notes?: string;
    /** The question an interviewer would ask that this rule stands for, in one line. */
    ask: string;
  };
  /** Message templates keyed by message id, with {{placeholders}}. */
  messages: Record<string, string>;
  /** What each {{placeholder}} of the messages holds, for rule docs and the meta-test. */
  placeholders?: Record<string, string>;
  /** Short label of the quick fix, when the rule has one. */
  fixLabel?: string;
}

export interface Rule {
  meta: RuleMeta;
  check(ctx: RuleContext): void;
  /** A pure function from design to design that resolves one finding. */
  fix?(design: Design, finding: Finding): Design;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  stage: Stage;
  messageId: string;
  message: string;
  data: Record<string, string | number>;
  nodeIds: string[];
  edgeIds: string[];
  /** True when the rule has a quick fix for this finding. */
  fixable: boolean;
}

export interface LintResult {
  findings: Finding[];
  /** Findings of rules the design turned off in `lint.off`, counted but not shown. */
  suppressed: number;
  /** Per rule id, how many findings it suppressed. */
  suppressedByRule: Record<string, number>;
}
