import { numProp, strProp } from './props';
import type { DesignNode } from './types';

// One formatter for every card: toLocaleString builds a new one on each call, which shows in drags.
const NUMBER = new Intl.NumberFormat('en-US');
const fmt = (n: number) => NUMBER.format(n);

/** The key figures a card shows at a glance, on the canvas and in exports: SLO, QPS, latency, candidates in → out, freshness. */
export function keyFigures(node: DesignNode): string[] {
  const out: string[] = [];
  const latency = numProp(node, 'latencyMs');
  const slo = numProp(node, 'sloLatencyMs');
  const qps = numProp(node, 'qps');
  const cin = numProp(node, 'candidatesIn') ?? numProp(node, 'corpusSize');
  const cout = numProp(node, 'candidatesOut');
  const fresh = strProp(node, 'freshness');
  if (slo !== undefined) out.push(`SLO ${fmt(slo)} ms`);
  if (qps !== undefined) out.push(`${fmt(qps)} QPS`);
  if (latency !== undefined && !(node.kind === 'client-request' && latency === 0)) out.push(`${fmt(latency)} ms`);
  if (cin !== undefined && cout !== undefined) out.push(`${fmt(cin)} → ${fmt(cout)}`);
  else if (cout !== undefined) out.push(`→ ${fmt(cout)}`);
  else if (cin !== undefined) out.push(`${fmt(cin)} in`);
  if (fresh) out.push(fresh);
  return out;
}
