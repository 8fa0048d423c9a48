import { ANY, type FlowSet, type Graph } from './graph';

/**
 * Strongly connected components on node positions, flat: component c holds
 * `members[offsets[c]] … members[offsets[c + 1] - 1]`, components sinks first, members in visiting
 * order. Flat because most components of a real design are single nodes: ten thousand tiny arrays
 * per flow set were most of the cost.
 */
export interface Components {
  count: number;
  members: Int32Array;
  offsets: Int32Array;
  /** Per node position, its component. */
  componentOf: Int32Array;
}

/** Strongly connected components by node id, sinks first. */
export function stronglyConnected(graph: Graph, flows: FlowSet = ANY): string[][] {
  const { count, members, offsets } = componentIndices(graph, flows);
  const out: string[][] = [];
  for (let c = 0; c < count; c++) out.push(Array.from(members.subarray(offsets[c], offsets[c + 1]), (i) => graph.nodes[i].id));
  return out;
}

/** Tarjan's algorithm, iterative, on node positions. */
export function componentIndices(graph: Graph, flows: FlowSet = ANY): Components {
  const n = graph.nodes.length;
  const { start, to } = graph.indexed(flows);
  const idx = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const stack = new Int32Array(n);
  const workNode = new Int32Array(n);
  const workEdge = new Int32Array(n);
  const members = new Int32Array(n);
  const offsets = new Int32Array(n + 1);
  const componentOf = new Int32Array(n);
  let sp = 0;
  let wp = 0;
  let counter = 0;
  let filled = 0;
  let count = 0;
  const visit = (v: number) => {
    idx[v] = low[v] = counter++;
    stack[sp++] = v;
    onStack[v] = 1;
    workNode[wp] = v;
    workEdge[wp++] = start[v];
  };
  for (let root = 0; root < n; root++) {
    if (idx[root] !== -1) continue;
    visit(root);
    while (wp) {
      const v = workNode[wp - 1];
      const e = workEdge[wp - 1];
      if (e < start[v + 1]) {
        workEdge[wp - 1] = e + 1;
        const w = to[e];
        if (idx[w] === -1) visit(w);
        else if (onStack[w] && idx[w] < low[v]) low[v] = idx[w];
        continue;
      }
      wp--;
      if (wp && low[v] < low[workNode[wp - 1]]) low[workNode[wp - 1]] = low[v];
      if (low[v] === idx[v]) {
        const first = filled;
        let w: number;
        do {
          w = stack[--sp];
          onStack[w] = 0;
          componentOf[w] = count;
          members[filled++] = w;
        } while (w !== v);
        // Reversed in place: a subarray view per component was most of this pass's garbage.
        for (let i = first, j = filled - 1; i < j; i++, j--) {
          const t = members[i];
          members[i] = members[j];
          members[j] = t;
        }
        offsets[++count] = filled;
      }
    }
  }
  return { count, members, offsets: offsets.subarray(0, count + 1), componentOf };
}
