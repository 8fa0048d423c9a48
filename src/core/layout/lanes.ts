import { getKind } from '../catalog';
import { strProp } from '../document';
import type { Design, DesignNode } from '../document/types';
import { Graph, R } from '../graph';
import type { Lane } from './types';

export const LANES: readonly { lane: Lane; label: string }[] = [
  { lane: 'online', label: 'Online: per request' },
  { lane: 'nearline', label: 'Nearline: streams, stores, monitoring' },
  { lane: 'offline', label: 'Offline: batch data and training' },
];

/** Kinds that answer a request even when the design has not yet wired them to a client. */
const ONLINE_KINDS = new Set(['client-request', 'api-gateway', 'experiment-service', 'bandit', 'model-server', 'result-store', 'cold-start-fallback', 'rules-engine']);

/** Kinds that run continuously beside serving: streams, the online half of features, logs and monitors. */
const NEARLINE_KINDS = new Set(['stream-bus', 'stream-processor', 'feature-store', 'cache', 'prediction-log', 'human-review']);

function kindLane(node: DesignNode, graph: Graph): Lane {
  const category = getKind(node.kind)?.category;
  if (ONLINE_KINDS.has(node.kind) || category === 'retrieval-ranking') return 'online';
  if (NEARLINE_KINDS.has(node.kind) || category === 'monitoring') return 'nearline';
  // Computation follows its freshness: a streaming feature pipeline or an encoder fed by a stream is nearline.
  const freshness = strProp(node, 'freshness');
  if (freshness === 'realtime' || freshness === 'near-realtime') return 'nearline';
  const fedByStream = graph.predecessors(node.id).some((p) => ['stream-bus', 'stream-processor'].includes(graph.node(p)?.kind ?? ''));
  if (fedByStream && (node.kind === 'embedding-model' || node.kind === 'feature-pipeline')) return 'nearline';
  return 'offline';
}

/**
 * The lane each node runs in. Online: the serving path (everything a client request reaches
 * over request edges) and kinds that only make sense there. Nearline: streams, feature stores,
 * caches, logs and monitors. Offline: data sources, batch jobs, training and the registry.
 * A feature store or cache looked up by a serving node stays nearline: it is fed by pipelines,
 * and the lookup edge shows it is read online.
 */
export function laneOf(design: Pick<Design, 'nodes' | 'edges'>): Record<string, Lane> {
  const graph = new Graph(design);
  const serving = new Set<string>();
  for (const client of graph.ofKind('client-request')) for (const id of graph.reachable(client.id, R)) serving.add(id);
  const lanes: Record<string, Lane> = {};
  for (const node of design.nodes) lanes[node.id] = serving.has(node.id) ? 'online' : kindLane(node, graph);
  return lanes;
}
