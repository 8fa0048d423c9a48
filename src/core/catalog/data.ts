import { type KindSpec, bool, count, labels, num } from './types';

export const eventLog: KindSpec = {
  id: 'event-log',
  label: 'Event log',
  category: 'data',
  glyph: '≣',
  description: 'Impressions, clicks, dwell time, purchases.',
  props: { labels: labels('implicit'), timestamped: bool(true), pii: bool(false) },
};

export const userDb: KindSpec = {
  id: 'user-db',
  label: 'User DB',
  category: 'data',
  glyph: '☷',
  description: 'Profiles, demographics, social graph.',
  props: { labels: labels('none'), timestamped: bool(false), pii: bool(false) },
};

export const itemCatalog: KindSpec = {
  id: 'item-catalog',
  label: 'Item catalog',
  category: 'data',
  glyph: '▦',
  description: 'Posts, videos, documents, ads or listings, with content metadata.',
  props: { corpusSize: count(), labels: labels('none'), timestamped: bool(false), itemLifetimeHours: num(undefined, { unit: 'h' }), pii: bool(false) },
};

export const labelSource: KindSpec = {
  id: 'label-source',
  label: 'Label source',
  category: 'data',
  glyph: '⚑',
  description: 'Explicit labels: ratings, annotations, user reports, chargebacks.',
  props: { labels: labels('explicit'), timestamped: bool(true), labelDelayHours: num(undefined, { unit: 'h' }), pii: bool(false) },
};

export const dataWarehouse: KindSpec = {
  id: 'data-warehouse',
  label: 'Data warehouse',
  category: 'data',
  glyph: '⛁',
  description: 'Historical tables or a data lake (Hive, S3, BigQuery).',
  props: { labels: labels('none'), timestamped: bool(true), pii: bool(false) },
};
