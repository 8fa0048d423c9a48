import type { Design } from '../document/types';
import { numProp } from '../document/props';
import { Graph, R } from './graph';
import { topologicalOrder } from './topological';
import { servingPaths } from './servingPaths';

/** Kinds that cut the candidate set down: retrievers, rankers and the re-ranker. */
export const FUNNEL_KINDS: ReadonlySet<string> = new Set([
  'candidate-generation',
  'ann-index',
  'lexical-index',
  'result-store',
  'light-ranker',
  'heavy-ranker',
  'reranker',
]);

export interface FunnelStage {
  nodeId: string;
  kind: string;
  /** in(v): the node's own candidatesIn, or the corpus an index searches. */
  candidatesIn?: number;
  /** P(v): the candidates its request predecessors on the serving path hand it, when any sets them. */
  fromPredecessors?: number;
  candidatesOut?: number;
}

export interface Funnel {
  clientId: string;
  /** The funnel stages of S(C), upstream first. */
  stages: FunnelStage[];
}

/** One stage of the funnel: what goes in and what comes out of a retriever, ranker or re-ranker. */
export function funnelStage(graph: Graph, id: string, servingPath: ReadonlySet<string>): FunnelStage {
  const node = graph.byId.get(id)!;
  const ownIn = node.kind === 'ann-index' || node.kind === 'lexical-index' ? numProp(node, 'corpusSize') : numProp(node, 'candidatesIn');
  let fromPredecessors: number | undefined;
  for (const p of graph.predecessors(id, R)) {
    if (!servingPath.has(p)) continue;
    const out = numProp(graph.byId.get(p)!, 'candidatesOut');
    if (out !== undefined) fromPredecessors = (fromPredecessors ?? 0) + out;
  }
  return { nodeId: id, kind: node.kind, candidatesIn: ownIn, fromPredecessors, candidatesOut: numProp(node, 'candidatesOut') };
}

/** The candidate funnel of every serving path (millions → ~1,000 → 200 → 50), for drawing. */
export function funnel(design: Pick<Design, 'nodes' | 'edges'>): Funnel[] {
  const graph = new Graph(design);
  const out: Funnel[] = [];
  for (const [clientId, path] of servingPaths(graph)) {
    const order = topologicalOrder(graph, path, R) ?? [...path];
    const stages = order.filter((id) => FUNNEL_KINDS.has(graph.byId.get(id)!.kind)).map((id) => funnelStage(graph, id, path));
    out.push({ clientId, stages });
  }
  return out;
}
