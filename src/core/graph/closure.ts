import { type FlowSet, type Graph, stronglyConnected } from './graph';

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
  const components = componentsOf(graph, flows);
  const ordered = direction === 'backward' ? [...components].reverse() : components;
  const componentOf = new Map<string, number>();
  ordered.forEach((comp, i) => comp.forEach((id) => componentOf.set(id, i)));
  const values: T[] = [];
  const out = new Map<string, T>();
  ordered.forEach((comp, i) => {
    let acc = own(comp);
    const seen = new Set<number>([i]);
    for (const id of comp) {
      const neighbours = graph.neighbours(id, flows, direction);
      for (const n of neighbours) {
        const c = componentOf.get(n)!;
        if (seen.has(c)) continue;
        seen.add(c);
        acc = merge(acc, values[c]);
      }
    }
    values[i] = acc;
    for (const id of comp) out.set(id, acc);
  });
  return out;
}

const componentCache = new WeakMap<Graph, Map<string, string[][]>>();

/** Strongly connected components per graph and flow set, computed once: several facts fold over the same ones. */
export function componentsOf(graph: Graph, flows: FlowSet): readonly string[][] {
  let byFlows = componentCache.get(graph);
  if (!byFlows) componentCache.set(graph, (byFlows = new Map()));
  const key = [...flows].sort().join(',');
  let comps = byFlows.get(key);
  if (!comps) byFlows.set(key, (comps = stronglyConnected(graph, flows)));
  return comps;
}

/** Set union for `closure`: adds `other` into `acc`. */
export function unionInto<V>(acc: Set<V>, other: ReadonlySet<V>): Set<V> {
  for (const v of other) acc.add(v);
  return acc;
}
