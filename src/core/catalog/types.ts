/** Component kinds are plain data (after tldraw's schema/util split); rendering lives in canvas/. */

export type Category =
  | 'client'
  | 'infra'
  | 'data'
  | 'processing'
  | 'features'
  | 'training'
  | 'registry'
  | 'serving'
  | 'retrieval-ranking'
  | 'experimentation'
  | 'monitoring'
  | 'feedback';

export type PropSpec =
  | { type: 'number'; default?: number; min?: number; max?: number; unit?: string; integer?: boolean; label?: string }
  | { type: 'boolean'; default: boolean; label?: string }
  | { type: 'enum'; options: readonly string[]; default?: string; label?: string }
  | { type: 'list'; options: readonly string[]; default: readonly string[]; label?: string }
  | { type: 'string'; default?: string; label?: string };

export type PropValue = number | boolean | string | string[];

export interface KindSpec {
  id: string;
  label: string;
  category: Category;
  description: string;
  /** A short glyph drawn on the node and in the palette. */
  glyph: string;
  props: Record<string, PropSpec>;
}

export const FRESHNESS = ['realtime', 'near-realtime', 'batch'] as const;
export const LABELS = ['explicit', 'implicit', 'none'] as const;
export const DOMAINS = [
  'recommendation',
  'ranking',
  'search',
  'ads',
  'fraud',
  'moderation',
  'classification',
  'regression',
  'other',
] as const;

export type Freshness = (typeof FRESHNESS)[number];

/** Small builders so that each kind reads like DOMAIN.md's table row. */
export const num = (def?: number, extra: { min?: number; max?: number; unit?: string; integer?: boolean } = {}): PropSpec => ({
  type: 'number',
  default: def,
  min: 0,
  ...extra,
});
export const latency = (def?: number): PropSpec => num(def, { unit: 'ms' });
export const qps = (): PropSpec => num(undefined, { unit: 'QPS' });
export const count = (def?: number): PropSpec => num(def, { integer: true });
export const bool = (def: boolean): PropSpec => ({ type: 'boolean', default: def });
export const oneOf = (options: readonly string[], def?: string): PropSpec => ({ type: 'enum', options, default: def });
export const listOf = (options: readonly string[], def: readonly string[]): PropSpec => ({ type: 'list', options, default: def });
export const text = (def?: string): PropSpec => ({ type: 'string', default: def });
export const freshness = (def: Freshness): PropSpec => oneOf(FRESHNESS, def);
export const labels = (def: (typeof LABELS)[number]): PropSpec => oneOf(LABELS, def);
export const domain = (): PropSpec => oneOf(DOMAINS, 'other');
