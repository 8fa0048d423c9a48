import { describe, expect, it } from 'vitest';
import { connect, fragmentOf, newNode, pasteFragment, removeElements, setProp } from './edit';
import { emptyDesign } from './types';

const withNodes = () => {
  let d = emptyDesign();
  const taken = new Set<string>();
  for (const kind of ['client-request', 'heavy-ranker', 'trainer', 'prediction-log']) {
    const n = newNode(kind, { x: 0, y: 0 }, taken);
    taken.add(n.id);
    d = { ...d, nodes: [...d.nodes, n] };
  }
  return d;
};

describe('design edits', () => {
  it('new nodes get readable unique ids and the kind defaults', () => {
    const a = newNode('trainer', { x: 0, y: 0 }, new Set());
    const b = newNode('trainer', { x: 0, y: 0 }, new Set(['trainer']));
    expect([a.id, b.id]).toEqual(['trainer', 'trainer-2']);
    expect(a.props.splitStrategy).toBe('random');
    expect(a.props).not.toHaveProperty('domain', undefined);
  });

  it('connect picks the default flow and refuses duplicates', () => {
    const d1 = connect(withNodes(), 'client-request', 'heavy-ranker').design;
    expect(d1.edges).toEqual([{ id: 'client-request-heavy-ranker', source: 'client-request', target: 'heavy-ranker', flow: 'request' }]);
    expect(connect(d1, 'client-request', 'heavy-ranker').design).toBe(d1);
  });

  it('removing a node removes its edges', () => {
    const d = connect(connect(withNodes(), 'client-request', 'heavy-ranker').design, 'heavy-ranker', 'prediction-log').design;
    const after = removeElements(d, new Set(['heavy-ranker']), new Set());
    expect(after.nodes.map((n) => n.id)).toEqual(['client-request', 'trainer', 'prediction-log']);
    expect(after.edges).toEqual([]);
  });

  it('setProp with undefined goes back to the default', () => {
    const d = setProp(withNodes(), 'trainer', 'splitStrategy', 'time-based');
    expect(d.nodes[2].props.splitStrategy).toBe('time-based');
    expect(setProp(d, 'trainer', 'splitStrategy', undefined).nodes[2].props).not.toHaveProperty('splitStrategy');
  });

  it('paste gives fresh ids, keeps internal edges and shifts positions', () => {
    const d = connect(withNodes(), 'client-request', 'heavy-ranker').design;
    const frag = fragmentOf(d, new Set(['client-request', 'heavy-ranker']));
    const { design, nodeIds } = pasteFragment(d, frag, { x: 40, y: 40 });
    expect(nodeIds).toEqual(['client-request-2', 'heavy-ranker-2']);
    expect(design.edges.at(-1)).toMatchObject({ source: 'client-request-2', target: 'heavy-ranker-2', flow: 'request' });
    expect(design.nodes.at(-1)!.position).toEqual({ x: 40, y: 40 });
  });
});
