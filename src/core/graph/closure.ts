import { componentIndices } from './components';
import type { FlowSet, Graph, Indexed } from './graph';

/**
 * A value per node gathered over everything the node reaches ('forward') or is reached from
 * ('backward'), e.g. "the drift monitors downstream of v" or "the freshest feature upstream of v".
 * One pass over the strongly connected components instead of one search per node: O(V + E)
 * merges. Nodes of one component share one value (they reach the same nodes).
 *
 * `own(ids)` makes a component's value from its members; `merge(acc, other)` folds a neighbour
 * component's value into it and returns the result (it may update `acc` in place, never `other`).
 */
export function closure<T>(
  graph: Graph,
  flows: FlowSet,
  direction: 'forward' | 'backward',
  own: (ids: readonly string[]) => T,
  merge: (acc: T, other: T) => T,
): Map<string, T> {
  // Tarjan emits components sinks first: the order in which forward values are complete.
  const components = indexedComponents(graph, flows);
  const ordered = direction === 'backward' ? [...components].reverse() : components;
  const componentOf = new Int32Array(graph.nodes.length);
  ordered.forEach((comp, i) => comp.forEach((v) => (componentOf[v] = i)));
  const { start, to } = graph.indexed(flows, direction);
  const values: T[] = [];
  const out = new Map<string, T>();
  // lastMerged[c] === i: component c is already folded into component i (a stamp, not a Set per component).
  const lastMerged = new Int32Array(ordered.length).fill(-1);
  ordered.forEach((comp, i) => {
    let acc = own(comp.map((v) => graph.nodes[v].id));
    lastMerged[i] = i;
    for (const v of comp) {
      for (let e = start[v]; e < start[v + 1]; e++) {
        const c = componentOf[to[e]];
        if (lastMerged[c] === i) continue;
        lastMerged[c] = i;
        acc = merge(acc, values[c]);
      }
    }
    values[i] = acc;
    for (const v of comp) out.set(graph.nodes[v].id, acc);
  });
  return out;
}

// Keyed by the forward neighbour lists, which a graph shares with its `withNodes` copies: a
// props-only edit keeps the components of the run before.
const indexedCache = new WeakMap<Indexed, number[][]>();

/** Components as node positions, per graph structure and flow set, computed once: several facts fold over the same ones. */
function indexedComponents(graph: Graph, flows: FlowSet): readonly number[][] {
  const key = graph.indexed(flows);
  let comps = indexedCache.get(key);
  if (!comps) indexedCache.set(key, (comps = componentIndices(graph, flows)));
  return comps;
}

/** Strongly connected components by node id, per graph and flow set. */
export function componentsOf(graph: Graph, flows: FlowSet): readonly string[][] {
  return indexedComponents(graph, flows).map((comp) => comp.map((v) => graph.nodes[v].id));
}

/** Set union for `closure`: adds `other` into `acc`. */
export function unionInto<V>(acc: Set<V>, other: ReadonlySet<V>): Set<V> {
  for (const v of other) acc.add(v);
  return acc;
}
