import { ANY, type FlowSet, type Graph } from './graph';

/** Strongly connected components (Tarjan, iterative, on node positions), sinks first. */
export function stronglyConnected(graph: Graph, flows: FlowSet = ANY): string[][] {
  return componentIndices(graph, flows).map((comp) => comp.map((i) => graph.nodes[i].id));
}

/** Strongly connected components as node positions, sinks first, members in visiting order. */
export function componentIndices(graph: Graph, flows: FlowSet = ANY): number[][] {
  const n = graph.nodes.length;
  const { start, to } = graph.indexed(flows);
  const idx = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const stack = new Int32Array(n);
  const workNode = new Int32Array(n);
  const workEdge = new Int32Array(n);
  let sp = 0;
  let wp = 0;
  let counter = 0;
  const out: number[][] = [];
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
        const comp: number[] = [];
        let w: number;
        do {
          w = stack[--sp];
          onStack[w] = 0;
          comp.push(w);
        } while (w !== v);
        out.push(comp.reverse());
      }
    }
  }
  return out;
}
