import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lint } from '../lint';
import { design } from '../lint/testing';
import { connect } from './edit';
import { defaultFlow, withDefaultFlows } from './flow';
import { parseDesign } from './restore';
import type { Design } from './types';

/** A serving path already drawn: client → query understanding → ranker, with a feature store lookup. */
const feed = design(
  {
    req: 'client-request',
    qu: 'query-understanding',
    hr: 'heavy-ranker',
    fs: 'feature-store',
    bi: 'batch-inference',
    enc: 'embedding-model',
    plog: 'prediction-log',
    review: 'human-review',
    trainer: 'trainer',
    reg: 'model-registry',
    ev: 'event-log',
    wh: 'data-warehouse',
    bus: 'stream-bus',
    dm: 'drift-monitor',
    ann: 'ann-index',
    cache: 'cache',
    exp: 'experiment-service',
    bandit: 'bandit',
    lj: 'label-join',
    ls: 'label-source',
    srv: 'model-server',
    rs: 'result-store',
  },
  ['req -request-> qu', 'qu -request-> hr'],
);

describe('default flow of a drawn edge (DOMAIN.md drawing conventions, in order)', () => {
  it.each([
    // 1. from a client request
    ['req', 'srv', 'request', 'client'],
    ['req', 'ev', 'request', 'client'],
    // 2. from the serving path into a kind that answers requests
    ['hr', 'enc', 'request', 'serving-path'],
    ['qu', 'exp', 'request', 'serving-path'],
    ['hr', 'bandit', 'request', 'serving-path'],
    ['hr', 'rs', 'request', 'serving-path'],
    // 3. a serving output (or batch scores) into a log, label or store that feeds training
    ['hr', 'plog', 'feedback', 'serving-output'],
    ['hr', 'ev', 'feedback', 'serving-output'],
    ['hr', 'wh', 'feedback', 'serving-output'],
    ['hr', 'review', 'feedback', 'serving-output'],
    ['bi', 'plog', 'feedback', 'serving-output'],
    ['bi', 'bus', 'feedback', 'serving-output'],
    // 4. logs and reviews toward training
    ['plog', 'lj', 'feedback', 'labels-back'],
    ['review', 'ls', 'feedback', 'labels-back'],
    ['plog', 'trainer', 'feedback', 'labels-back'],
    // 5. a lookup into the serving path
    ['fs', 'hr', 'request', 'lookup'],
    ['cache', 'qu', 'request', 'lookup'],
    ['ann', 'hr', 'request', 'lookup'],
    ['enc', 'qu', 'request', 'lookup'],
    // 6. everything else: pipelines and deployments
    ['fs', 'srv', 'data', 'pipeline'],
    ['srv', 'enc', 'data', 'pipeline'],
    ['srv', 'plog', 'data', 'pipeline'],
    ['plog', 'dm', 'data', 'pipeline'],
    ['trainer', 'reg', 'data', 'pipeline'],
    ['reg', 'hr', 'data', 'pipeline'],
    ['ev', 'bus', 'data', 'pipeline'],
    ['bi', 'rs', 'data', 'pipeline'],
  ])('%s → %s is %s (%s)', (source, target, flow, reason) => {
    expect(defaultFlow(feed, source, target)).toEqual({ flow, reason });
    expect(connect(feed, source, target).edge?.flow).toBe(flow);
  });
});

describe('readings of convention 5', () => {
  const d = design(
    {
      req: 'client-request',
      srv: 'model-server',
      cache: 'cache',
      fs: 'feature-store',
      qenc: ['embedding-model', { entity: 'query' }],
      tower: ['embedding-model', { entity: 'item' }],
      ann: 'ann-index',
    },
    ['req -request-> ann', 'ann -request-> srv', 'cache -request-> srv'],
  );
  it('a feature store behind a cache the model reads is a read-through lookup', () => {
    expect(defaultFlow(d, 'fs', 'cache')).toEqual({ flow: 'request', reason: 'lookup' });
  });
  it('a query encoder into the index is a lookup, an item tower builds the index offline', () => {
    expect(defaultFlow(d, 'qenc', 'ann').flow).toBe('request');
    expect(defaultFlow(d, 'tower', 'ann').flow).toBe('data');
  });
});

describe('default flows of a file with flow-less edges', () => {
  const strip = (d: Design) => ({ ...d, edges: d.edges.map(({ flow: _flow, ...e }) => e) });

  it('reaches the whole serving path whatever the order of the edges', () => {
    const chain = design({ req: 'client-request', gw: 'api-gateway', enc: 'embedding-model', ann: 'ann-index', hr: 'heavy-ranker', plog: 'prediction-log' }, [
      'hr -> plog',
      'ann -> hr',
      'enc -> ann',
      'gw -> enc',
      'req -> gw',
    ]);
    const expected = ['feedback', 'request', 'request', 'request', 'request'];
    const edges = strip(chain).edges;
    expect(withDefaultFlows(chain.nodes, edges).map((e) => e.flow)).toEqual(expected);
    expect(withDefaultFlows(chain.nodes, [...edges].reverse()).map((e) => e.flow)).toEqual([...expected].reverse());
  });

  it('keeps the flows a file sets', () => {
    const d = design({ req: 'client-request', srv: 'model-server' }, ['req -data-> srv']);
    expect(withDefaultFlows(d.nodes, d.edges)).toEqual(d.edges);
  });

  const dir = fileURLToPath(new URL('../../../templates/', import.meta.url));
  const templates = readdirSync(dir).filter((f) => f.endsWith('.json'));

  it.each(templates)('%s drawn without flows lints exactly like its hand-flowed original', (file) => {
    const raw = JSON.parse(readFileSync(dir + file, 'utf8'));
    const original = parseDesign(JSON.stringify(raw));
    const flowless = parseDesign(JSON.stringify({ ...raw, edges: raw.edges.map(({ flow: _flow, ...e }: Record<string, unknown>) => e) }));
    if (!original.ok || !flowless.ok) throw new Error(`${file} does not parse`);
    const findings = (d: Design) => lint(d).findings.map((f) => `${f.ruleId}: ${[...f.nodeIds].sort().join(',')}`).sort();
    expect(findings(flowless.design)).toEqual(findings(original.design));
  });
});
