import { type KindSpec, bool, count, domain, latency, listOf, num, oneOf } from './types';

export const queryUnderstanding: KindSpec = {
  id: 'query-understanding',
  label: 'Query understanding',
  category: 'retrieval-ranking',
  glyph: '?',
  description: 'Intent classification, entity recognition, spelling fix, synonym expansion.',
  props: { tasks: listOf(['intent', 'ner', 'spell', 'expansion'], ['intent']), latencyMs: latency() },
};

export const candidateGeneration: KindSpec = {
  id: 'candidate-generation',
  label: 'Candidate generation',
  category: 'retrieval-ranking',
  glyph: '⋔',
  description: 'Merges, dedups and caps retrieval sources (social graph, ANN, popularity).',
  props: {
    sources: listOf(['graph', 'ann', 'lexical', 'popularity', 'collaborative'], ['ann']),
    candidatesIn: count(),
    candidatesOut: count(1000),
    latencyMs: latency(),
  },
};

export const annIndex: KindSpec = {
  id: 'ann-index',
  label: 'ANN index',
  category: 'retrieval-ranking',
  glyph: '⊛',
  description: 'Approximate nearest-neighbour search (FAISS, ScaNN, HNSW).',
  props: {
    corpusSize: count(),
    candidatesOut: count(500),
    latencyMs: latency(),
    refresh: oneOf(['realtime', 'hourly', 'daily'], 'daily'),
  },
};

export const lexicalIndex: KindSpec = {
  id: 'lexical-index',
  label: 'Lexical index',
  category: 'retrieval-ranking',
  glyph: '¶',
  description: 'Inverted index with BM25 scoring.',
  props: { corpusSize: count(), candidatesOut: count(1000), latencyMs: latency() },
};

export const lightRanker: KindSpec = {
  id: 'light-ranker',
  label: 'Light ranker',
  category: 'retrieval-ranking',
  glyph: '▵',
  description: 'Cheap pre-ranker (gradient-boosted trees, small neural net).',
  props: { candidatesIn: count(), candidatesOut: count(), latencyMs: latency(), pretrained: bool(false) },
};

export const heavyRanker: KindSpec = {
  id: 'heavy-ranker',
  label: 'Heavy ranker',
  category: 'retrieval-ranking',
  glyph: '▲',
  description: 'Feature-rich ranker (DLRM, multi-task, LambdaMART).',
  props: { domain: domain(), candidatesIn: count(), candidatesOut: count(), latencyMs: latency(), pretrained: bool(false) },
};

export const reranker: KindSpec = {
  id: 'reranker',
  label: 'Re-ranker (policy layer)',
  category: 'retrieval-ranking',
  glyph: '⇅',
  description: 'Diversity, dedup, safety, freshness, business rules, sponsored slots.',
  props: {
    policies: listOf(['diversity', 'safety', 'dedup', 'freshness', 'business'], ['diversity']),
    candidatesOut: count(),
    latencyMs: latency(),
    explorationPct: num(0, { max: 100, unit: '%' }),
  },
};
