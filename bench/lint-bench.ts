/**
 * Lint benchmark: `npx tsx bench/lint-bench.ts [--quick] [--rules [size]]`.
 * Full lint of generated designs against a baseline pass that only builds the graph and visits
 * every edge once, so the ratio says how many graph walks the 28 rules cost together.
 * Target: 1,000 nodes within one frame (16 ms).
 * `--rules` prints a per-rule table on one generated design (10,000 nodes unless a size follows).
 */
import { Graph } from '../src/core/graph/graph';
import { lint, runRule } from '../src/core/lint/engine';
import { LintFacts } from '../src/core/lint/facts';
import { RULES } from '../src/core/lint/rules';
import { IncrementalLinter } from '../src/core/lint/incremental';
import { setProp } from '../src/core/document/edit';
import { generateDesign } from '../src/core/testing/generate';
import type { Design } from '../src/core/document/types';

export interface BenchRow {
  nodes: number;
  edges: number;
  findings: number;
  lintMedianMs: number;
  lintMinMs: number;
  lintMaxMs: number;
  baselineMedianMs: number;
  ratio: number;
  /** Lint after one prop edit (a trainer's split strategy), reusing the run before: what the editor does. */
  incrementalMedianMs: number;
  incrementalMinMs: number;
  incrementalMaxMs: number;
}

/** The editor's common edit: flip a trainer's split strategy, then lint what changed. */
function incrementalTimes(design: Design, runs: number): number[] {
  const trainer = design.nodes.find((n) => n.kind === 'trainer');
  if (!trainer) throw new Error('the generated design has no trainer to edit');
  const linter = new IncrementalLinter();
  let current = design;
  linter.lint(current);
  return Array.from({ length: runs + 2 }, (_, i) => {
    current = setProp(current, trainer.id, 'splitStrategy', i % 2 ? 'time-based' : 'random');
    const edited = current;
    return time(() => linter.lint(edited));
  }).slice(2);
}

function time(fn: () => void): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function baseline(design: Design): number {
  const graph = new Graph(design);
  let visited = 0;
  for (const n of graph.nodes) visited += graph.outEdges(n.id).length;
  return visited;
}

export function run(quick = false): BenchRow[] {
  const sizes = quick ? [1000, 10_000] : [100, 1000, 5000, 10_000];
  const rows: BenchRow[] = [];
  for (const size of sizes) {
    const design = generateDesign(size, 42);
    const runs = quick ? 3 : size >= 5000 ? 11 : 21;
    // The app lints the same design again and again: time it warm. One warm-up left the JIT still
    // compiling through the timed 1k runs (min 8 ms, median 19 ms) and made the growth ratio meaningless.
    for (let i = 0; i < (quick ? 1 : 5); i++) lint(design);
    baseline(design);
    let findings = 0;
    const lintTimes = Array.from({ length: runs }, () => time(() => (findings = lint(design).findings.length)));
    const baseTimes = Array.from({ length: runs }, () => time(() => baseline(design)));
    const incTimes = incrementalTimes(design, quick ? 5 : 21);
    const lintMedianMs = median(lintTimes);
    const baselineMedianMs = median(baseTimes);
    rows.push({
      nodes: design.nodes.length,
      edges: design.edges.length,
      findings,
      lintMedianMs,
      lintMinMs: Math.min(...lintTimes),
      lintMaxMs: Math.max(...lintTimes),
      baselineMedianMs,
      ratio: lintMedianMs / baselineMedianMs,
      incrementalMedianMs: median(incTimes),
      incrementalMinMs: Math.min(...incTimes),
      incrementalMaxMs: Math.max(...incTimes),
    });
  }
  return rows;
}

function print(rows: BenchRow[]): void {
  const ms = (x: number) => x.toFixed(2);
  console.log('size    edges   findings  lint median ms  min–max ms        baseline median ms  ratio   after a prop edit ms');
  for (const r of rows) {
    console.log(
      [
        String(r.nodes).padEnd(7),
        String(r.edges).padEnd(7),
        String(r.findings).padEnd(9),
        ms(r.lintMedianMs).padEnd(15),
        `${ms(r.lintMinMs)}–${ms(r.lintMaxMs)}`.padEnd(17),
        ms(r.baselineMedianMs).padEnd(19),
        `${r.ratio.toFixed(1)}×`.padEnd(7),
        ms(r.incrementalMedianMs),
      ].join(' '),
    );
  }
}

interface RuleRow {
  id: string;
  findings: number;
  /** The rule on a fresh graph, paying for every fact it asks for. */
  aloneMs: number;
  /** The rule's share of a full lint in registry order: facts an earlier rule asked for are free. */
  sharedMs: number;
}

/**
 * Per rule, two medians: alone (what the rule costs with its facts) and shared (what it adds to a
 * full run). A fact's cost lands on the first rule that asks for it, so read both columns.
 */
export function ruleTable(size = 10_000, runs = 9): RuleRow[] {
  const design = generateDesign(size, 42);
  // A 10k lint needs several runs before the JIT and the heap settle; cold figures mislead.
  for (let i = 0; i < 8; i++) lint(design);
  const alone = RULES.map((rule) => {
    runRule(rule, new LintFacts(design));
    return median(Array.from({ length: runs }, () => time(() => runRule(rule, new LintFacts(design)))));
  });
  const shared: number[][] = RULES.map(() => []);
  const counts: number[] = [];
  for (let r = 0; r < runs; r++) {
    const facts = new LintFacts(design);
    RULES.forEach((rule, i) => (shared[i].push(time(() => (counts[i] = runRule(rule, facts).length)))));
  }
  return RULES.map((rule, i) => ({ id: rule.meta.id, findings: counts[i], aloneMs: alone[i], sharedMs: median(shared[i]) }));
}

function printRules(rows: RuleRow[]): void {
  const total = rows.reduce((sum, r) => sum + r.sharedMs, 0);
  console.log('rule                           findings  alone ms  shared ms');
  for (const r of [...rows].sort((a, b) => b.sharedMs - a.sharedMs))
    console.log([r.id.padEnd(30), String(r.findings).padEnd(9), r.aloneMs.toFixed(2).padEnd(9), r.sharedMs.toFixed(2)].join(' '));
  console.log(`${'sum of shared'.padEnd(50)} ${total.toFixed(2)}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const at = process.argv.indexOf('--rules');
  if (at >= 0) printRules(ruleTable(Number(process.argv[at + 1]) || 10_000));
  else print(run(process.argv.includes('--quick')));
}
