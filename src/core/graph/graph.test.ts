import { describe, expect, it } from 'vitest';
import type { Design, DesignEdge, Flow } from '../document/types';
import { stronglyConnected } from './components';
import { D, DF, Graph, R } from './graph';
import { topologicalOrder } from './topological';

function g(edges: string[]): Graph {
  const es: DesignEdge[] = edges.map((s, i) => {
    const [source, flow, target] = s.split(' ');
    return { id: `e${i}`, source, target, flow: flow as Flow };
  });
  const ids = [...new Set(es.flatMap((e) => [e.source, e.target]))];
  const design: Design = { format: 'mlsd-studio/design', version: 1, nodes: ids.map((id) => ({ id, kind: id === 'reg' ? 'model-registry' : 'trainer', props: {} })), edges: es };
  return new Graph(design);
}

describe('graph queries', () => {
  const graph = g(['req request cg', 'cg request hr', 'fs request hr', 't data reg', 'reg data hr', 'hr feedback log', 'log feedback t']);

  it('reachability follows only the flows asked for', () => {
    expect([...graph.reachable('req', R)].sort()).toEqual(['cg', 'hr', 'req']);
    expect(graph.hasPath('t', 'hr', D)).toBe(true);
    expect(graph.hasPath('hr', 't', D)).toBe(false);
    expect(graph.hasPath('hr', 't', DF)).toBe(true);
    expect([...graph.ancestors('hr', R)].sort()).toEqual(['cg', 'fs', 'req']);
  });

  it('"X between a and b": deleting every X cuts the path', () => {
    expect(graph.kindBetween('t', 'hr', (n) => n.kind === 'model-registry')).toBe(true);
    const direct = g(['t data hr', 't data reg', 'reg data hr']);
    expect(direct.kindBetween('t', 'hr', (n) => n.kind === 'model-registry')).toBe(false);
  });

  it('finds strongly connected components; a feedback edge closes a loop', () => {
    const comps = stronglyConnected(graph).filter((c) => c.length > 1);
    expect(comps.map((c) => c.sort())).toEqual([['hr', 'log', 'reg', 't']]);
    expect(stronglyConnected(graph, new Set<Flow>(['request', 'data'])).filter((c) => c.length > 1)).toEqual([]);
  });

  it('orders a DAG topologically and refuses a cycle', () => {
    const order = topologicalOrder(graph, new Set(['req', 'cg', 'hr', 'fs']), R)!;
    expect(order.indexOf('req')).toBeLessThan(order.indexOf('cg'));
    expect(order.indexOf('cg')).toBeLessThan(order.indexOf('hr'));
    expect(topologicalOrder(graph, new Set(['hr', 'log', 't', 'reg']))).toBeUndefined();
  });
});
