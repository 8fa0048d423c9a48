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
  /** What depends only on ids and edges, shared with `withNodes` copies. */
  private readonly structure: Structure;
  /** Nodes per kind in design order, built on first use: rules ask for a kind hundreds of times per run. */
  private kindIndex: Map<string, DesignNode[]> | undefined;

  constructor(design: Pick<Design, 'nodes' | 'edges'>, structure?: Structure) {
    this.nodes = design.nodes;
    this.edges = design.edges;
    this.byId = new Map(design.nodes.map((n) => [n.id, n]));
    if (structure) {
      this.structure = structure;
      return;
    }
    this.structure = { out: new Map(), in: new Map(), reachCache: new Map(), adjacencyCache: new Map(), position: new Map(), indexedCache: new Map() };
    design.nodes.forEach((n, i) => this.position.set(n.id, i));
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

  /**
   * The same graph over edited nodes: same ids in the same order, same kinds, same edges (the
   * caller checks). Reach sets, adjacency and components are kept; only node data is new.
   */
  withNodes(nodes: readonly DesignNode[]): Graph {
    return new Graph({ nodes: nodes as DesignNode[], edges: this.edges as DesignEdge[] }, this.structure);
  }

  private get out() {
    return this.structure.out;
  }
  private get in() {
    return this.structure.in;
  }
  private get reachCache() {
    return this.structure.reachCache;
  }
  private get adjacencyCache() {
    return this.structure.adjacencyCache;
  }
  private get position() {
    return this.structure.position;
  }
  private get indexedCache() {
    return this.structure.indexedCache;
  }

  node(id: string): DesignNode | undefined {
    return this.byId.get(id);
  }

  ofKind(...kinds: string[]): DesignNode[] {
    if (!this.kindIndex) {
      this.kindIndex = new Map();
      for (const n of this.nodes) {
        const list = this.kindIndex.get(n.kind);
        if (list) list.push(n);
        else this.kindIndex.set(n.kind, [n]);
      }
    }
    if (kinds.length === 1) return [...(this.kindIndex.get(kinds[0]) ?? [])];
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
    // On node positions: a byte per node for "seen" instead of string hashing per step.
    const { start, to } = this.indexed(flows, direction);
    const seen = new Uint8Array(this.nodes.length);
    const out = new Set<string>();
    const stack: number[] = [];
    for (const s of starts) {
      const i = this.position.get(s);
      if (i === undefined) out.add(s);
      else if (!seen[i]) {
        seen[i] = 1;
        out.add(s);
        stack.push(i);
      }
    }
    while (stack.length) {
      const v = stack.pop()!;
      for (let e = start[v]; e < start[v + 1]; e++) {
        const w = to[e];
        if (seen[w]) continue;
        const node = this.nodes[w];
        if (without && without(node)) continue;
        seen[w] = 1;
        out.add(node.id);
        stack.push(w);
      }
    }
    return out;
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

  /**
   * Neighbour lists by node position (`nodes[i]`), in edge order, as one flat array: the
   * whole-graph passes (components, closures) run on integers instead of string-keyed maps.
   */
  indexed(flows: FlowSet, direction: 'forward' | 'backward' = 'forward'): Indexed {
    const key = direction === 'forward' ? flowKey(flows) : `-${flowKey(flows)}`;
    let cached = this.indexedCache.get(key);
    if (cached) return cached;
    const n = this.nodes.length;
    const from: number[] = [];
    const to: number[] = [];
    for (const e of this.edges) {
      const a = this.position.get(e.source);
      const b = this.position.get(e.target);
      if (!flows.has(e.flow) || a === undefined || b === undefined) continue;
      from.push(direction === 'forward' ? a : b);
      to.push(direction === 'forward' ? b : a);
    }
    const start = new Int32Array(n + 1);
    for (const a of from) start[a + 1]++;
    for (let i = 0; i < n; i++) start[i + 1] += start[i];
    const fill = start.slice(0, n);
    const targets = new Int32Array(to.length);
    for (let k = 0; k < from.length; k++) targets[fill[from[k]]++] = to[k];
    cached = { start, to: targets };
    this.indexedCache.set(key, cached);
    return cached;
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

interface Structure {
  out: Map<string, DesignEdge[]>;
  in: Map<string, DesignEdge[]>;
  reachCache: Map<string, Set<string>>;
  /** Neighbour lists per (flows, direction), built on first use: BFS then allocates nothing per step. */
  adjacencyCache: Map<string, Map<string, string[]>>;
  position: Map<string, number>;
  indexedCache: Map<string, Indexed>;
}

/** Neighbours of node i are `to[start[i]] … to[start[i + 1] - 1]`. */
export interface Indexed {
  start: Int32Array;
  to: Int32Array;
}

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
