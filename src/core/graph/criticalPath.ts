import type { Design } from '../document/types';
import { numProp } from '../document/props';
import { Graph, R } from './graph';
import { topologicalOrder } from './topological';
import { servingPaths, servingSet, sideInputs } from './servingPaths';

export interface CriticalPath {
  clientId: string;
  sloMs?: number;
  /** L(C): the slowest chain of stages, each with its slowest side input. */
  totalMs: number;
  /** The critical path from the client request, in order. */
  nodeIds: string[];
  edgeIds: string[];
  /** Per node of the path, the side input that set its cost (only where it added time). */
  sideInputIds: Record<string, string>;
}

const latencyOf = (graph: Graph, id: string) => numProp(graph.byId.get(id)!, 'latencyMs') ?? 0;

/**
 * "The latency budget, exactly" (DOMAIN.md section B): a longest path over the request edges of
 * S(C) in topological order, where each node costs its own latency plus its slowest side input.
 * Stages in series add, parallel branches take the max. Undefined when S(C) has a cycle.
 */
export function criticalPathOf(
  graph: Graph,
  clientId: string,
  servingPath: ReadonlySet<string>,
  side: ReadonlyMap<string, readonly string[]>,
): CriticalPath | undefined {
  const order = topologicalOrder(graph, servingPath, R);
  if (!order) return undefined;
  const cost = new Map<string, number>();
  const sideInputIds: Record<string, string> = {};
  for (const v of servingPath) {
    let slowest = 0;
    for (const u of side.get(v) ?? []) {
      const ms = latencyOf(graph, u);
      if (ms > slowest) {
        slowest = ms;
        sideInputIds[v] = u;
      }
    }
    cost.set(v, latencyOf(graph, v) + slowest);
  }
  const distance = new Map<string, number>();
  const parent = new Map<string, { node: string; edge: string }>();
  for (const v of order) {
    let best = v === clientId ? 0 : -Infinity;
    for (const e of graph.inEdges(v, R)) {
      const d = distance.get(e.source);
      if (d === undefined || !servingPath.has(e.source) || d <= best) continue;
      best = d;
      parent.set(v, { node: e.source, edge: e.id });
    }
    distance.set(v, cost.get(v)! + Math.max(best, 0));
  }
  let end = clientId;
  for (const v of order) if (distance.get(v)! > distance.get(end)!) end = v;
  const nodeIds = [end];
  const edgeIds: string[] = [];
  for (let p = parent.get(end); p; p = parent.get(p.node)) {
    nodeIds.unshift(p.node);
    edgeIds.unshift(p.edge);
  }
  const onPath = new Set(nodeIds);
  for (const v of Object.keys(sideInputIds)) if (!onPath.has(v)) delete sideInputIds[v];
  const slo = numProp(graph.byId.get(clientId)!, 'sloLatencyMs');
  return { clientId, sloMs: slo, totalMs: round(distance.get(end)!), nodeIds, edgeIds, sideInputIds };
}

/** Rounded to the hundredth so that 0.1 + 0.2 ms does not print as 0.30000000000000004. */
function round(ms: number): number {
  return Math.round(ms * 100) / 100;
}

/** The critical path of every client request whose serving path has no cycle, for drawing. */
export function criticalPaths(design: Pick<Design, 'nodes' | 'edges'>): CriticalPath[] {
  const graph = new Graph(design);
  const paths = servingPaths(graph);
  const side = sideInputs(graph, servingSet(paths));
  const out: CriticalPath[] = [];
  for (const [clientId, path] of paths) {
    const critical = criticalPathOf(graph, clientId, path, side);
    if (critical) out.push(critical);
  }
  return out;
}
