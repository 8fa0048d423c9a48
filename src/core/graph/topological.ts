import { ANY, type FlowSet, type Graph } from './graph';

/** Topological order of the given node set over edges of flows F, or undefined if it has a cycle. */
export function topologicalOrder(graph: Graph, ids: ReadonlySet<string>, flows: FlowSet = ANY): string[] | undefined {
  // On the flat per-flow neighbour lists with a local index per member: the latency rule sorts
  // every client's serving path, and per-node neighbour arrays were most of its garbage.
  const { start, to } = graph.indexed(flows);
  const list = [...ids];
  const at = list.map((id) => graph.indexOf(id));
  const local = new Map<number, number>();
  at.forEach((p, k) => p >= 0 && local.set(p, k));
  const indegree = new Int32Array(list.length);
  for (const p of at) {
    if (p < 0) continue;
    for (let e = start[p]; e < start[p + 1]; e++) {
      const j = local.get(to[e]);
      if (j !== undefined) indegree[j]++;
    }
  }
  const queue: number[] = [];
  indegree.forEach((d, k) => d === 0 && queue.push(k));
  for (let i = 0; i < queue.length; i++) {
    const p = at[queue[i]];
    if (p < 0) continue;
    for (let e = start[p]; e < start[p + 1]; e++) {
      const j = local.get(to[e]);
      if (j !== undefined && --indegree[j] === 0) queue.push(j);
    }
  }
  return queue.length === list.length ? queue.map((k) => list[k]) : undefined;
}
