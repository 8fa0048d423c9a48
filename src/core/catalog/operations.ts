import { type KindSpec, bool, count, latency, listOf, num, oneOf, text } from './types';

export const experimentService: KindSpec = {
  id: 'experiment-service',
  label: 'Experiment service',
  category: 'experimentation',
  glyph: 'AB',
  description: 'Splits traffic between variants; includes the stats engine.',
  props: {
    mode: oneOf(['ab', 'canary', 'shadow', 'interleaving'], 'ab'),
    trafficPct: num(50, { max: 100, unit: '%' }),
    unit: oneOf(['user', 'request', 'cluster'], 'user'),
    latencyMs: latency(),
  },
};

export const bandit: KindSpec = {
  id: 'bandit',
  label: 'Bandit',
  category: 'experimentation',
  glyph: '⚄',
  description: 'Multi-armed or contextual bandit that explores new items or ads.',
  props: {
    algorithm: oneOf(['epsilon-greedy', 'thompson', 'ucb'], 'thompson'),
    explorationPct: num(5, { max: 100, unit: '%' }),
    latencyMs: latency(),
  },
};

export const driftMonitor: KindSpec = {
  id: 'drift-monitor',
  label: 'Drift monitor',
  category: 'monitoring',
  glyph: '∿',
  description: 'Compares serving data with training data (PSI, KL, KS tests) and tracks quality.',
  props: {
    watches: listOf(['data-drift', 'prediction-drift', 'business-metrics', 'latency', 'feature-skew'], ['data-drift']),
    psiThreshold: num(0.1),
    interval: oneOf(['hourly', 'daily'], 'hourly'),
  },
};

export const metricsDashboard: KindSpec = {
  id: 'metrics-dashboard',
  label: 'Metrics dashboard',
  category: 'monitoring',
  glyph: '▤',
  description: 'Online and offline metric views (CTR, revenue, latency).',
  props: { metrics: listOf(['business', 'model', 'system'], ['business']) },
};

export const alerting: KindSpec = {
  id: 'alerting',
  label: 'Alerting',
  category: 'monitoring',
  glyph: '⚠',
  description: 'Threshold alerts, paging, rollback hooks.',
  props: { channel: oneOf(['page', 'ticket', 'email'], 'page'), thresholds: text() },
};

export const predictionLog: KindSpec = {
  id: 'prediction-log',
  label: 'Prediction log',
  category: 'feedback',
  glyph: '✎',
  description: 'Serving-time log of features, scores, model version and position.',
  props: {
    logFeatures: bool(true),
    logPosition: bool(false),
    sampleRate: num(1.0, { max: 1 }),
    timestamped: bool(true),
  },
};

export const labelJoin: KindSpec = {
  id: 'label-join',
  label: 'Label joiner',
  category: 'feedback',
  glyph: '⋈',
  description: 'Joins delayed outcomes to logged predictions by request id.',
  props: { joinWindowHours: num(24, { unit: 'h' }), labels: oneOf(['explicit', 'implicit', 'none'], 'implicit') },
};

export const humanReview: KindSpec = {
  id: 'human-review',
  label: 'Human review',
  category: 'feedback',
  glyph: '☺',
  description: 'Review queue for uncertain or severe cases; produces explicit labels.',
  props: {
    routing: oneOf(['low-confidence', 'high-severity', 'sample'], 'low-confidence'),
    labels: oneOf(['explicit', 'implicit', 'none'], 'explicit'),
    capacityPerDay: count(),
  },
};
