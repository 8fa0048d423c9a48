import type { FlowSet, Graph } from './graph';

/*
 * Whole-graph reach questions that only need membership or a yes/no, run on node positions: a
 * design of ten thousand nodes answers them without building a Set of thousands of ids.
 */

/** Membership by node id, for reach sets kept as marks per node position. */
export interface NodeSet {
  has(id: string): boolean;
}

/** What `starts` reach (included), as a mark per node position. */
export function reachMask(graph: Graph, starts: Iterable<string>, flows: FlowSet, direction: 'forward' | 'backward' = 'forward'): NodeSet {
  const { start, to } = graph.indexed(flows, direction);
  const marked = new Uint8Array(graph.nodes.length);
  const absent = new Set<string>();
  const stack: number[] = [];
  for (const s of starts) {
    const i = graph.indexOf(s);
    if (i < 0) absent.add(s);
    else if (!marked[i]) {
      marked[i] = 1;
      stack.push(i);
    }
  }
  while (stack.length) {
    const v = stack.pop()!;
    for (let e = start[v]; e < start[v + 1]; e++) {
      const w = to[e];
      if (marked[w]) continue;
      marked[w] = 1;
      stack.push(w);
    }
  }
  return {
    has(id) {
      const i = graph.indexOf(id);
      return i < 0 ? absent.has(id) : marked[i] === 1;
    },
  };
}

/**
 * Whether a search from `starts` (included) meets a node of `targets`, stopping at the first: the
 * same answer as `reachMask(…).has` over the targets, usually after a few hops instead of the
 * whole graph.
 */
export function meets(graph: Graph, starts: Iterable<string>, targets: ReadonlySet<string>, flows: FlowSet, direction: 'forward' | 'backward' = 'forward'): boolean {
  const { start, to } = graph.indexed(flows, direction);
  const marked = new Uint8Array(graph.nodes.length);
  const stack: number[] = [];
  for (const s of starts) {
    if (targets.has(s)) return true;
    const i = graph.indexOf(s);
    if (i >= 0 && !marked[i]) {
      marked[i] = 1;
      stack.push(i);
    }
  }
  while (stack.length) {
    const v = stack.pop()!;
    for (let e = start[v]; e < start[v + 1]; e++) {
      const w = to[e];
      if (marked[w]) continue;
      if (targets.has(graph.nodes[w].id)) return true;
      marked[w] = 1;
      stack.push(w);
    }
  }
  return false;
}
