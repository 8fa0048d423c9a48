import { getKind } from '../catalog';
import type { Category } from '../catalog/types';
import type { DesignNode } from '../document/types';
import type { Stage } from '../lint/types';

/**
 * Which step of the interview framework (problem → … → monitoring) a component belongs to, so
 * the design document reads in the order a reviewer asks questions:
 * - problem: the client request (what is asked, how fast, how often);
 * - data: sources and their processing and validation;
 * - features: pipelines, the feature store, embeddings;
 * - model: retrieval and ranking stages, the model architecture of the system;
 * - training: trainer, tuning and the orchestrator that retrains;
 * - evaluation: offline evaluation, A/B tests and bandits (online evaluation);
 * - serving: model servers, batch inference, stores, registry (deployment), gateway, caches;
 * - monitoring: monitors and alerting, and the feedback loop (logs, label joins, review).
 */
const BY_CATEGORY: Record<Category, Stage> = {
  client: 'problem',
  data: 'data',
  processing: 'data',
  features: 'features',
  'retrieval-ranking': 'model',
  training: 'training',
  experimentation: 'evaluation',
  registry: 'serving',
  serving: 'serving',
  infra: 'serving',
  monitoring: 'monitoring',
  feedback: 'monitoring',
};

const BY_KIND: Record<string, Stage> = {
  'offline-evaluation': 'evaluation',
  orchestrator: 'training',
};

export function stageOfNode(node: DesignNode): Stage {
  const category = getKind(node.kind)?.category;
  return BY_KIND[node.kind] ?? (category ? BY_CATEGORY[category] : 'serving');
}

export const STAGE_TITLES: Record<Stage, string> = {
  problem: 'Problem',
  data: 'Data',
  features: 'Features',
  model: 'Model: retrieval and ranking',
  training: 'Training',
  evaluation: 'Evaluation',
  serving: 'Serving and deployment',
  monitoring: 'Monitoring and feedback',
};
