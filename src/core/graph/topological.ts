import { ANY, type FlowSet, type Graph } from './graph';

/** Topological order of the given node set over edges of flows F, or undefined if it has a cycle. */
export function topologicalOrder(graph: Graph, ids: ReadonlySet<string>, flows: FlowSet = ANY): string[] | undefined {
  // Neighbour ids from the flat per-flow lists: successors() would filter and copy every node's edges twice.
  const next = new Map<string, string[]>();
  const indegree = new Map<string, number>();
  for (const id of ids) indegree.set(id, 0);
  for (const id of ids) {
    const inside = graph.neighbours(id, flows).filter((t) => ids.has(t));
    next.set(id, inside);
    for (const t of inside) indegree.set(t, indegree.get(t)! + 1);
  }
  const queue = [...ids].filter((id) => indegree.get(id) === 0);
  for (let i = 0; i < queue.length; i++) {
    for (const t of next.get(queue[i])!) {
      const d = indegree.get(t)! - 1;
      indegree.set(t, d);
      if (d === 0) queue.push(t);
    }
  }
  return queue.length === ids.size ? queue : undefined;
}
