import { listProp } from '../document/props';
import type { DesignNode } from '../document/types';
import { ANY } from '../graph/graph';
import { closure, type NodeValues } from '../graph/closure';
import type { Fact, LintFacts, NodeFact } from './facts';

/**
 * Which drift monitors watch a served model, as missing-monitoring and incomplete-monitoring read
 * it (DOMAIN.md section C): monitors reachable from the model, or from a prediction-log fed by a
 * node of a serving path that contains the model.
 */

const WATCHES = ['data-drift', 'prediction-drift', 'business-metrics', 'latency', 'feature-skew'] as const;
/** The bit above the watch bits: "some monitor, whatever it watches". */
const MONITORED = 1 << WATCHES.length;

function monitorBits(n: DesignNode): number {
  if (n.kind !== 'drift-monitor') return 0;
  return listProp(n, 'watches').reduce((bits, w) => {
    const i = WATCHES.indexOf(w as (typeof WATCHES)[number]);
    return i >= 0 ? bits | (1 << i) : bits;
  }, MONITORED);
}

const orAll = (values: readonly number[]) => values.reduce((a, b) => a | b, 0);

/**
 * Per node, the watch bits of the monitors reachable from it. Bits instead of monitor sets: in a
 * connected design every pipeline node reaches hundreds of monitors, and the rules only ask
 * "any?" and "which watches?".
 */
const watchesDownstream: Fact<NodeValues<number>> = (f) => closure(f.graph, ANY, 'forward', monitorBits, (a, b) => a | b);

/** Per node, the watch bits of monitors reachable from a prediction-log the node feeds (or is). */
const watchesViaLogs: Fact<NodeValues<number>> = (f) => {
  const down = f.fact(watchesDownstream);
  const own = (n: DesignNode) => (n.kind === 'prediction-log' ? down.get(n.id)! : 0);
  return closure(f.graph, ANY, 'forward', own, (a, b) => a | b);
};

const clientWatches: NodeFact<number> = (f, client) => {
  const viaLogs = f.fact(watchesViaLogs);
  return orAll([...f.servingPath(client)].map((s) => viaLogs.get(s)!));
};

const monitoringOfModel: NodeFact<{ monitored: boolean; watches: Set<string> }> = (f, model) => {
  let bits = f.fact(watchesDownstream).get(model) ?? 0;
  for (const c of f.clientsOf(model)) bits |= f.nodeFact(clientWatches, c);
  return { monitored: (bits & MONITORED) !== 0, watches: new Set(WATCHES.filter((_, i) => bits & (1 << i))) };
};

/** Whether any drift monitor watches the model, and what its monitors watch together. */
export function monitoringOf(facts: LintFacts, model: DesignNode): { monitored: boolean; watches: Set<string> } {
  return facts.nodeFact(monitoringOfModel, model.id);
}

/** The drift monitors of the model (same reading as `monitoringOf`), nearest first; for fixes. */
export function monitorsOf(facts: LintFacts, model: DesignNode): DesignNode[] {
  const near = [...facts.graph.reachable(model.id, ANY)];
  const paths = facts.clientsOf(model.id).map((c) => facts.servingPath(c));
  const logs = facts.ofKind('prediction-log').filter((p) => paths.some((path) => facts.graph.reachesAny(p.id, new Set(path), ANY, 'backward')));
  const viaLogs = facts.graph.reachableFrom(
    logs.map((p) => p.id),
    ANY,
  );
  return [...new Set([...near, ...viaLogs])].map((id) => facts.node(id)).filter((n) => n.kind === 'drift-monitor');
}
