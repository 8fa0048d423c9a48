import { type KindSpec, bool, count, domain, listOf, oneOf } from './types';

export const trainer: KindSpec = {
  id: 'trainer',
  label: 'Trainer',
  category: 'training',
  glyph: '∇',
  description: 'Fits a model from features and labels.',
  props: {
    domain: domain(),
    splitStrategy: oneOf(['time-based', 'random'], 'random'),
    schedule: oneOf(['continuous', 'daily', 'weekly', 'manual'], 'manual'),
    positionBiasCorrection: oneOf(['none', 'ips', 'position-feature'], 'none'),
    classImbalance: oneOf(['none', 'reweight', 'downsample', 'focal'], 'none'),
    calibration: oneOf(['none', 'platt', 'isotonic'], 'none'),
  },
};

export const hyperparameterTuning: KindSpec = {
  id: 'hyperparameter-tuning',
  label: 'Hyperparameter tuning',
  category: 'training',
  glyph: '⚲',
  description: 'Grid, random or Bayesian search around the trainer.',
  props: { method: oneOf(['grid', 'random', 'bayesian'], 'bayesian'), trials: count(20) },
};

export const offlineEvaluation: KindSpec = {
  id: 'offline-evaluation',
  label: 'Offline evaluation',
  category: 'training',
  glyph: '✓',
  description: 'Held-out metrics, per-slice results, comparison with a baseline; blocks bad models.',
  props: {
    metrics: listOf(['auc', 'pr-auc', 'ndcg', 'map', 'mrr', 'recall@k', 'precision@k', 'f1', 'mse'], ['auc']),
    gate: bool(true),
    sliceEval: bool(false),
  },
};

export const modelRegistry: KindSpec = {
  id: 'model-registry',
  label: 'Model registry',
  category: 'registry',
  glyph: '⬚',
  description: 'Versioned artifacts, metadata, lineage, approval, rollback.',
  props: { approvalGate: bool(true), rollbackEnabled: bool(true) },
};
