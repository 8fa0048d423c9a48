import { describe, expect, it } from 'vitest';
import { design } from '../../core/lint/testing';
import { NODE_WIDTH } from '../../core/layout/sizes';
import { EMPTY_SELECTION } from '../store';
import { addKindNextTo } from './palette';
import { commandPaletteCommand } from './palette';
import { matchesKeys } from './keys';

const sel = (...ids: string[]) => ({ nodeIds: new Set(ids), edgeIds: new Set<string>() });
const key = (k: string, extra = {}) => ({ key: k, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...extra });

describe('addKindNextTo', () => {
  it('with nothing selected, adds the kind at the centre of the view, selected, unconnected', () => {
    const r = addKindNextTo(design({}), EMPTY_SELECTION, 'client-request', { x: 500, y: 300 });
    expect(r.design.nodes).toHaveLength(1);
    expect(r.design.edges).toHaveLength(0);
    expect(r.design.nodes[0].position).toEqual({ x: 400, y: 258 });
    expect([...r.select!.nodeIds!]).toEqual([r.nodeId]);
  });

  it('chains: each add connects from the selected node with the default flow and becomes the selection', () => {
    let d = design({});
    let s = EMPTY_SELECTION;
    for (const kind of ['client-request', 'candidate-generation', 'light-ranker', 'heavy-ranker', 'reranker']) {
      const r = addKindNextTo(d, s, kind, { x: 0, y: 0 });
      d = r.design;
      s = { ...s, ...r.select } as typeof s;
    }
    expect(d.edges.map((e) => `${e.source} -${e.flow}-> ${e.target}`)).toEqual([
      'client-request -request-> candidate-generation',
      'candidate-generation -request-> light-ranker',
      'light-ranker -request-> heavy-ranker',
      'heavy-ranker -request-> reranker',
    ]);
    const xs = d.nodes.map((n) => n.position!.x);
    expect(xs.every((x, i) => i === 0 || x >= xs[i - 1] + NODE_WIDTH)).toBe(true);
  });

  it('a second branch from the same node goes below the first instead of on top of it', () => {
    const first = addKindNextTo(design({ t: 'trainer' }), sel('t'), 'offline-evaluation', { x: 0, y: 0 });
    const second = addKindNextTo(first.design, sel('t'), 'model-registry', { x: 0, y: 0 });
    const [a, b] = second.design.nodes.slice(1).map((n) => n.position!);
    expect(a.x).toBe(b.x);
    expect(b.y).toBeGreaterThan(a.y);
    expect(second.design.edges.map((e) => e.source)).toEqual(['t', 't']);
  });
});

describe('command palette shortcut', () => {
  it('is Ctrl+K or Cmd+K, not plain K', () => {
    expect(matchesKeys(commandPaletteCommand.keys, key('k', { ctrlKey: true }))).toBe(true);
    expect(matchesKeys(commandPaletteCommand.keys, key('K', { metaKey: true }))).toBe(true);
    expect(matchesKeys(commandPaletteCommand.keys, key('k'))).toBe(false);
  });
});
