import type { PropValue } from '../catalog/types';
import { type Design, type DesignEdge, type DesignNode, type Flow, CURRENT_VERSION, FORMAT } from '../document/types';

/** mulberry32: a tiny seeded generator, so the same seed always builds the same design. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Spec = [name: string, kind: string, props?: Record<string, PropValue>];
type Link = [from: string, to: string, flow?: Flow];

/** A module of a real design: a serving path with its training and monitoring, or a pipeline. */
interface Unit {
  nodes: Spec[];
  edges: Link[];
}

const DOMAINS = ['recommendation', 'ranking', 'search', 'ads'];

function feedUnit(rnd: () => number): Unit {
  const domain = DOMAINS[Math.floor(rnd() * DOMAINS.length)];
  const ms = () => Math.round(2 + rnd() * 30);
  return {
    nodes: [
      ['req', 'client-request', { sloLatencyMs: 150, qps: Math.round(rnd() * 20_000) }],
      ['gw', 'api-gateway', { latencyMs: 2 }],
      ['ann', 'ann-index', { latencyMs: ms(), corpusSize: 5_000_000 }],
      ['lex', 'lexical-index', { latencyMs: ms() }],
      ['cg', 'candidate-generation', { latencyMs: ms() }],
      ['light', 'light-ranker', { latencyMs: 10, candidatesIn: 1000, candidatesOut: 200 }],
      ['heavy', 'heavy-ranker', { latencyMs: 50, domain, candidatesIn: 200, candidatesOut: 50 }],
      ['rr', 'reranker', { latencyMs: ms(), candidatesOut: 20 }],
      ['cache', 'cache', { latencyMs: 1 }],
      ['plog', 'prediction-log', { logPosition: true }],
      ['join', 'label-join'],
      ['t', 'trainer', { domain, splitStrategy: 'time-based', schedule: 'daily', positionBiasCorrection: 'ips' }],
      ['ev', 'offline-evaluation', { metrics: ['ndcg', 'auc'] }],
      ['reg', 'model-registry'],
      ['ab', 'experiment-service'],
      ['dm', 'drift-monitor', { watches: ['data-drift', 'prediction-drift', 'business-metrics', 'latency'] }],
      ['al', 'alerting'],
    ],
    edges: [
      ['req', 'gw', 'request'],
      ['gw', 'ann', 'request'],
      ['gw', 'lex', 'request'],
      ['ann', 'cg', 'request'],
      ['lex', 'cg', 'request'],
      ['cg', 'light', 'request'],
      ['light', 'heavy', 'request'],
      ['heavy', 'rr', 'request'],
      ['cache', 'light', 'request'],
      ['rr', 'plog', 'feedback'],
      ['plog', 'join', 'feedback'],
      ['join', 't'],
      ['t', 'ev'],
      ['ev', 'reg'],
      ['reg', 'ab'],
      ['ab', 'heavy'],
      ['reg', 'light'],
      ['plog', 'dm'],
      ['dm', 'al'],
    ],
  };
}

function fraudUnit(rnd: () => number): Unit {
  return {
    nodes: [
      ['req', 'client-request', { sloLatencyMs: 100, qps: Math.round(rnd() * 5000) }],
      ['rules', 'rules-engine', { latencyMs: 5, action: 'block' }],
      ['srv', 'model-server', { latencyMs: 20 + Math.round(rnd() * 40), domain: 'fraud' }],
      ['review', 'human-review'],
      ['labels', 'label-source', { labelDelayHours: 720 }],
      ['join', 'label-join'],
      ['t', 'trainer', { domain: 'fraud', splitStrategy: 'time-based', classImbalance: 'reweight', schedule: 'daily' }],
      ['ev', 'offline-evaluation', { metrics: ['pr-auc'] }],
      ['reg', 'model-registry'],
      ['dm', 'drift-monitor'],
      ['al', 'alerting'],
      ['orch', 'orchestrator', { triggerOnDrift: true }],
    ],
    edges: [
      ['req', 'rules', 'request'],
      ['rules', 'srv', 'request'],
      ['srv', 'review', 'feedback'],
      ['review', 'labels', 'feedback'],
      ['labels', 'join'],
      ['join', 't'],
      ['t', 'ev'],
      ['ev', 'reg'],
      ['reg', 'srv'],
      ['srv', 'dm', 'feedback'],
      ['dm', 'al'],
      ['al', 'orch'],
      ['orch', 't'],
    ],
  };
}

function pipelineUnit(): Unit {
  return {
    nodes: [
      ['events', 'event-log'],
      ['bus', 'stream-bus'],
      ['stream', 'stream-processor'],
      ['wh', 'data-warehouse'],
      ['batch', 'batch-processor'],
      ['dv', 'data-validation', { checks: ['schema', 'ranges', 'distribution'] }],
      ['fs', 'feature-store', { latencyMs: 5 }],
      ['dash', 'metrics-dashboard'],
    ],
    edges: [
      ['events', 'bus'],
      ['bus', 'stream'],
      ['stream', 'fs'],
      ['events', 'wh'],
      ['wh', 'batch'],
      ['batch', 'dv'],
      ['dv', 'fs'],
      ['fs', 'dash'],
    ],
  };
}

/** Where pipelines plug into serving units: a feature store serves models and feeds trainers. */
const JOINS: [fromKind: string, toKind: string, flow: Flow][] = [
  ['feature-store', 'heavy-ranker', 'request'],
  ['feature-store', 'model-server', 'request'],
  ['feature-store', 'trainer', 'data'],
  ['data-validation', 'trainer', 'data'],
  ['event-log', 'batch-processor', 'data'],
  ['item-catalog', 'ann-index', 'data'],
];

/**
 * A realistic design of exactly `nodeCount` nodes, deterministic by `seed`: recommendation and
 * search serving paths (client → retrieval → rankers → re-ranker) with training, registry and
 * monitoring, fraud paths with human review, and shared offline feature pipelines; about 1.5
 * edges per node. Used by the lint benchmark and the browser performance suite.
 */
export function generateDesign(nodeCount: number, seed = 1): Design {
  const rnd = random(seed);
  const nodes: DesignNode[] = [];
  const edges: DesignEdge[] = [];
  const linked = new Set<string>();
  const link = (source: string, target: string, flow: Flow = 'data') => {
    if (linked.has(`${source}>${target}`)) return;
    linked.add(`${source}>${target}`);
    edges.push({ id: `e${edges.length}`, source, target, flow });
  };
  for (let unit = 0; ; unit++) {
    const pick = rnd();
    const u = unit % 3 === 2 ? pipelineUnit() : pick < 0.75 ? feedUnit(rnd) : fraudUnit(rnd);
    if (nodes.length + u.nodes.length > nodeCount) break;
    const col = unit % 10;
    const row = Math.floor(unit / 10);
    u.nodes.forEach(([name, kind, props = {}], i) => {
      nodes.push({ id: `${name}-${unit}`, kind, props, position: { x: col * 1400 + (i % 6) * 220, y: row * 600 + Math.floor(i / 6) * 160 } });
    });
    for (const [from, to, flow] of u.edges) link(`${from}-${unit}`, `${to}-${unit}`, flow);
  }
  // Fill up with item catalogs and dashboards, the kinds designs accumulate at the edges.
  while (nodes.length < nodeCount) {
    const i = nodes.length;
    nodes.push({ id: `extra-${i}`, kind: i % 2 ? 'item-catalog' : 'metrics-dashboard', props: {}, position: { x: (i % 20) * 220, y: -400 - Math.floor(i / 20) * 160 } });
  }
  const byKind = new Map<string, DesignNode[]>();
  for (const n of nodes) byKind.set(n.kind, [...(byKind.get(n.kind) ?? []), n]);
  const any = (kind: string) => {
    const list = byKind.get(kind) ?? [];
    return list.length ? list[Math.floor(rnd() * list.length)] : undefined;
  };
  // Cross-module edges follow JOINS, which only go downstream, so they never close a loop.
  for (let tries = 0; edges.length < Math.round(nodeCount * 1.5) && tries < nodeCount * 20; tries++) {
    const [fromKind, toKind, flow] = JOINS[Math.floor(rnd() * JOINS.length)];
    const from = any(fromKind);
    const to = any(toKind);
    if (from && to) link(from.id, to.id, flow);
  }
  for (const n of nodes) {
    if (n.kind === 'metrics-dashboard' && n.id.startsWith('extra-')) {
      const al = any('alerting');
      if (al) link(n.id, al.id);
    }
  }
  return { format: FORMAT, version: CURRENT_VERSION, title: `Generated design (${nodeCount} nodes, seed ${seed})`, nodes, edges };
}
