import { componentIndices, type Components } from './components';
import type { DesignNode } from '../document/types';
import type { FlowSet, Graph } from './graph';
import type { Indexed } from './structure';

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
 * `own(node)` makes a node's own value; `merge(acc, other)` folds another value into it (a
 * member's own, or a neighbour component's) and returns the result (it may update `acc` in place,
 * never `other`).
 */
export function closure<T>(graph: Graph, flows: FlowSet, direction: 'forward' | 'backward', own: (node: DesignNode) => T, merge: (acc: T, other: T) => T): NodeValues<T> {
  // Tarjan emits components sinks first: the order in which forward values are complete.
  const { count, members, offsets, componentOf } = cachedComponents(graph, flows);
  const { start, to } = graph.indexed(flows, direction);
  // Values stay per component, looked up through the node's position: no map of every node per fact.
  const values: T[] = new Array<T>(count);
  // lastMerged[c] === i: component c is already folded into component i (a stamp, not a Set per component).
  const lastMerged = new Int32Array(count).fill(-1);
  for (let k = 0; k < count; k++) {
    const i = direction === 'forward' ? k : count - 1 - k;
    let acc = own(graph.nodes[members[offsets[i]]]);
    for (let m = offsets[i] + 1; m < offsets[i + 1]; m++) acc = merge(acc, own(graph.nodes[members[m]]));
    lastMerged[i] = i;
    for (let m = offsets[i]; m < offsets[i + 1]; m++) {
      const v = members[m];
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

// Keyed by the forward neighbour lists, which a graph shares with its `withNodes` copies: a
// props-only edit keeps the components of the run before.
const componentCache = new WeakMap<Indexed, Components>();

/** Components per graph structure and flow set, computed once: several facts fold over the same ones. */
function cachedComponents(graph: Graph, flows: FlowSet): Components {
  const key = graph.indexed(flows);
  let cached = componentCache.get(key);
  if (!cached) componentCache.set(key, (cached = componentIndices(graph, flows)));
  return cached;
}

/** Components that hold a cycle (two or more nodes, or one with an edge to itself), by node id, sinks first. */
export function cyclicComponentsOf(graph: Graph, flows: FlowSet): string[][] {
  const { count, members, offsets } = cachedComponents(graph, flows);
  const { start, to } = graph.indexed(flows);
  const out: string[][] = [];
  for (let c = 0; c < count; c++) {
    if (offsets[c + 1] - offsets[c] === 1 && !hasSelfLoop(members[offsets[c]], start, to)) continue;
    out.push(Array.from(members.subarray(offsets[c], offsets[c + 1]), (v) => graph.nodes[v].id));
  }
  return out;
}

function hasSelfLoop(v: number, start: Int32Array, to: Int32Array): boolean {
  for (let e = start[v]; e < start[v + 1]; e++) if (to[e] === v) return true;
  return false;
}

/** Set union for `closure`: adds `other` into `acc`. */
export function unionInto<V>(acc: Set<V>, other: ReadonlySet<V>): Set<V> {
  for (const v of other) acc.add(v);
  return acc;
}
