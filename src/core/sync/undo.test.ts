import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { type Design, addNodes, emptyDesign, newNode, updateNode, setProp } from '../document';
import { applyDesignToDoc, createDesignUndo, designToYDoc, yDocToDesign } from '.';

const ME = { name: 'local' };

function twoPeople() {
  const mine = new Y.Doc();
  const theirs = new Y.Doc();
  mine.on('update', (u: Uint8Array, o: unknown) => o !== 'wire' && Y.applyUpdate(theirs, u, 'wire'));
  theirs.on('update', (u: Uint8Array, o: unknown) => o !== 'wire' && Y.applyUpdate(mine, u, 'wire'));
  return { mine, theirs };
}

/** A user's edit: the design they see in their doc, changed and written back, as the store does. */
function edit(doc: Y.Doc, origin: unknown, change: (d: Design) => Design) {
  const before = yDocToDesign(doc);
  applyDesignToDoc(doc, before, change(before), origin);
}
const add = (kind: string, x: number) => (d: Design) => addNodes(d, [newNode(kind, { x, y: 0 }, new Set(d.nodes.map((n) => n.id)))]);
const kinds = (doc: Y.Doc) => yDocToDesign(doc).nodes.map((n) => n.kind);

describe('per-origin undo', () => {
  it('undoes my edits only, never the other person’s', () => {
    const { mine, theirs } = twoPeople();
    designToYDoc(emptyDesign(), mine, 'seed');
    const undo = createDesignUndo(mine, ME);
    edit(mine, ME, add('bandit', 0));
    undo.endStep();
    edit(theirs, 'them', add('alerting', 100));
    expect(kinds(theirs).sort()).toEqual(['alerting', 'bandit']);
    expect(undo.undo()).toBe(true);
    expect(kinds(mine)).toEqual(['alerting']);
    expect(kinds(theirs)).toEqual(['alerting']);
    expect(undo.undo()).toBe(false);
    expect(undo.redo()).toBe(true);
    expect(kinds(theirs).sort()).toEqual(['alerting', 'bandit']);
  });

  it('undoes my prop edit and keeps theirs on the same card', () => {
    const { mine, theirs } = twoPeople();
    designToYDoc(addNodes(emptyDesign(), [newNode('heavy-ranker', { x: 0, y: 0 }, new Set())]), mine, 'seed');
    const undo = createDesignUndo(mine, ME);
    edit(mine, ME, (d) => setProp(d, 'heavy-ranker', 'latencyMs', 40));
    undo.endStep();
    edit(theirs, 'them', (d) => setProp(d, 'heavy-ranker', 'candidatesOut', 20));
    undo.undo();
    expect(yDocToDesign(theirs).nodes[0].props).toMatchObject({ candidatesOut: 20 });
    expect(yDocToDesign(theirs).nodes[0].props.latencyMs).toBeUndefined();
  });

  it('takes back a whole drag, made of many frames, in one step; two quick edits are two steps', () => {
    const doc = designToYDoc(addNodes(emptyDesign(), [newNode('cache', { x: 0, y: 0 }, new Set())]));
    const undo = createDesignUndo(doc, ME);
    for (let x = 1; x <= 30; x++) edit(doc, ME, (d) => updateNode(d, 'cache', { position: { x, y: x } }));
    undo.endStep();
    edit(doc, ME, add('bandit', 0));
    undo.endStep();
    edit(doc, ME, add('alerting', 0));
    undo.endStep();
    undo.undo();
    expect(kinds(doc)).toEqual(['cache', 'bandit']);
    undo.undo();
    expect(yDocToDesign(doc).nodes).toMatchObject([{ id: 'cache', position: { x: 30, y: 30 } }]);
    undo.undo();
    expect(yDocToDesign(doc).nodes).toMatchObject([{ id: 'cache', position: { x: 0, y: 0 } }]);
  });

  it('keeps the last 500 steps', () => {
    const doc = designToYDoc(addNodes(emptyDesign(), [newNode('cache', { x: 0, y: 0 }, new Set())]));
    const undo = createDesignUndo(doc, ME);
    for (let i = 1; i <= 520; i++) {
      edit(doc, ME, (d) => setProp(d, 'cache', 'ttlSeconds', i));
      undo.endStep();
    }
    let steps = 0;
    while (undo.undo()) steps++;
    expect(steps).toBe(500);
    expect(yDocToDesign(doc).nodes[0].props.ttlSeconds).toBe(20);
  });
});
