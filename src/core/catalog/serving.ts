import { type KindSpec, bool, count, domain, latency, num, oneOf, qps } from './types';

export const batchInference: KindSpec = {
  id: 'batch-inference',
  label: 'Batch inference',
  category: 'serving',
  glyph: '⧗',
  description: 'Scores all users or items on a schedule.',
  props: { domain: domain(), schedule: oneOf(['hourly', 'daily', 'weekly'], 'daily'), pretrained: bool(false) },
};

export const resultStore: KindSpec = {
  id: 'result-store',
  label: 'Result store',
  category: 'serving',
  glyph: '⊟',
  description: 'Key-value store of precomputed predictions or candidates (Redis, DynamoDB).',
  props: { candidatesOut: count(), latencyMs: latency(), ttlHours: num(24, { unit: 'h' }), maxAgeHours: num(undefined, { unit: 'h' }) },
};

export const modelServer: KindSpec = {
  id: 'model-server',
  label: 'Model server',
  category: 'serving',
  glyph: '◉',
  description: 'Real-time inference (TF Serving, Triton, TorchServe).',
  props: { domain: domain(), latencyMs: latency(), qps: qps(), hardware: oneOf(['cpu', 'gpu'], 'cpu'), pretrained: bool(false) },
};

export const coldStartFallback: KindSpec = {
  id: 'cold-start-fallback',
  label: 'Cold-start fallback',
  category: 'serving',
  glyph: '❄',
  description: 'Popularity, demographic or onboarding results for new users and items.',
  props: {
    strategy: oneOf(['popularity', 'demographic', 'onboarding'], 'popularity'),
    candidatesOut: count(),
    latencyMs: latency(),
  },
};

export const rulesEngine: KindSpec = {
  id: 'rules-engine',
  label: 'Rules engine',
  category: 'serving',
  glyph: '⚖',
  description: 'Hand-written business or fraud rules, hard blocks, thresholds.',
  props: { action: oneOf(['block', 'flag', 'score'], 'flag'), latencyMs: latency() },
};
