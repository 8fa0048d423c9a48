import type { Design, DesignEdge, DesignNode, Flow } from '../document/types';
import { buildStructure, cacheSlot, type Indexed, maskOf, type Structure, type Visit } from './structure';

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
  /** Nodes by id, read through the shared id → position index rather than a second map per graph. */
  readonly byId: Pick<ReadonlyMap<string, DesignNode>, 'get' | 'has'>;
  /** What depends only on ids and edges, shared with `withNodes` copies. */
  private readonly structure: Structure;
  /** Per between-test of `kindBetween`, what each start reaches around the nodes it accepts. */
  private readonly avoiding = new WeakMap<(n: DesignNode) => boolean, Map<string, Set<string>>>();
  /** Nodes per kind in design order, built on first use: rules ask for a kind hundreds of times per run. */
  private kindIndex: Map<string, DesignNode[]> | undefined;

  constructor(design: Pick<Design, 'nodes' | 'edges'>, structure?: Structure) {
    this.nodes = design.nodes;
    this.edges = design.edges;
    this.structure = structure ?? buildStructure(design.nodes, design.edges);
    const { position } = this.structure;
    const nodes = design.nodes;
    this.byId = {
      get: (id) => {
        const i = position.get(id);
        return i === undefined ? undefined : nodes[i];
      },
      has: (id) => position.has(id),
    };
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

  /** The node's place in the design's node list, -1 when absent: to put a subset back in design order. */
  indexOf(id: string): number {
    return this.structure.position.get(id) ?? -1;
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
    return this.incident(id, flows, this.structure.outStart, this.structure.outEdges);
  }

  inEdges(id: string, flows: FlowSet = ANY): DesignEdge[] {
    return this.incident(id, flows, this.structure.inStart, this.structure.inEdges);
  }

  successors(id: string, flows: FlowSet = ANY): string[] {
    return this.outEdges(id, flows).map((e) => e.target);
  }

  predecessors(id: string, flows: FlowSet = ANY): string[] {
    return this.inEdges(id, flows).map((e) => e.source);
  }

  degree(id: string): number {
    const i = this.structure.position.get(id);
    if (i === undefined) return 0;
    const { outStart, inStart } = this.structure;
    return outStart[i + 1] - outStart[i] + inStart[i + 1] - inStart[i];
  }

  private incident(id: string, flows: FlowSet, starts: Int32Array, list: Int32Array): DesignEdge[] {
    const i = this.structure.position.get(id);
    if (i === undefined) return [];
    const { edges, edgeFlow } = this.structure;
    const mask = maskOf(flows);
    const out: DesignEdge[] = [];
    for (let k = starts[i]; k < starts[i + 1]; k++) if (edgeFlow[list[k]] & mask) out.push(edges[list[k]]);
    return out;
  }

  /**
   * Nodes reachable from `start` over edges of the given flows, `start` included.
   * Cached per (start, flows, direction): rules ask the same questions many times.
   */
  reachable(start: string, flows: FlowSet = ANY, direction: 'forward' | 'backward' = 'forward', without?: (n: DesignNode) => boolean): Set<string> {
    if (without) return this.reachableFrom([start], flows, direction, without);
    const slot = cacheSlot(flows, direction);
    const cache = (this.structure.reachCache[slot] ??= new Map());
    let seen = cache.get(start);
    if (!seen) cache.set(start, (seen = this.reachableFrom([start], flows, direction)));
    return seen;
  }

  /**
   * Nodes reachable from any of `starts` (included) in one traversal: "fed by any node of S(C)"
   * costs O(V+E) instead of one search per node. Not cached: the start sets vary.
   */
  reachableFrom(starts: Iterable<string>, flows: FlowSet = ANY, direction: 'forward' | 'backward' = 'forward', without?: (n: DesignNode) => boolean): Set<string> {
    return this.search(starts, flows, direction, without, true);
  }

  /** The traversal behind the reach queries. Without `keepStarts` a start is still marked seen first, so a cycle back to it leaves it out. */
  private search(starts: Iterable<string>, flows: FlowSet, direction: 'forward' | 'backward', without: ((n: DesignNode) => boolean) | undefined, keepStarts: boolean): Set<string> {
    const { start, to } = this.indexed(flows, direction);
    const visit = this.visit();
    const { seen, stamp, stack } = visit;
    const out = new Set<string>();
    let sp = 0;
    for (const s of starts) {
      const i = this.structure.position.get(s);
      if (i === undefined) {
        if (keepStarts) out.add(s);
      } else if (seen[i] !== stamp) {
        seen[i] = stamp;
        if (keepStarts) out.add(s);
        stack[sp++] = i;
      }
    }
    while (sp) {
      const v = stack[--sp];
      for (let e = start[v]; e < start[v + 1]; e++) {
        const w = to[e];
        if (seen[w] === stamp) continue;
        const node = this.nodes[w];
        if (without && without(node)) continue;
        seen[w] = stamp;
        out.add(node.id);
        stack[sp++] = w;
      }
    }
    visit.busy = false;
    return out;
  }

  /**
   * A "seen" mark per node position and a stack, owned by one traversal until it calls `done`: a
   * fresh stamp instead of a fresh array, so a search that visits ten nodes does not pay to clear
   * ten thousand. A traversal started inside another (a `without` test that asks a fact) gets its own.
   */
  private visit(): Visit {
    const shared = this.structure.scratch;
    if (shared.busy) return { seen: new Uint32Array(this.nodes.length), stamp: 1, stack: new Int32Array(this.nodes.length), busy: true };
    if (shared.stamp === 0xffffffff) {
      shared.seen.fill(0);
      shared.stamp = 0;
    }
    shared.stamp++;
    shared.busy = true;
    return shared;
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
    const slot = cacheSlot(flows, direction);
    const cached = this.structure.indexedCache[slot];
    if (cached) return cached;
    const { edgeFrom, edgeTo, edgeFlow } = this.structure;
    const mask = maskOf(flows);
    const [from, to] = direction === 'forward' ? [edgeFrom, edgeTo] : [edgeTo, edgeFrom];
    const n = this.nodes.length;
    const start = new Int32Array(n + 1);
    for (let k = 0; k < from.length; k++) if (edgeFlow[k] & mask) start[from[k] + 1]++;
    for (let i = 0; i < n; i++) start[i + 1] += start[i];
    const fill = start.slice(0, n);
    const targets = new Int32Array(start[n]);
    for (let k = 0; k < from.length; k++) if (edgeFlow[k] & mask) targets[fill[from[k]]++] = to[k];
    return (this.structure.indexedCache[slot] = { start, to: targets });
  }

  /** Whether `start` reaches any of `targets` (start excluded), stopping at the first one found. */
  reachesAny(start: string, targets: ReadonlySet<string>, flows: FlowSet = ANY, direction: 'forward' | 'backward' = 'forward'): boolean {
    const first = this.structure.position.get(start);
    if (first === undefined) return false;
    const { start: from, to } = this.indexed(flows, direction);
    // Breadth first: the nearest target ends the search, so a trainer whose labels come from its
    // own serving path (three hops up) does not first walk every feature pipeline above it.
    const visit = this.visit();
    const { seen, stamp, stack: queue } = visit;
    let head = 0;
    let tail = 0;
    seen[first] = stamp;
    queue[tail++] = first;
    let found = false;
    while (head < tail && !found) {
      const v = queue[head++];
      for (let e = from[v]; e < from[v + 1]; e++) {
        const w = to[e];
        if (targets.has(this.nodes[w].id)) {
          found = true;
          break;
        }
        if (seen[w] === stamp) continue;
        seen[w] = stamp;
        queue[tail++] = w;
      }
    }
    visit.busy = false;
    return found;
  }

  /** path_F(a, b): a directed path from a to b using only edges of flows F (a ≠ b). */
  hasPath(a: string, b: string, flows: FlowSet = ANY): boolean {
    return a !== b && this.reachable(a, flows).has(b);
  }

  /** Ancestors of v over the given flows, v excluded (even on a cycle through v). Cached. */
  ancestors(v: string, flows: FlowSet = ANY): ReadonlySet<string> {
    return this.strict(v, flows, 'backward');
  }

  /** Descendants of v over the given flows, v excluded (even on a cycle through v). Cached. */
  descendants(v: string, flows: FlowSet = ANY): ReadonlySet<string> {
    return this.strict(v, flows, 'forward');
  }

  private strict(v: string, flows: FlowSet, direction: 'forward' | 'backward'): ReadonlySet<string> {
    const cache = (this.structure.strictCache[cacheSlot(flows, direction)] ??= new Map());
    let found = cache.get(v);
    if (!found) cache.set(v, (found = this.search([v], flows, direction, undefined, false)));
    return found;
  }

  /**
   * "X between a and b": with every node of the given kinds deleted, b is no longer reachable
   * from a over the given flows. A direct edge a→b means nothing is between them.
   */
  kindBetween(a: string, b: string, isBetween: (n: DesignNode) => boolean, flows: FlowSet = D): boolean {
    if (!this.hasPath(a, b, flows)) return false;
    if (isBetween(this.byId.get(b)!)) return !this.reachable(a, flows, 'forward', (n) => n.id !== b && isBetween(n)).has(b);
    // b itself passes, so "what a reaches around every between-node" serves every b: one search
    // per (a, test, flows), kept on this graph because the test reads node data.
    let byTest = this.avoiding.get(isBetween);
    if (!byTest) this.avoiding.set(isBetween, (byTest = new Map()));
    const key = `${cacheSlot(flows, 'forward')}|${a}`;
    let around = byTest.get(key);
    if (!around) byTest.set(key, (around = this.reachable(a, flows, 'forward', isBetween)));
    return !around.has(b);
  }
}

