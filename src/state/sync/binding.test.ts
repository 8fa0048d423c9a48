import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { type Design, addNodes, emptyDesign, moveNodes, newNode, setProp } from '../../core/document';
import { applyDesignToDoc, designToYDoc, yDocToDesign } from '../../core/sync';
import { useEditor } from '../store';
import { bindEditorToDoc } from './binding';
import { previewDrag } from './dragPreview';

const editor = () => useEditor.getState();
const kinds = (d: Design) => d.nodes.map((n) => n.kind).sort();
const add = (kind: string) => (d: Design) => addNodes(d, [newNode(kind, { x: 0, y: 0 }, new Set(d.nodes.map((n) => n.id)))]);

let mine: Y.Doc;
let theirs: Y.Doc;
let unbind: () => void;
let connected = true;

/** Their edit, made on their copy of the doc as their own store would. */
function theyEdit(change: (d: Design) => Design) {
  const before = yDocToDesign(theirs);
  applyDesignToDoc(theirs, before, change(before), 'them');
}

beforeEach(() => {
  const start = addNodes(emptyDesign('Shared'), [newNode('heavy-ranker', { x: 0, y: 0 }, new Set())]);
  mine = designToYDoc(start);
  theirs = new Y.Doc();
  Y.applyUpdate(theirs, Y.encodeStateAsUpdate(mine));
  connected = true;
  mine.on('update', (u: Uint8Array, o: unknown) => connected && o !== 'wire' && Y.applyUpdate(theirs, u, 'wire'));
  theirs.on('update', (u: Uint8Array, o: unknown) => connected && o !== 'wire' && Y.applyUpdate(mine, u, 'wire'));
  editor().load('shared', yDocToDesign(mine));
  unbind = bindEditorToDoc(mine);
});
afterEach(() => unbind());

describe('the editor store bound to a design doc', () => {
  it('sends its edits to the doc and shows the other side’s edits', () => {
    editor().commit(add('bandit'));
    expect(kinds(yDocToDesign(theirs))).toEqual(['bandit', 'heavy-ranker']);
    theyEdit(add('alerting'));
    expect(kinds(editor().design)).toEqual(['alerting', 'bandit', 'heavy-ranker']);
  });

  it('keeps cards nobody touched as the same objects, and does not re-lint a remote move', () => {
    const ranker = editor().design.nodes[0];
    const contentRev = editor().contentRev;
    theyEdit(add('cache'));
    expect(editor().design.nodes[0]).toBe(ranker);
    expect(editor().contentRev).toBe(contentRev + 1);
    theyEdit((d) => ({ ...d, nodes: d.nodes.map((n) => (n.kind === 'cache' ? { ...n, position: { x: 300, y: 40 } } : n)) }));
    expect(editor().design.nodes.find((n) => n.kind === 'cache')?.position).toEqual({ x: 300, y: 40 });
    expect(editor().contentRev).toBe(contentRev + 1);
  });

  it('undoes only this person’s edits, prop by prop', () => {
    editor().commit((d) => setProp(d, 'heavy-ranker', 'latencyMs', 40));
    theyEdit((d) => setProp(d, 'heavy-ranker', 'candidatesOut', 20));
    expect(editor().history.past).toHaveLength(1);
    editor().undo();
    // The toolbar's undo button reads these: nothing of mine is left to undo, their edit is not mine.
    expect(editor().history.past).toHaveLength(0);
    expect(editor().history.future).toHaveLength(1);
    expect(editor().design.nodes[0].props).toMatchObject({ candidatesOut: 20 });
    expect(editor().design.nodes[0].props.latencyMs).toBeUndefined();
    expect(yDocToDesign(theirs).nodes[0].props.latencyMs).toBeUndefined();
    editor().redo();
    expect(yDocToDesign(theirs).nodes[0].props.latencyMs).toBe(40);
  });

  it('undoes a whole drag in one step and sends the drop', () => {
    editor().beginDrag();
    for (let x = 1; x <= 20; x++) editor().dragNodes(new Map([['heavy-ranker', { x, y: 0 }]]));
    editor().endDrag();
    expect(yDocToDesign(theirs).nodes[0].position).toEqual({ x: 20, y: 0 });
    editor().undo();
    expect(editor().design.nodes[0].position).toEqual({ x: 0, y: 0 });
    expect(yDocToDesign(theirs).nodes[0].position).toEqual({ x: 0, y: 0 });
  });

  it('drops a selected card from the selection when the other side deletes it', () => {
    editor().select({ nodeIds: new Set(['heavy-ranker']) });
    theyEdit((d) => ({ ...d, nodes: [] }));
    expect(editor().selection.nodeIds.size).toBe(0);
  });

  it('gives the store its own undo back when unbound', () => {
    unbind();
    editor().commit(add('bandit'));
    editor().undo();
    expect(kinds(editor().design)).toEqual(['heavy-ranker']);
    unbind = () => {};
  });
});

describe('a card dragged while others watch', () => {
  it('moves in their copy before the drop, and the drag with its drop is one undo step', async () => {
    const id = editor().design.nodes[0].id;
    const start = editor().design.nodes[0].position;
    const positionIn = (doc: Y.Doc) => yDocToDesign(doc).nodes.find((n) => n.id === id)?.position;
    previewDrag(new Map([[id, { x: 40, y: 10 }]]));
    previewDrag(new Map([[id, { x: 80, y: 20 }]]));
    // The store keeps the drop-time design; the other side already sees the card moving.
    expect(editor().design.nodes[0].position).toEqual(start);
    expect(positionIn(theirs)).toEqual({ x: 80, y: 20 });
    editor().commit((d) => moveNodes(d, new Map([[id, { x: 80, y: 20 }]])), { content: false });
    expect(editor().history.past).toHaveLength(1);
    editor().undo();
    expect(positionIn(theirs)).toEqual(start);
    expect(editor().design.nodes[0].position).toEqual(start);
  });

  it('puts the card back for the others when it is dropped where it started', () => {
    const id = editor().design.nodes[0].id;
    const start = editor().design.nodes[0].position!;
    previewDrag(new Map([[id, { x: 120, y: 60 }]]));
    previewDrag(new Map([[id, start]]));
    expect(yDocToDesign(theirs).nodes[0].position).toEqual(start);
  });

  it('keeps both cards when two people add the same kind at once (both named "cache")', async () => {
    // Yjs keeps the entry of the higher client id under one key: this side's card is the one that loses it.
    mine.clientID = 1;
    connected = false;
    editor().commit((d) => setProp(add('cache')(d), 'cache', 'notes', 'mine'));
    theyEdit((d) => setProp(add('cache')(d), 'cache', 'notes', 'theirs'));
    connected = true;
    Y.applyUpdate(mine, Y.encodeStateAsUpdate(theirs), 'wire');
    Y.applyUpdate(theirs, Y.encodeStateAsUpdate(mine), 'wire');
    await Promise.resolve();
    const notes = (d: Design) => d.nodes.filter((n) => n.kind === 'cache').map((n) => `${n.id}:${n.props.notes}`).sort();
    expect(notes(editor().design)).toEqual(['cache-2:mine', 'cache:theirs']);
    expect(notes(yDocToDesign(theirs))).toEqual(['cache-2:mine', 'cache:theirs']);
  });
});
