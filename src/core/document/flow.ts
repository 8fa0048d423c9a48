import { getKind } from '../catalog';
import type { Flow } from './types';

/** Kinds that answer online requests: an edge between two of them is part of the call chain. */
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
  'bandit',
]);

/** Stores and encoders that a serving node looks up during a request (drawn store → consumer). */
const LOOKUP = new Set(['feature-store', 'cache', 'result-store', 'embedding-model']);

const TOWARD_TRAINING = new Set([
  'trainer',
  'label-join',
  'label-source',
  'data-warehouse',
  'event-log',
  'batch-processor',
  'stream-bus',
  'feature-pipeline',
]);

/**
 * The flow a freshly drawn edge gets (DOMAIN.md drawing conventions): request along the online
 * call chain and for lookups, feedback for logs and labels flowing back toward training, data
 * for everything else. The user can change it.
 */
export function defaultFlow(sourceKind: string, targetKind: string): Flow {
  if (sourceKind === 'client-request') return 'request';
  if (targetKind === 'prediction-log' && (ONLINE.has(sourceKind) || sourceKind === 'batch-inference')) return 'feedback';
  if ((sourceKind === 'prediction-log' || sourceKind === 'human-review') && TOWARD_TRAINING.has(targetKind)) {
    return 'feedback';
  }
  if (ONLINE.has(targetKind) && (ONLINE.has(sourceKind) || LOOKUP.has(sourceKind))) return 'request';
  if (getKind(targetKind)?.category === 'feedback' && ONLINE.has(sourceKind)) return 'feedback';
  return 'data';
}
