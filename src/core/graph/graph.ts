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
    this.structure = { out: new Map(), in: new Map(), reachCache: new Map(), position: new Map(), indexedCache: new Map() };
    design.nodes.forEach((n, i) => this.structure.position.set(n.id, i));
    for (const n of design.nodes) {
      this.structure.out.set(n.id, []);
      this.structure.in.set(n.id, []);
    }
    for (const e of design.edges) {
      if (!this.byId.has(e.source) || !this.byId.has(e.target)) continue;
      this.structure.out.get(e.source)!.push(e);
      this.structure.in.get(e.target)!.push(e);
    }
  }

  /**
   * The same graph over edited nodes: same ids in the same order, same kinds, same edges (the
   * caller checks). Reach sets, adjacency and components are kept; only node data is new.
   */
  withNodes(nodes: readonly DesignNode[]): Graph {
    return new Graph({ nodes: nodes as DesignNode[], edges: this.edges as DesignEdge[] }, this.structure);
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
    return (this.structure.out.get(id) ?? []).filter((e) => flows.has(e.flow));
  }

  inEdges(id: string, flows: FlowSet = ANY): DesignEdge[] {
    return (this.structure.in.get(id) ?? []).filter((e) => flows.has(e.flow));
  }

  successors(id: string, flows: FlowSet = ANY): string[] {
    return this.outEdges(id, flows).map((e) => e.target);
  }

  predecessors(id: string, flows: FlowSet = ANY): string[] {
    return this.inEdges(id, flows).map((e) => e.source);
  }

  degree(id: string): number {
    return (this.structure.out.get(id)?.length ?? 0) + (this.structure.in.get(id)?.length ?? 0);
  }

  /**
   * Nodes reachable from `start` over edges of the given flows, `start` included.
   * Cached per (start, flows, direction): rules ask the same questions many times.
   */
  reachable(start: string, flows: FlowSet = ANY, direction: 'forward' | 'backward' = 'forward', without?: (n: DesignNode) => boolean): Set<string> {
    const key = without ? undefined : `${direction}|${flowKey(flows)}|${start}`;
    const cached = key && this.structure.reachCache.get(key);
    if (cached) return cached;
    const seen = this.reachableFrom([start], flows, direction, without);
    if (key) this.structure.reachCache.set(key, seen);
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
      const i = this.structure.position.get(s);
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
   * Successors ('forward') or predecessors ('backward') over the given flows, in edge order, read
   * from the position-indexed lists built once per flow set.
   */
  neighbours(id: string, flows: FlowSet = ANY, direction: 'forward' | 'backward' = 'forward'): string[] {
    const i = this.structure.position.get(id);
    if (i === undefined) return [];
    const { start, to } = this.indexed(flows, direction);
    const out: string[] = [];
    for (let e = start[i]; e < start[i + 1]; e++) out.push(this.nodes[to[e]].id);
    return out;
  }

  /**
   * Neighbour lists by node position (`nodes[i]`), in edge order, as one flat array: the
   * whole-graph passes (components, closures) run on integers instead of string-keyed maps.
   */
  indexed(flows: FlowSet, direction: 'forward' | 'backward' = 'forward'): Indexed {
    const key = direction === 'forward' ? flowKey(flows) : `-${flowKey(flows)}`;
    let cached = this.structure.indexedCache.get(key);
    if (cached) return cached;
    const n = this.nodes.length;
    const from: number[] = [];
    const to: number[] = [];
    for (const e of this.edges) {
      const a = this.structure.position.get(e.source);
      const b = this.structure.position.get(e.target);
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
    this.structure.indexedCache.set(key, cached);
    return cached;
  }

  /** Whether `start` reaches any of `targets` (start excluded), stopping at the first one found. */
  reachesAny(start: string, targets: ReadonlySet<string>, flows: FlowSet = ANY, direction: 'forward' | 'backward' = 'forward'): boolean {
    const first = this.structure.position.get(start);
    if (first === undefined) return false;
    const { start: from, to } = this.indexed(flows, direction);
    const seen = new Uint8Array(this.nodes.length);
    seen[first] = 1;
    const stack = [first];
    while (stack.length) {
      const v = stack.pop()!;
      for (let e = from[v]; e < from[v + 1]; e++) {
        const w = to[e];
        if (targets.has(this.nodes[w].id)) return true;
        if (seen[w]) continue;
        seen[w] = 1;
        stack.push(w);
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
  position: Map<string, number>;
  indexedCache: Map<string, Indexed>;
}

/** Neighbours of node i are `to[start[i]] … to[start[i + 1] - 1]`. */
export interface Indexed {
  start: Int32Array;
  to: Int32Array;
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
