import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Design, DesignEdge, DesignNode } from '../document';
import { edgesOf, nodesOf } from './layout';
import { observeDesign } from './observe';
import { edgeOwnerIn, restoreLostCreations, type LostCreations } from './races';
import { yDocToDesign } from './read';
import { applyDesignToDoc } from './write';

const base: Design = {
  format: 'mlsd-studio/design',
  version: 1,
  title: 'race',
  nodes: [{ id: 'model', kind: 'model-serving', props: {}, position: { x: 0, y: 0 } }],
  edges: [],
} as Design;

const cache = (x: number, notes?: string): DesignNode => ({ id: 'cache', kind: 'cache', props: notes ? { notes } : {}, position: { x, y: 100 } });
const edge = (source: string, target: string, id = `${source}-${target}`): DesignEdge => ({ id, source, target, flow: 'request' }) as DesignEdge;

/**
 * Two people on one design, offline from each other for a moment: each makes an edit, then both
 * updates cross. The side that lost a creation puts it back the way the room client does.
 */
function race(editA: (d: Design) => Design, editB: (d: Design) => Design) {
  const docs = [new Y.Doc(), new Y.Doc()];
  applyDesignToDoc(docs[0], undefined, base, null);
  Y.applyUpdate(docs[1], Y.encodeStateAsUpdate(docs[0]));
  const views = docs.map((doc) => yDocToDesign(doc));
  const losses: LostCreations[][] = [[], []];
  docs.forEach((doc, k) =>
    observeDesign(doc, ({ lost }) => {
      if (!lost) return;
      losses[k].push(lost);
      const now = yDocToDesign(doc);
      const fixed = restoreLostCreations(views[k], now, lost, edgeOwnerIn(doc));
      applyDesignToDoc(doc, now, fixed, 'repair');
    }),
  );
  const edited = [editA(views[0]), editB(views[1])];
  docs.forEach((doc, k) => {
    applyDesignToDoc(doc, views[k], edited[k], 'local');
    views[k] = edited[k];
  });
  // Both ways, then once more for what a repair wrote.
  for (let round = 0; round < 2; round++) {
    const states = docs.map((doc) => Y.encodeStateAsUpdate(doc));
    Y.applyUpdate(docs[1], states[0], 'remote');
    Y.applyUpdate(docs[0], states[1], 'remote');
  }
  const designs = docs.map((doc) => yDocToDesign(doc));
  expect(designs[0]).toEqual(designs[1]);
  return { design: designs[0], losses };
}

const add = (...items: (DesignNode | DesignEdge)[]) => (d: Design): Design => ({
  ...d,
  nodes: [...d.nodes, ...items.filter((i): i is DesignNode => 'kind' in i)],
  edges: [...d.edges, ...items.filter((i): i is DesignEdge => 'source' in i)],
});
const summary = (d: Design) => ({
  nodes: d.nodes.map((n) => `${n.id}:${n.props.notes ?? ''}@${n.position?.x}`).sort(),
  edges: d.edges.map((e) => `${e.id}:${e.source}->${e.target}`).sort(),
});

describe('two people create under the same id at once', () => {
  it('both cards stay: the one that lost its id comes back as cache-2, nudged', () => {
    const { design, losses } = race(add(cache(0, 'mine')), add(cache(400, 'theirs')));
    expect(losses.flat()).toHaveLength(1);
    const s = summary(design);
    expect(s.nodes).toHaveLength(3);
    expect(s.nodes.filter((n) => n.startsWith('cache-2:'))).toHaveLength(1);
    expect(s.nodes.map((n) => n.split(':')[1].split('@')[0]).sort()).toEqual(['', 'mine', 'theirs']);
  });

  it('each card keeps the edge its author drew, even when both drew it with the same id', () => {
    const { design } = race(add(cache(0, 'a'), edge('cache', 'model')), add(cache(400, 'b'), edge('cache', 'model')));
    const s = summary(design);
    expect(s.edges).toEqual(['cache-2-model:cache-2->model', 'cache-model:cache->model']);
  });

  it('an edge only the loser drew moves to its card; the winner gets none it did not draw', () => {
    const { design } = race(add(cache(0, 'a'), edge('cache', 'model')), add(cache(400, 'b')));
    const byId = new Map(design.nodes.map((n) => [n.id, n]));
    const [e] = design.edges;
    expect(design.edges).toHaveLength(1);
    // Whichever side lost, the edge hangs off the card with notes "a".
    expect(byId.get(e.source)?.props.notes).toBe('a');
  });

  it('the same quick fix applied by both (same card, same place) stays one card', () => {
    const { design, losses } = race(add(cache(0), edge('cache', 'model')), add(cache(0), edge('cache', 'model')));
    expect(losses.flat()).toHaveLength(1);
    expect(summary(design)).toEqual({ nodes: ['cache:@0', 'model:@0'], edges: ['cache-model:cache->model'] });
  });

  it('replacing a card someone has already seen is an edit, not a race', () => {
    const a = new Y.Doc();
    applyDesignToDoc(a, undefined, add(cache(0, 'first'))(base), null);
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    const reported: LostCreations[] = [];
    observeDesign(a, ({ lost }) => lost && reported.push(lost));
    const replacement = new Y.Map<unknown>();
    nodesOf(b).set('cache', replacement);
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b), 'remote');
    expect(reported).toEqual([]);
    expect(edgesOf(a).size).toBe(0);
  });
});
