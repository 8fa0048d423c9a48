import { getKind } from '../catalog';
import { type Design, type DesignEdge, type DesignNode, FLOWS, type Flow } from './types';

/**
 * The default flow of an edge drawn without one (DOMAIN.md "Drawing conventions"). It reads the
 * graph, not only the two kinds: whether the source is on a serving path decides most edges.
 */

/** Kinds that can answer or take part in an online request: an edge from S into one is part of the call chain. */
const ONLINE = new Set([
  'client-request',
  'api-gateway',
  'cache',
  'query-understanding',
  'candidate-generation',
  'ann-index',
  'lexical-index',
  'light-ranker',
  'heavy-ranker',
  'reranker',
  'model-server',
  'result-store',
  'cold-start-fallback',
  'rules-engine',
  'embedding-model',
  'experiment-service',
  'bandit',
]);

/** Logs, label and storage kinds that feed training: a serving output drawn into one closes the feedback loop. */
const FEEDS_TRAINING = new Set(['prediction-log', 'event-log', 'stream-bus', 'data-warehouse', 'label-join', 'label-source', 'human-review']);

/** Kinds that only log or label serving traffic: what they send toward training is feedback. */
const FEEDBACK_SOURCES = new Set(['prediction-log', 'human-review']);

/** The training side: data, processing, features and training kinds, and the label joiner. */
const TRAINING_CATEGORIES = new Set(['data', 'processing', 'features', 'training']);
const isTrainingSide = (kind: string) => kind === 'label-join' || TRAINING_CATEGORIES.has(getKind(kind)?.category ?? '');

/** Stores and encoders a serving node looks up during a request, drawn store → consumer. */
const LOOKUP = new Set(['feature-store', 'cache', 'result-store', 'embedding-model', 'ann-index']);

/** Which of the six conventions picked a flow: the editor shows it so a user can tell a wrong guess. */
export type FlowReason = 'client' | 'serving-path' | 'serving-output' | 'labels-back' | 'lookup' | 'pipeline';

export const FLOW_REASON_TEXT: Readonly<Record<FlowReason, string>> = {
  client: 'a client request starts the call chain',
  'serving-path': 'on the serving path',
  'serving-output': 'a serving output flowing back toward training',
  'labels-back': 'logs and labels flowing back to training',
  lookup: 'a lookup by a serving node',
  pipeline: 'a pipeline or deployment',
};

export interface PickedFlow {
  flow: Flow;
  reason: FlowReason;
}

/** One end of an edge, as the conventions read it. */
export interface FlowEnd {
  kind: string;
  /** In S: reached from a client-request over request edges. */
  serving: boolean;
  /** A lookup node that S already reads over a request edge (a cache in front of the model). */
  answersServing?: boolean;
  /** The embedding-model's `entity`, which tells a query encoder from an item tower. */
  entity?: string;
}

/** An item or content tower feeding an ANN index builds the index offline; only a query or user encoder is looked up. */
const buildsIndex = (u: FlowEnd, v: FlowEnd) => u.kind === 'embedding-model' && v.kind === 'ann-index' && (u.entity === 'item' || u.entity === 'content');

/**
 * Conventions 1–6, in order. Two readings of convention 5 an ML engineer would expect: a lookup
 * into a lookup node that S already reads (feature store → cache → model) is a read-through, so
 * request; an item or content tower into an ANN index is the offline index build, so data.
 */
export function pickFlow(u: FlowEnd, v: FlowEnd): PickedFlow {
  if (u.kind === 'client-request') return { flow: 'request', reason: 'client' };
  if (u.serving && ONLINE.has(v.kind)) return { flow: 'request', reason: 'serving-path' };
  if ((u.serving || u.kind === 'batch-inference') && FEEDS_TRAINING.has(v.kind)) return { flow: 'feedback', reason: 'serving-output' };
  if (FEEDBACK_SOURCES.has(u.kind) && isTrainingSide(v.kind)) return { flow: 'feedback', reason: 'labels-back' };
  if (LOOKUP.has(u.kind) && (v.serving || v.answersServing) && !buildsIndex(u, v)) return { flow: 'request', reason: 'lookup' };
  return { flow: 'data', reason: 'pipeline' };
}

type Link = { source: string; target: string };

/** Nodes reachable from `starts` (included) over `links`, forward or backward. */
function reach(starts: Iterable<string>, links: readonly Link[], backward = false): Set<string> {
  const next = new Map<string, string[]>();
  for (const { source, target } of links) {
    const [from, to] = backward ? [target, source] : [source, target];
    next.set(from, [...(next.get(from) ?? []), to]);
  }
  const seen = new Set(starts);
  const stack = [...seen];
  while (stack.length) {
    for (const t of next.get(stack.pop()!) ?? []) {
      if (!seen.has(t)) {
        seen.add(t);
        stack.push(t);
      }
    }
  }
  return seen;
}

/** S from the request edges given, and the lookup nodes that feed S over request edges. */
function servingSide(nodes: readonly DesignNode[], requestEdges: readonly Link[]): { serving: Set<string>; lookups: Set<string> } {
  const serving = reach(
    nodes.filter((n) => n.kind === 'client-request').map((n) => n.id),
    requestEdges,
  );
  const lookupEdges = requestEdges.filter((e) => LOOKUP.has(kindIn(nodes, e.source)));
  const lookups = reach(serving, lookupEdges, true);
  for (const id of serving) lookups.delete(id);
  return { serving, lookups };
}

const kindIn = (nodes: readonly DesignNode[], id: string) => nodes.find((n) => n.id === id)?.kind ?? '';

function endOf(node: DesignNode | undefined, side: { serving: ReadonlySet<string>; lookups: ReadonlySet<string> }): FlowEnd {
  if (!node) return { kind: '', serving: false };
  const entity = node.props.entity ?? getKind(node.kind)?.props.entity?.default;
  return { kind: node.kind, serving: side.serving.has(node.id), answersServing: side.lookups.has(node.id), ...(typeof entity === 'string' ? { entity } : {}) };
}

/** The flow a new edge source → target gets when drawn into `design`, and why. */
export function defaultFlow(design: Design, source: string, target: string): PickedFlow {
  const byId = new Map(design.nodes.map((n) => [n.id, n]));
  const side = servingSide(
    design.nodes,
    design.edges.filter((e) => e.flow === 'request'),
  );
  return pickFlow(endOf(byId.get(source), side), endOf(byId.get(target), side));
}

/** An edge as a file may hold it: the flow can be missing. */
export type EdgeWithoutFlow = Omit<DesignEdge, 'flow'> & { flow?: Flow };

/**
 * Gives every edge without a flow its default, as if the design had been drawn edge by edge in
 * the best order: S grows from the client-requests over request edges (given or defaulted) until
 * nothing changes, so the result does not depend on the order of the edges in the file. S and
 * its lookups only grow, so the pass ends after at most two rounds per node.
 */
export function withDefaultFlows(nodes: readonly DesignNode[], edges: readonly EdgeWithoutFlow[]): DesignEdge[] {
  if (edges.every((e) => e.flow)) return edges as DesignEdge[];
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const flowsFor = (side: { serving: ReadonlySet<string>; lookups: ReadonlySet<string> }) =>
    edges.map((e) => e.flow ?? pickFlow(endOf(byId.get(e.source), side), endOf(byId.get(e.target), side)).flow);
  let side = { serving: new Set<string>(), lookups: new Set<string>() };
  for (;;) {
    const flows = flowsFor(side);
    const grown = servingSide(
      nodes,
      edges.filter((_, i) => flows[i] === 'request'),
    );
    for (const id of side.serving) grown.serving.add(id);
    for (const id of side.lookups) if (!grown.serving.has(id)) grown.lookups.add(id);
    if (grown.serving.size === side.serving.size && grown.lookups.size === side.lookups.size) return edges.map((e, i) => ({ ...e, flow: flows[i] }));
    side = grown;
  }
}

/** The flow after `flow` in the order the cycling key steps through: request → data → feedback → request. */
export function nextFlow(flow: Flow): Flow {
  return FLOWS[(FLOWS.indexOf(flow) + 1) % FLOWS.length];
}

/** What the editor says when it picks a flow for a new edge: "request: on the serving path". */
export function describePick(picked: PickedFlow): string {
  return `${picked.flow}: ${FLOW_REASON_TEXT[picked.reason]}`;
}
