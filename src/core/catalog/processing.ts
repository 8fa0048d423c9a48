import { type KindSpec, bool, freshness, listOf, num, oneOf } from './types';

export const streamBus: KindSpec = {
  id: 'stream-bus',
  label: 'Stream bus',
  category: 'processing',
  glyph: '⇶',
  description: 'Durable event transport (Kafka, Kinesis).',
  props: { timestamped: bool(true), retentionHours: num(168, { unit: 'h' }) },
};

export const streamProcessor: KindSpec = {
  id: 'stream-processor',
  label: 'Stream processor',
  category: 'processing',
  glyph: '≋',
  description: 'Windowed streaming aggregates (Flink, Kafka Streams).',
  props: { freshness: freshness('near-realtime'), windowMinutes: num(5, { unit: 'min' }) },
};

export const batchProcessor: KindSpec = {
  id: 'batch-processor',
  label: 'Batch processor',
  category: 'processing',
  glyph: '⚙',
  description: 'Cleaning, dedup, joins, aggregates (Spark, BigQuery).',
  props: { freshness: freshness('batch'), schedule: oneOf(['hourly', 'daily', 'weekly'], 'daily') },
};

export const dataValidation: KindSpec = {
  id: 'data-validation',
  label: 'Data validation',
  category: 'processing',
  glyph: '✔',
  description: 'Schema, range, volume and distribution checks that block bad data.',
  props: { checks: listOf(['schema', 'ranges', 'volume', 'distribution', 'pii'], ['schema']), blocking: bool(true) },
};
