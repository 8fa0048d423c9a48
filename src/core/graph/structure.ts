import type { DesignEdge, DesignNode, Flow } from '../document/types';
import type { FlowSet } from './graph';

/*
 * The integer form of a design's graph that `Graph` queries run on: node positions instead of ids,
 * edge ends resolved once, neighbour lists as flat arrays, and the caches shared by a graph and its
 * `withNodes` copies.
 */

const FLOW_BIT: Record<Flow, number> = { request: 1, data: 2, feedback: 4 };

// Rules pass the same few FlowSet objects (R, D, DF, ANY…) thousands of times per lint run:
// remember each one's bit mask instead of building a key on every call.
const flowMasks = new WeakMap<FlowSet, number>();

export function maskOf(flows: FlowSet): number {
  let mask = flowMasks.get(flows);
  if (mask === undefined) {
    mask = 0;
    for (const f of flows) mask |= FLOW_BIT[f];
    flowMasks.set(flows, mask);
  }
  return mask;
}

/** One cache slot per (flow mask, direction): 16 slots, indexed without building a string key. */
export const cacheSlot = (flows: FlowSet, direction: 'forward' | 'backward') => maskOf(flows) * 2 + (direction === 'forward' ? 0 : 1);

export interface Structure {
  position: Map<string, number>;
  /** The edges whose ends both exist, in design order, with their source and target positions and flow bit. */
  edges: DesignEdge[];
  edgeFrom: Int32Array;
  edgeTo: Int32Array;
  edgeFlow: Uint8Array;
  /** Edges out of / into node i: `outEdges[outStart[i]] … outEdges[outStart[i + 1] - 1]`, indices into `edges`. */
  outStart: Int32Array;
  outEdges: Int32Array;
  inStart: Int32Array;
  inEdges: Int32Array;
  reachCache: (Map<string, Set<string>> | undefined)[];
  /** Reach sets without their start (ancestors, descendants), per cache slot. */
  strictCache: (Map<string, Set<string>> | undefined)[];
  indexedCache: (Indexed | undefined)[];
  scratch: Visit;
}

/** Traversal scratch: a node is seen when `seen[i] === stamp`; the stack holds each node at most once. */
export interface Visit {
  seen: Uint32Array;
  stamp: number;
  stack: Int32Array;
  busy: boolean;
}

export function buildStructure(nodes: readonly DesignNode[], designEdges: readonly DesignEdge[]): Structure {
  const n = nodes.length;
  const position = new Map<string, number>();
  nodes.forEach((node, i) => position.set(node.id, i));
  const edges: DesignEdge[] = [];
  const edgeFrom = new Int32Array(designEdges.length);
  const edgeTo = new Int32Array(designEdges.length);
  const edgeFlow = new Uint8Array(designEdges.length);
  for (const e of designEdges) {
    const a = position.get(e.source);
    const b = position.get(e.target);
    if (a === undefined || b === undefined) continue;
    edgeFrom[edges.length] = a;
    edgeTo[edges.length] = b;
    edgeFlow[edges.length] = FLOW_BIT[e.flow] ?? 0;
    edges.push(e);
  }
  const [outStart, outEdges] = incidence(n, edgeFrom.subarray(0, edges.length));
  const [inStart, inEdges] = incidence(n, edgeTo.subarray(0, edges.length));
  return {
    position,
    edges,
    edgeFrom: edgeFrom.subarray(0, edges.length),
    edgeTo: edgeTo.subarray(0, edges.length),
    edgeFlow: edgeFlow.subarray(0, edges.length),
    outStart,
    outEdges,
    inStart,
    inEdges,
    reachCache: [],
    strictCache: [],
    indexedCache: [],
    scratch: { seen: new Uint32Array(n), stamp: 0, stack: new Int32Array(n), busy: false },
  };
}

/** Edge indices grouped by the node at `end` (a counting sort, edge order kept within a node). */
function incidence(n: number, end: Int32Array): [Int32Array, Int32Array] {
  const start = new Int32Array(n + 1);
  for (let k = 0; k < end.length; k++) start[end[k] + 1]++;
  for (let i = 0; i < n; i++) start[i + 1] += start[i];
  const fill = start.slice(0, n);
  const list = new Int32Array(end.length);
  for (let k = 0; k < end.length; k++) list[fill[end[k]]++] = k;
  return [start, list];
}

/** Neighbours of node i are `to[start[i]] … to[start[i + 1] - 1]`. */
export interface Indexed {
  start: Int32Array;
  to: Int32Array;
}
