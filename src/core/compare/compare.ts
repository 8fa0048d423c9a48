import { getKind } from '../catalog';
import type { Design, DesignNode } from '../document/types';
import { nodeLabel } from '../document/props';
import { ANY, type FlowSet, Graph, R, RD } from '../graph/graph';
import { topologicalOrder } from '../graph/topological';
import { servingPaths, servingSet } from '../graph/servingPaths';

/**
 * What a design lacks next to a reference design. Matching is by kind and by path (reachability by
 * flow), never by label or position: a "Light ranker" that no request reaches is not a funnel stage.
 */

export type FunnelStageId = 'retrieval' | 'light-ranking' | 'heavy-ranking' | 'policy';
export type LoopId = 'deploy' | 'feedback' | 'monitoring';

export interface MissingStage {
  stage: FunnelStageId;
  label: string;
  /** Nodes of the stage's kinds that the design has, but off the serving path. */
  offPath: string[];
}

export interface MissingLoop {
  loop: LoopId;
  label: string;
  /** The first step of the loop that the design does not reach. */
  brokenAt: string;
}

export interface Suggestion {
  kind: string;
  /** Draw an edge from this design node to the new one. */
  connectFrom?: string;
  /** Draw an edge from the new node to this design node. */
  connectTo?: string;
  reason: string;
}

export interface Comparison {
  /** Kinds the reference uses and the design has no node of, in the reference's order. */
  missingKinds: string[];
  missingFunnelStages: MissingStage[];
  missingLoops: MissingLoop[];
  /** One node per kind to add, most structural first: funnel stages, then loops, then other kinds. */
  suggestions: Suggestion[];
}

interface FunnelStageSpec {
  id: FunnelStageId;
  label: string;
  kinds: readonly string[];
}

/** The serving funnel, upstream first (millions → ~1,000 → 200 → 50 → the page). */
export const FUNNEL_STAGES: readonly FunnelStageSpec[] = [
  { id: 'retrieval', label: 'Retrieval', kinds: ['candidate-generation', 'ann-index', 'lexical-index', 'result-store'] },
  { id: 'light-ranking', label: 'Light ranking', kinds: ['light-ranker'] },
  // A model server on the serving path of a ranking design plays the heavy ranker.
  { id: 'heavy-ranking', label: 'Heavy ranking', kinds: ['heavy-ranker', 'model-server'] },
  { id: 'policy', label: 'Policy / re-ranking', kinds: ['reranker'] },
];

/** Model nodes a registry deploys to (DOMAIN.md: model node). */
const SERVED_MODELS = ['model-server', 'light-ranker', 'heavy-ranker', 'batch-inference', 'embedding-model'];

interface Facts {
  graph: Graph;
  /** S: every node reachable from a client request over request edges. */
  serving: Set<string>;
}

interface LoopStep {
  label: string;
  /** The kind to add when this step is missing; none when no single kind stands for it. */
  kind?: string;
  matches(node: DesignNode, facts: Facts): boolean;
}

interface LoopSpec {
  id: LoopId;
  label: string;
  flows: FlowSet;
  steps: LoopStep[];
}

const ofKinds =
  (...kinds: string[]) =>
  (node: DesignNode) =>
    kinds.includes(node.kind);

export const LOOPS: readonly LoopSpec[] = [
  {
    id: 'deploy',
    label: 'Training → evaluation → registry → serving',
    // A registry may deploy through an experiment service that routes requests to the model.
    flows: RD,
    steps: [
      { label: 'training', kind: 'trainer', matches: ofKinds('trainer') },
      { label: 'evaluation', kind: 'offline-evaluation', matches: ofKinds('offline-evaluation') },
      { label: 'registry', kind: 'model-registry', matches: ofKinds('model-registry') },
      { label: 'serving', kind: 'model-server', matches: ofKinds(...SERVED_MODELS) },
    ],
  },
  {
    id: 'feedback',
    label: 'Serving → logs → labels → training',
    flows: ANY,
    steps: [
      { label: 'serving', matches: (n, f) => f.serving.has(n.id) || n.kind === 'batch-inference' },
      { label: 'logs', kind: 'prediction-log', matches: ofKinds('prediction-log') },
      { label: 'labels', kind: 'label-join', matches: ofKinds('label-join', 'label-source', 'human-review') },
      { label: 'training', kind: 'trainer', matches: ofKinds('trainer') },
    ],
  },
  {
    id: 'monitoring',
    label: 'Monitoring → alerting',
    flows: ANY,
    steps: [
      { label: 'monitoring', kind: 'drift-monitor', matches: ofKinds('drift-monitor', 'metrics-dashboard') },
      { label: 'alerting', kind: 'alerting', matches: ofKinds('alerting') },
    ],
  },
];

function factsOf(design: Pick<Design, 'nodes' | 'edges'>): Facts {
  const graph = new Graph(design);
  return { graph, serving: servingSet(servingPaths(graph)) };
}

const stageIndexOf = (kind: string) => FUNNEL_STAGES.findIndex((s) => s.kinds.includes(kind));
const kindLabel = (kind: string) => getKind(kind)?.label ?? kind;
const withArticle = (words: string) => `${/^(?:[aeio]|u(?!se|ni))/i.test(words) ? 'an' : 'a'} ${words}`;

/** The serving path in call order: upstream nodes first (design order if it has a cycle). */
function servingOrder(facts: Facts): DesignNode[] {
  const order = topologicalOrder(facts.graph, facts.serving, R) ?? facts.graph.nodes.filter((n) => facts.serving.has(n.id)).map((n) => n.id);
  return order.map((id) => facts.graph.byId.get(id)!);
}

/** Each loop's steps, each the nodes that the previous step reaches; the first empty one breaks it. */
function walkLoop(loop: LoopSpec, facts: Facts): DesignNode[][] {
  const { graph } = facts;
  const frontiers: DesignNode[][] = [graph.nodes.filter((n) => loop.steps[0].matches(n, facts))];
  for (const step of loop.steps.slice(1)) {
    const previous = frontiers[frontiers.length - 1];
    if (!previous.length) break;
    const reached = graph.reachableFrom(
      previous.map((n) => n.id),
      loop.flows,
    );
    frontiers.push(graph.nodes.filter((n) => reached.has(n.id) && step.matches(n, facts)));
  }
  return frontiers;
}

const loopComplete = (loop: LoopSpec, frontiers: DesignNode[][]) =>
  frontiers.length === loop.steps.length && frontiers[frontiers.length - 1].length > 0;

export function compareWithReference(design: Pick<Design, 'nodes' | 'edges'>, reference: Pick<Design, 'nodes' | 'edges' | 'title'>): Comparison {
  const mine = factsOf(design);
  const ref = factsOf(reference);
  const refName = reference.title || 'The reference';
  const have = new Set(design.nodes.map((n) => n.kind));
  const suggestions = new Map<string, Suggestion>();
  const suggest = (s: Suggestion) => {
    if (!suggestions.has(s.kind) && getKind(s.kind)) suggestions.set(s.kind, s);
  };

  // The serving funnel: stages the reference's serving path has and the design's lacks.
  const mineOrder = servingOrder(mine);
  const refOrder = servingOrder(ref);
  const stageOf = (n: DesignNode) => stageIndexOf(n.kind);
  const missingFunnelStages: MissingStage[] = [];
  FUNNEL_STAGES.forEach((stage, i) => {
    const refNodes = refOrder.filter((n) => stageOf(n) === i);
    if (!refNodes.length || mineOrder.some((n) => stageOf(n) === i)) return;
    const offPath = design.nodes.filter((n) => stage.kinds.includes(n.kind)).map((n) => n.id);
    missingFunnelStages.push({ stage: stage.id, label: stage.label, offPath });
    const kind = refNodes.find((n) => n.kind === 'candidate-generation')?.kind ?? refNodes[0].kind;
    // Insert it where it belongs: after the latest earlier stage (or the client), before the next one.
    const before = [...mineOrder].reverse().find((n) => stageOf(n) >= 0 && stageOf(n) < i) ?? mineOrder.find((n) => n.kind === 'client-request');
    const after = mineOrder.find((n) => stageOf(n) > i);
    const off = offPath.length ? ` Your ${nodeLabel(design.nodes.find((n) => n.id === offPath[0])!)} is not on it: no request reaches it.` : '';
    suggest({
      kind,
      connectFrom: before?.id,
      connectTo: after?.id,
      reason: `${refName} has ${withArticle(stage.label.toLowerCase())} stage (${kindLabel(kind)}) on its serving path.${off}`,
    });
  });

  // The offline loops: complete in the reference, broken in the design.
  const missingLoops: MissingLoop[] = [];
  for (const loop of LOOPS) {
    if (!loopComplete(loop, walkLoop(loop, ref))) continue;
    const frontiers = walkLoop(loop, mine);
    if (loopComplete(loop, frontiers)) continue;
    const broken = frontiers.findIndex((f) => !f.length);
    const step = loop.steps[broken];
    missingLoops.push({ loop: loop.id, label: loop.label, brokenAt: step.label });
    if (!step.kind) continue;
    // Continue the loop from its furthest point: the end of the serving path, or the first match.
    const previous = broken > 0 ? frontiers[broken - 1] : [];
    const from = [...mineOrder].reverse().find((n) => previous.includes(n)) ?? previous[0];
    const next = loop.steps[broken + 1];
    const to = next ? design.nodes.find((n) => next.matches(n, mine) && n.id !== from?.id) : undefined;
    const what = from ? `the loop stops after ${nodeLabel(from)}: no ${step.label} step follows it` : `the design has no ${step.label} step`;
    suggest({ kind: step.kind, connectFrom: from?.id, connectTo: to?.id, reason: `${loop.label}: ${what}.` });
  }

  // Every other kind the reference uses, wired to what it is wired to in the reference.
  const missingKinds: string[] = [];
  for (const node of reference.nodes) {
    if (have.has(node.kind) || missingKinds.includes(node.kind)) continue;
    missingKinds.push(node.kind);
    const firstOfKind = (kind: string) => design.nodes.find((n) => n.kind === kind);
    const from = ref.graph.predecessors(node.id).map((id) => firstOfKind(ref.graph.byId.get(id)!.kind)).find(Boolean);
    const to = ref.graph.successors(node.id).map((id) => firstOfKind(ref.graph.byId.get(id)!.kind)).find(Boolean);
    const where = from ? ` after ${getKind(from.kind)!.label}` : to ? ` before ${getKind(to.kind)!.label}` : '';
    suggest({ kind: node.kind, connectFrom: from?.id, connectTo: to?.id, reason: `${refName} has ${withArticle(kindLabel(node.kind))}${where}.` });
  }

  return { missingKinds, missingFunnelStages, missingLoops, suggestions: [...suggestions.values()] };
}
