import { type KindSpec, bool, count, freshness, latency, oneOf } from './types';

export const featurePipeline: KindSpec = {
  id: 'feature-pipeline',
  label: 'Feature pipeline',
  category: 'features',
  glyph: 'ƒ',
  description: 'Shared feature-computation code: batch, streaming or on-demand.',
  props: { freshness: freshness('batch'), featureCount: count() },
};

export const featureStore: KindSpec = {
  id: 'feature-store',
  label: 'Feature store',
  category: 'features',
  glyph: '◫',
  description: 'One set of feature definitions: offline store for training, online store for serving.',
  props: {
    onlineStore: bool(true),
    offlineStore: bool(true),
    freshness: freshness('batch'),
    pointInTime: bool(true),
    latencyMs: latency(),
  },
};

export const embeddingModel: KindSpec = {
  id: 'embedding-model',
  label: 'Embedding model',
  category: 'features',
  glyph: '⋰',
  description: 'Tower or encoder for user, item, query or content embeddings.',
  props: { entity: oneOf(['user', 'item', 'query', 'content'], 'item'), dim: count(256), latencyMs: latency(), pretrained: bool(false) },
};
