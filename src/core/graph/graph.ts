import type { Design, DesignEdge, DesignNode, Flow } from '../document/types';

export type FlowSet = ReadonlySet<Flow>;
export const ANY: FlowSet = new Set<Flow>(['request', 'data', 'feedback']);
export const R: FlowSet = new Set<Flow>(['request']);
export const D: FlowSet = new Set<Flow>(['data']);
export const DF: FlowSet = new Set<Flow>(['data', 'feedback']);
export const RD: FlowSet = new Set<Flow>(['request', 'data']);

/** An indexed, read-only view of a design's graph. Build once per lint run or query batch. */
export class Graph {
  readonly nodes: readonly DesignNode[];
  readonly edges: readonly DesignEdge[];
  readonly byId: ReadonlyMap<string, DesignNode>;
  private readonly out = new Map<string, DesignEdge[]>();
  private readonly in = new Map<string, DesignEdge[]>();
  private readonly reachCache = new Map<string, Set<string>>();
  /** Neighbour lists per (flows, direction), built on first use: BFS then allocates nothing per step. */
  private readonly adjacencyCache = new Map<string, Map<string, string[]>>();

  constructor(design: Pick<Design, 'nodes' | 'edges'>) {
    this.nodes = design.nodes;
    this.edges = design.edges;
    this.byId = new Map(design.nodes.map((n) => [n.id, n]));
    for (const n of design.nodes) {
      this.out.set(n.id, []);
      this.in.set(n.id, []);
    }
    for (const e of design.edges) {
      if (!this.byId.has(e.source) || !this.byId.has(e.target)) continue;
      this.out.get(e.source)!.push(e);
      this.in.get(e.target)!.push(e);
    }
  }

  node(id: string): DesignNode | undefined {
    return this.byId.get(id);
  }

  ofKind(...kinds: string[]): DesignNode[] {
    return this.nodes.filter((n) => kinds.includes(n.kind));
  }

  outEdges(id: string, flows: FlowSet = ANY): DesignEdge[] {
    return (this.out.get(id) ?? []).filter((e) => flows.has(e.flow));
  }

  inEdges(id: string, flows: FlowSet = ANY): DesignEdge[] {
    return (this.in.get(id) ?? []).filter((e) => flows.has(e.flow));
  }

  successors(id: string, flows: FlowSet = ANY): string[] {
    return this.outEdges(id, flows).map((e) => e.target);
  }

  predecessors(id: string, flows: FlowSet = ANY): string[] {
    return this.inEdges(id, flows).map((e) => e.source);
  }

  degree(id: string): number {
    return (this.out.get(id)?.length ?? 0) + (this.in.get(id)?.length ?? 0);
  }

  /**
   * Nodes reachable from `start` over edges of the given flows, `start` included.
   * Cached per (start, flows, direction): rules ask the same questions many times.
   */
  reachable(start: string, flows: FlowSet = ANY, direction: 'forward' | 'backward' = 'forward', without?: (n: DesignNode) => boolean): Set<string> {
    const key = without ? undefined : `${direction}|${flowKey(flows)}|${start}`;
    const cached = key && this.reachCache.get(key);
    if (cached) return cached;
    const seen = this.reachableFrom([start], flows, direction, without);
    if (key) this.reachCache.set(key, seen);
    return seen;
  }

  /**
   * Nodes reachable from any of `starts` (included) in one traversal: "fed by any node of S(C)"
   * costs O(V+E) instead of one search per node. Not cached: the start sets vary.
   */
  reachableFrom(starts: Iterable<string>, flows: FlowSet = ANY, direction: 'forward' | 'backward' = 'forward', without?: (n: DesignNode) => boolean): Set<string> {
    const adjacency = this.adjacency(flows, direction);
    const seen = new Set<string>();
    const stack: string[] = [];
    for (const s of starts) {
      if (seen.has(s)) continue;
      seen.add(s);
      stack.push(s);
    }
    while (stack.length) {
      const id = stack.pop()!;
      for (const n of adjacency.get(id) ?? []) {
        if (seen.has(n)) continue;
        if (without && without(this.byId.get(n)!)) continue;
        seen.add(n);
        stack.push(n);
      }
    }
    return seen;
  }

  /**
   * Successors ('forward') or predecessors ('backward') over the given flows, from a cache built
   * once per flow set: for hot loops. The array is shared; do not modify it.
   */
  neighbours(id: string, flows: FlowSet = ANY, direction: 'forward' | 'backward' = 'forward'): readonly string[] {
    return this.adjacency(flows, direction).get(id) ?? [];
  }

  private adjacency(flows: FlowSet, direction: 'forward' | 'backward'): Map<string, string[]> {
    const key = direction === 'forward' ? flowKey(flows) : `-${flowKey(flows)}`;
    let map = this.adjacencyCache.get(key);
    if (map) return map;
    map = new Map();
    for (const n of this.nodes) map.set(n.id, []);
    for (const e of this.edges) {
      if (!flows.has(e.flow) || !this.byId.has(e.source) || !this.byId.has(e.target)) continue;
      if (direction === 'forward') map.get(e.source)!.push(e.target);
      else map.get(e.target)!.push(e.source);
    }
    this.adjacencyCache.set(key, map);
    return map;
  }

  /** Whether `start` reaches any of `targets` (start excluded), stopping at the first one found. */
  reachesAny(start: string, targets: ReadonlySet<string>, flows: FlowSet = ANY, direction: 'forward' | 'backward' = 'forward'): boolean {
    const adjacency = this.adjacency(flows, direction);
    const seen = new Set<string>([start]);
    const stack = [start];
    while (stack.length) {
      for (const n of adjacency.get(stack.pop()!) ?? []) {
        if (targets.has(n)) return true;
        if (seen.has(n)) continue;
        seen.add(n);
        stack.push(n);
      }
    }
    return false;
  }

  /** path_F(a, b): a directed path from a to b using only edges of flows F (a ≠ b). */
  hasPath(a: string, b: string, flows: FlowSet = ANY): boolean {
    return a !== b && this.reachable(a, flows).has(b);
  }

  /** Ancestors of v over the given flows, v excluded. */
  ancestors(v: string, flows: FlowSet = ANY): Set<string> {
    const set = new Set(this.reachable(v, flows, 'backward'));
    set.delete(v);
    return set;
  }

  /** Descendants of v over the given flows, v excluded. */
  descendants(v: string, flows: FlowSet = ANY): Set<string> {
    const set = new Set(this.reachable(v, flows));
    set.delete(v);
    return set;
  }

  /**
   * "X between a and b": with every node of the given kinds deleted, b is no longer reachable
   * from a over the given flows. A direct edge a→b means nothing is between them.
   */
  kindBetween(a: string, b: string, isBetween: (n: DesignNode) => boolean, flows: FlowSet = D): boolean {
    if (!this.hasPath(a, b, flows)) return false;
    return !this.reachable(a, flows, 'forward', (n) => n.id !== b && isBetween(n)).has(b);
  }
}

// Rules pass the same few FlowSet objects (R, D, DF, ANY…) thousands of times per lint run:
// remember each one's key instead of sorting it on every call.
const flowKeys = new WeakMap<FlowSet, string>();

function flowKey(flows: FlowSet): string {
  let key = flowKeys.get(flows);
  if (key === undefined) flowKeys.set(flows, (key = [...flows].sort().join(',')));
  return key;
}

/** Strongly connected components (Tarjan, iterative) over edges passing `keep`. */
export function stronglyConnected(graph: Graph, flows: FlowSet = ANY): string[][] {
  let index = 0;
  const idx = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const out: string[][] = [];
  for (const root of graph.nodes) {
    if (idx.has(root.id)) continue;
    const work: { id: string; next: readonly string[]; i: number }[] = [];
    const visit = (id: string) => {
      idx.set(id, index);
      low.set(id, index++);
      stack.push(id);
      onStack.add(id);
      work.push({ id, next: graph.neighbours(id, flows), i: 0 });
    };
    visit(root.id);
    while (work.length) {
      const top = work[work.length - 1];
      if (top.i < top.next.length) {
        const w = top.next[top.i++];
        if (!idx.has(w)) visit(w);
        else if (onStack.has(w)) low.set(top.id, Math.min(low.get(top.id)!, idx.get(w)!));
        continue;
      }
      work.pop();
      if (work.length) {
        const parent = work[work.length - 1].id;
        low.set(parent, Math.min(low.get(parent)!, low.get(top.id)!));
      }
      if (low.get(top.id) === idx.get(top.id)) {
        const comp: string[] = [];
        let w: string;
        do {
          w = stack.pop()!;
          onStack.delete(w);
          comp.push(w);
        } while (w !== top.id);
        out.push(comp.reverse());
      }
    }
  }
  return out;
}

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
