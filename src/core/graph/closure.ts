import { componentIndices } from './components';
import type { DesignNode } from '../document/types';
import type { FlowSet, Graph, Indexed } from './graph';

/** A value per node, read by id: `undefined` for an id the graph does not hold. */
export interface NodeValues<T> {
  get(id: string): T | undefined;
}

/**
 * A value per node gathered over everything the node reaches ('forward') or is reached from
 * ('backward'), e.g. "the drift monitors downstream of v" or "the freshest feature upstream of v".
 * One pass over the strongly connected components instead of one search per node: O(V + E)
 * merges. Nodes of one component share one value (they reach the same nodes).
 *
 * `own(nodes)` makes a component's value from its members; `merge(acc, other)` folds a neighbour
 * component's value into it and returns the result (it may update `acc` in place, never `other`).
 */
export function closure<T>(
  graph: Graph,
  flows: FlowSet,
  direction: 'forward' | 'backward',
  own: (nodes: readonly DesignNode[]) => T,
  merge: (acc: T, other: T) => T,
): NodeValues<T> {
  // Tarjan emits components sinks first: the order in which forward values are complete.
  const { components, componentOf } = indexedComponents(graph, flows);
  const count = components.length;
  const { start, to } = graph.indexed(flows, direction);
  // Values stay per component, looked up through the node's position: no map of every node per fact.
  const values: T[] = new Array<T>(count);
  // lastMerged[c] === i: component c is already folded into component i (a stamp, not a Set per component).
  const lastMerged = new Int32Array(count).fill(-1);
  for (let k = 0; k < count; k++) {
    const i = direction === 'forward' ? k : count - 1 - k;
    const comp = components[i];
    let acc = own(comp.map((v) => graph.nodes[v]));
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
  }
  return {
    get(id) {
      const at = graph.indexOf(id);
      return at < 0 ? undefined : values[componentOf[at]];
    },
  };
}

interface Components {
  /** Node positions per component, sinks first. */
  components: readonly number[][];
  /** Per node position, the index of its component. */
  componentOf: Int32Array;
}

// Keyed by the forward neighbour lists, which a graph shares with its `withNodes` copies: a
// props-only edit keeps the components of the run before.
const indexedCache = new WeakMap<Indexed, Components>();

/** Components as node positions, per graph structure and flow set, computed once: several facts fold over the same ones. */
function indexedComponents(graph: Graph, flows: FlowSet): Components {
  const key = graph.indexed(flows);
  let cached = indexedCache.get(key);
  if (!cached) {
    const components = componentIndices(graph, flows);
    const componentOf = new Int32Array(graph.nodes.length);
    components.forEach((comp, i) => comp.forEach((v) => (componentOf[v] = i)));
    indexedCache.set(key, (cached = { components, componentOf }));
  }
  return cached;
}

/** Strongly connected components by node id, per graph and flow set. */
export function componentsOf(graph: Graph, flows: FlowSet): readonly string[][] {
  return indexedComponents(graph, flows).components.map((comp) => comp.map((v) => graph.nodes[v].id));
}

/** Set union for `closure`: adds `other` into `acc`. */
export function unionInto<V>(acc: Set<V>, other: ReadonlySet<V>): Set<V> {
  for (const v of other) acc.add(v);
  return acc;
}
