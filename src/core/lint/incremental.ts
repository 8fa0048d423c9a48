import type { Design, DesignNode } from '../document/types';
import { Graph } from '../graph/graph';
import { runRule, toResult } from './engine';
import { LintFacts } from './facts';
import { RULES } from './rules';
import type { Finding, LintResult, Rule } from './types';

/**
 * What an edit changed, as lint sees it: `props` when every node keeps its id, kind and place and
 * the edges and settings are the same (only props or labels differ); `structure` otherwise.
 */
export type DesignChange = { type: 'structure' } | { type: 'props'; props: ReadonlySet<string>; label: boolean };

const STRUCTURE: DesignChange = { type: 'structure' };

const sameValue = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

function changedProps(a: DesignNode, b: DesignNode, into: Set<string>): void {
  const pa = a.props ?? {};
  const pb = b.props ?? {};
  if (pa === pb) return;
  for (const key of new Set([...Object.keys(pa), ...Object.keys(pb)])) if (!sameValue(pa[key], pb[key])) into.add(key);
}

/** Compares two versions of a design; unchanged nodes and edges are usually the same objects (edits copy what they touch). */
export function diffDesigns(before: Design, after: Design): DesignChange {
  if (!sameValue(before.settings, after.settings)) return STRUCTURE;
  if (before.edges !== after.edges) {
    if (before.edges.length !== after.edges.length) return STRUCTURE;
    for (let i = 0; i < after.edges.length; i++) if (!sameValue(before.edges[i], after.edges[i])) return STRUCTURE;
  }
  if (before.nodes.length !== after.nodes.length) return STRUCTURE;
  const props = new Set<string>();
  let label = false;
  for (let i = 0; i < after.nodes.length; i++) {
    const a = before.nodes[i];
    const b = after.nodes[i];
    if (a === b) continue;
    if (a.id !== b.id || a.kind !== b.kind) return STRUCTURE;
    if (a.label !== b.label) label = true;
    changedProps(a, b, props);
  }
  return { type: 'props', props, label };
}

function affects(rule: Rule, change: DesignChange): boolean {
  if (change.type === 'structure' || change.label) return true;
  return rule.meta.reads.props.some((p) => change.props.has(p));
}

/**
 * Lint that remembers its last run. After an edit of props it re-runs only the rules that read a
 * changed prop, on the previous graph (reach sets and components kept), and keeps the other
 * rules' findings; after a structural edit it lints in full. Either way the result equals
 * `lint(design)`: incremental.test.ts replays random edit sequences to hold it to that.
 */
export class IncrementalLinter {
  private last: { design: Design; graph: Graph; byRule: Finding[][] } | undefined;
  /** How many rules the last call ran (the rest were reused): for the benchmark and tests. */
  rulesRun = 0;

  constructor(private readonly rules: readonly Rule[] = RULES) {}

  /**
   * Whether linting `design` next re-runs only rules that read an edited prop (no label, no
   * structure changed): a millisecond or so, cheap enough to run before the edit is painted.
   */
  isPropEdit(design: Design): boolean {
    const change = this.changeTo(design);
    return change.type === 'props' && !change.label;
  }

  private diffed: { design: Design; change: DesignChange } | undefined;

  private changeTo(design: Design): DesignChange {
    if (!this.last) return STRUCTURE;
    if (this.diffed?.design !== design) this.diffed = { design, change: diffDesigns(this.last.design, design) };
    return this.diffed.change;
  }

  lint(design: Design): LintResult {
    const last = this.last;
    const change = this.changeTo(design);
    this.diffed = undefined;
    const graph = last && change.type === 'props' ? last.graph.withNodes(design.nodes) : new Graph(design);
    const facts = new LintFacts(design, graph);
    this.rulesRun = 0;
    const byRule = this.rules.map((rule, i) => {
      if (last && !affects(rule, change)) return last.byRule[i];
      this.rulesRun++;
      return runRule(rule, facts);
    });
    this.last = { design, graph, byRule };
    return toResult(design, byRule.flat());
  }
}
