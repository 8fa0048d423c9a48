import { describe, expect, it } from 'vitest';
import { connect, type Design, emptyDesign, newNode, setProp } from '../document';
import { diffDesigns, isUnchanged } from './diff';

function design(...kinds: string[]): Design {
  const taken = new Set<string>();
  const nodes = kinds.map((k, i) => {
    const n = newNode(k, { x: i * 100, y: 0 }, taken);
    taken.add(n.id);
    return n;
  });
  return { ...emptyDesign('Feed'), nodes };
}

describe('diffDesigns', () => {
  const base = connect(design('feature-store', 'model-server'), 'feature-store', 'model-server').design;

  it('finds nothing between a design and itself', () => {
    expect(isUnchanged(diffDesigns(base, structuredClone(base)))).toBe(true);
  });

  it('lists added and removed cards and edges by id', () => {
    const withRanker = connect({ ...base, nodes: [...base.nodes, newNode('heavy-ranker', { x: 0, y: 200 }, new Set())] }, 'model-server', 'heavy-ranker').design;
    const after = { ...withRanker, nodes: withRanker.nodes.filter((n) => n.id !== 'feature-store'), edges: withRanker.edges.filter((e) => e.source !== 'feature-store') };
    const diff = diffDesigns(base, after);
    expect(diff.nodes.added.map((n) => n.id)).toEqual(['heavy-ranker']);
    expect(diff.nodes.removed.map((n) => n.id)).toEqual(['feature-store']);
    expect(diff.edges.added.map((e) => [e.source, e.target])).toEqual([['model-server', 'heavy-ranker']]);
    expect(diff.edges.removed.map((e) => [e.source, e.target])).toEqual([['feature-store', 'model-server']]);
    expect(isUnchanged(diff)).toBe(false);
  });

  it('names the changed props, label and edge flow', () => {
    let after = setProp(base, 'model-server', 'latencyMs', 20);
    after = { ...after, nodes: after.nodes.map((n) => (n.id === 'feature-store' ? { ...n, label: 'Feast' } : n)) };
    after = { ...after, edges: after.edges.map((e) => ({ ...e, flow: 'data' as const })) };
    const diff = diffDesigns(base, after);
    expect(diff.nodes.changed).toEqual([
      { id: 'feature-store', kind: 'feature-store', label: 'Feast', fields: ['label'] },
      { id: 'model-server', kind: 'model-server', label: 'model-server', fields: ['props.latencyMs'] },
    ]);
    expect(diff.edges.changed).toHaveLength(1);
    expect(diff.edges.changed[0].fields).toEqual(['flow']);
  });

  it('reports a move apart from content, so a tidy-up alone counts as unchanged content', () => {
    const after = { ...base, nodes: base.nodes.map((n) => ({ ...n, position: { x: 5, y: 5 } })) };
    const diff = diffDesigns(base, after);
    expect(diff.nodes.moved).toEqual(['feature-store', 'model-server']);
    expect(diff.nodes.changed).toEqual([]);
    expect(isUnchanged(diff)).toBe(true);
  });

  it('notices a new title', () => {
    expect(diffDesigns(base, { ...base, title: 'Ads' }).design).toEqual(['title']);
  });
});
