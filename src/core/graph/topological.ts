import { ANY, type FlowSet, type Graph } from './graph';

/** Topological order of the given node set over edges of flows F, or undefined if it has a cycle. */
export function topologicalOrder(graph: Graph, ids: ReadonlySet<string>, flows: FlowSet = ANY): string[] | undefined {
  const indegree = new Map<string, number>();
  for (const id of ids) indegree.set(id, 0);
  for (const id of ids) for (const t of graph.successors(id, flows)) if (ids.has(t)) indegree.set(t, indegree.get(t)! + 1);
  const queue = [...ids].filter((id) => indegree.get(id) === 0);
  const order: string[] = [];
  for (let i = 0; i < queue.length; i++) {
    const id = queue[i];
    order.push(id);
    for (const t of graph.successors(id, flows)) {
      if (!ids.has(t)) continue;
      const d = indegree.get(t)! - 1;
      indegree.set(t, d);
      if (d === 0) queue.push(t);
    }
  }
  return order.length === ids.size ? order : undefined;
}
