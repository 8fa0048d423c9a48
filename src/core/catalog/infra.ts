import { type KindSpec, bool, latency, num, oneOf, qps } from './types';

export const clientRequest: KindSpec = {
  id: 'client-request',
  label: 'Client request',
  category: 'client',
  glyph: '⇢',
  description: 'Start of an online request: feed open, query, transaction, upload.',
  props: { sloLatencyMs: num(undefined, { unit: 'ms' }), qps: qps(), latencyMs: latency(0) },
};

export const apiGateway: KindSpec = {
  id: 'api-gateway',
  label: 'API gateway',
  category: 'infra',
  glyph: '⇄',
  description: 'Routing, auth, load balancing, fan-out.',
  props: { latencyMs: latency(), qps: qps() },
};

export const orchestrator: KindSpec = {
  id: 'orchestrator',
  label: 'Pipeline orchestrator',
  category: 'infra',
  glyph: '⟳',
  description: 'Schedules or triggers the validate→train→eval→deploy job graph (Airflow, Kubeflow).',
  props: { schedule: oneOf(['hourly', 'daily', 'weekly', 'none'], 'daily'), triggerOnDrift: bool(false) },
};

export const cache: KindSpec = {
  id: 'cache',
  label: 'Cache',
  category: 'infra',
  glyph: '⚡',
  description: 'In-memory cache of features, embeddings, predictions or candidates.',
  props: {
    cachedObject: oneOf(['features', 'embeddings', 'predictions', 'candidates'], 'predictions'),
    latencyMs: latency(),
    ttlSeconds: num(3600, { unit: 's' }),
  },
};
