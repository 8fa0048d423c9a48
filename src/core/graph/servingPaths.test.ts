import { describe, expect, it } from 'vitest';
import { design } from '../lint/testing';
import { closure, unionInto } from './closure';
import { criticalPaths } from './criticalPath';
import { funnel } from './funnel';
import { ANY, Graph } from './graph';

const search = design(
  {
    req: ['client-request', { sloLatencyMs: 60 }],
    lex: ['lexical-index', { latencyMs: 20 }],
    ann: ['ann-index', { latencyMs: 15, corpusSize: 1_000_000 }],
    cg: ['candidate-generation', { latencyMs: 5, candidatesOut: 1000 }],
    hr: ['heavy-ranker', { latencyMs: 50, candidatesIn: 1000, candidatesOut: 50 }],
    fs: ['feature-store', { latencyMs: 30 }],
  },
  ['req -request-> lex', 'req -request-> ann', 'lex -request-> cg', 'ann -request-> cg', 'cg -request-> hr'],
);

describe('criticalPaths', () => {
  it('takes the slowest parallel branch, not the sum', () => {
    expect(criticalPaths(search)).toEqual([
      { clientId: 'req', sloMs: 60, totalMs: 75, nodeIds: ['req', 'lex', 'cg', 'hr'], edgeIds: ['req-lex', 'lex-cg', 'cg-hr'], sideInputIds: {} },
    ]);
  });

  it('adds the slowest side input to its node, and can move the critical path', () => {
    const withLookup = { ...search, edges: [...search.edges, { id: 'fs-ann', source: 'fs', target: 'ann', flow: 'request' as const }] };
    const [path] = criticalPaths(withLookup);
    expect(path.nodeIds).toEqual(['req', 'ann', 'cg', 'hr']);
    expect(path.totalMs).toBe(100);
    expect(path.sideInputIds).toEqual({ ann: 'fs' });
  });
});

describe('funnel', () => {
  it('lists the stages of each serving path upstream first, with what goes in and out', () => {
    const [f] = funnel(search);
    expect(f.stages.map((s) => s.nodeId)).toEqual(['lex', 'ann', 'cg', 'hr']);
    expect(f.stages[2]).toMatchObject({ fromPredecessors: 1500, candidatesOut: 1000 });
    expect(f.stages[1]).toMatchObject({ candidatesIn: 1_000_000, candidatesOut: 500 });
  });
});

describe('closure', () => {
  it('gathers what each node reaches, through cycles', () => {
    const d = design({ a: 'cache', b: 'cache', c: 'drift-monitor', x: 'drift-monitor' }, ['a -> b', 'b -> a', 'b -> c']);
    const monitors = closure(new Graph(d), ANY, 'forward', (n) => new Set(n.id === 'c' || n.id === 'x' ? [n.id] : []), unionInto);
    expect([...monitors.get('a')!]).toEqual(['c']);
    expect([...monitors.get('x')!]).toEqual(['x']);
    const upstream = closure(new Graph(d), ANY, 'backward', (n) => new Set([n.id]), unionInto);
    expect([...upstream.get('c')!].sort()).toEqual(['a', 'b', 'c']);
  });
});
