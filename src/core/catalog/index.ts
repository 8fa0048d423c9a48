import type { Category, KindSpec, PropValue } from './types';
import { apiGateway, cache, clientRequest, orchestrator } from './infra';
import { dataWarehouse, eventLog, itemCatalog, labelSource, userDb } from './data';
import { batchProcessor, dataValidation, streamBus, streamProcessor } from './processing';
import { embeddingModel, featurePipeline, featureStore } from './features';
import { hyperparameterTuning, modelRegistry, offlineEvaluation, trainer } from './training';
import { batchInference, coldStartFallback, modelServer, resultStore, rulesEngine } from './serving';
import {
  annIndex,
  candidateGeneration,
  heavyRanker,
  lexicalIndex,
  lightRanker,
  queryUnderstanding,
  reranker,
} from './retrieval-ranking';
import {
  alerting,
  bandit,
  driftMonitor,
  experimentService,
  humanReview,
  labelJoin,
  metricsDashboard,
  predictionLog,
} from './operations';

export * from './types';

/** The 40 kinds of DOMAIN.md section A, in its order. */
export const KINDS: readonly KindSpec[] = [
  clientRequest,
  apiGateway,
  orchestrator,
  cache,
  eventLog,
  userDb,
  itemCatalog,
  labelSource,
  dataWarehouse,
  streamBus,
  streamProcessor,
  batchProcessor,
  dataValidation,
  featurePipeline,
  featureStore,
  embeddingModel,
  trainer,
  hyperparameterTuning,
  offlineEvaluation,
  modelRegistry,
  batchInference,
  resultStore,
  modelServer,
  coldStartFallback,
  rulesEngine,
  queryUnderstanding,
  candidateGeneration,
  annIndex,
  lexicalIndex,
  lightRanker,
  heavyRanker,
  reranker,
  experimentService,
  bandit,
  driftMonitor,
  metricsDashboard,
  alerting,
  predictionLog,
  labelJoin,
  humanReview,
];

const byId = new Map(KINDS.map((k) => [k.id, k]));

export function getKind(id: string): KindSpec | undefined {
  return byId.get(id);
}

/** Categories in the order a design is usually read: request in, data, features, models, serving, operations. */
export const CATEGORIES: readonly { id: Category; label: string }[] = [
  { id: 'client', label: 'Client' },
  { id: 'infra', label: 'Infrastructure' },
  { id: 'data', label: 'Data sources' },
  { id: 'processing', label: 'Processing' },
  { id: 'features', label: 'Features' },
  { id: 'training', label: 'Training' },
  { id: 'registry', label: 'Registry' },
  { id: 'serving', label: 'Serving' },
  { id: 'retrieval-ranking', label: 'Retrieval & ranking' },
  { id: 'experimentation', label: 'Experimentation' },
  { id: 'monitoring', label: 'Monitoring' },
  { id: 'feedback', label: 'Feedback' },
];

/** The kind's default props, leaving out the ones that are unset by default (DOMAIN.md's "—"). */
export function defaultProps(kind: KindSpec): Record<string, PropValue> {
  const out: Record<string, PropValue> = {};
  for (const [name, spec] of Object.entries(kind.props)) {
    if (spec.default === undefined) continue;
    out[name] = Array.isArray(spec.default) ? [...spec.default] : (spec.default as PropValue);
  }
  return out;
}

export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length];
}

/** The closest name to a misspelt one, when it is close enough to be a likely typo. */
export function closest(name: string, candidates: Iterable<string>): string | undefined {
  const wanted = name.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const lower = c.toLowerCase();
    // "latency-drift" for "latency": one name inside the other is a likelier meaning than any edit.
    const d = lower.length >= 4 && (wanted.includes(lower) || lower.includes(wanted)) && wanted.length >= 4 ? 0.5 : editDistance(wanted, lower);
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  const allowed = wanted.length <= 3 ? 0 : Math.max(2, Math.floor(wanted.length / 3));
  return best !== undefined && bestDistance <= allowed ? best : undefined;
}

export function suggestKind(name: string): string | undefined {
  return closest(name, byId.keys());
}
export { KIND_ALIASES } from './aliases';
