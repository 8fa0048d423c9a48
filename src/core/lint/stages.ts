import { getKind } from '../catalog';
import type { Design } from '../document/types';
import type { LintFacts } from './facts';
import type { Stage } from './types';

/**
 * The stage a kind covers in the interview framework (DOMAIN.md C2): client → problem; data
 * sources and feedback → data; processing and features → features; trainer and tuning → training;
 * offline evaluation, experiments and bandits → evaluation; registry, serving and retrieval-ranking
 * → serving; monitoring → monitoring. The spec leaves infra open: the API gateway and the cache
 * answer requests, so serving; the orchestrator schedules retraining, so training.
 */
const BY_CATEGORY: Readonly<Record<string, Stage>> = {
  client: 'problem',
  data: 'data',
  feedback: 'data',
  processing: 'features',
  features: 'features',
  training: 'training',
  experimentation: 'evaluation',
  registry: 'serving',
  serving: 'serving',
  'retrieval-ranking': 'serving',
  monitoring: 'monitoring',
};

const BY_KIND: Readonly<Record<string, Stage>> = {
  'offline-evaluation': 'evaluation',
  'api-gateway': 'serving',
  cache: 'serving',
  orchestrator: 'training',
};

export function stageOfKind(kind: string): Stage | undefined {
  return BY_KIND[kind] ?? BY_CATEGORY[getKind(kind)?.category ?? ''];
}

/**
 * The stages the design has a node of. The model stage is covered by any model node (section B),
 * and by an embedding model anywhere: off the serving path it is not served, but it is a trained
 * model all the same (similar-items' content encoder builds the index offline).
 */
export function coveredStages(design: Design, facts: Pick<LintFacts, 'isModelNode'>): Set<Stage> {
  const covered = new Set<Stage>();
  for (const n of design.nodes) {
    const stage = stageOfKind(n.kind);
    if (stage) covered.add(stage);
    if (facts.isModelNode(n) || n.kind === 'embedding-model') covered.add('model');
  }
  return covered;
}

/** The kinds that would put a node in `stage`, for "what would fill it" in the score and palette. */
export function kindsOfStage(stage: Stage, kinds: readonly { id: string }[]): string[] {
  if (stage === 'model') return ['model-server', 'light-ranker', 'heavy-ranker', 'batch-inference', 'embedding-model'];
  return kinds.filter((k) => stageOfKind(k.id) === stage).map((k) => k.id);
}
