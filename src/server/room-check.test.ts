import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Design } from '../core/document';
import { applyDesignToDoc, yDocToDesign } from '../core/sync';
import { nodesOf } from '../core/sync/layout';
import { RoomCheck } from './room-check';

const design: Design = {
  format: 'mlsd-studio/design',
  version: 1,
  title: 'check',
  nodes: [
    { id: 'model', kind: 'model-serving', props: {} },
    { id: 'cache', kind: 'cache', props: {} },
  ],
  edges: [{ id: 'e1', source: 'model', target: 'cache' }],
} as Design;

/** A room and one client that starts with the room's state; `edit` returns the client's update. */
function setup() {
  const room = new Y.Doc();
  applyDesignToDoc(room, undefined, design, null);
  const client = new Y.Doc();
  Y.applyUpdate(client, Y.encodeStateAsUpdate(room));
  const edit = (change: (doc: Y.Doc) => void) => {
    const updates: Uint8Array[] = [];
    const take = (u: Uint8Array) => updates.push(u);
    client.on('update', take);
    change(client);
    client.off('update', take);
    return Y.mergeUpdates(updates);
  };
  return { room, client, edit, check: new RoomCheck(room) };
}

const GATE = { gate: true };
const props = (doc: Y.Doc, id: string) => (nodesOf(doc).get(id) as Y.Map<unknown>).get('props') as Y.Map<unknown>;

describe('RoomCheck', () => {
  it('accepts a valid edit, and the room has it once committed', () => {
    const { room, edit, check } = setup();
    const update = edit((doc) => props(doc, 'cache').set('notes', 'warm'));
    expect(check.check(update)).toEqual({ ok: true, changed: true });
    check.commit(update, GATE);
    expect(yDocToDesign(room).nodes.find((n) => n.id === 'cache')?.props.notes).toBe('warm');
  });

  it('refuses an edit that breaks the design and leaves the room as it was', () => {
    const { room, edit, check } = setup();
    const before = yDocToDesign(room);
    const update = edit((doc) => (nodesOf(doc).get('cache') as Y.Map<unknown>).set('kind', 'no-such-kind'));
    const result = check.check(update);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues.map((i) => i.path)).toEqual(['nodes["cache"].kind']);
    expect(yDocToDesign(room)).toEqual(before);
  });

  it('an update the room already holds changes nothing, checked or not when it came', () => {
    const { edit, check } = setup();
    const checked = edit((doc) => props(doc, 'cache').set('notes', 'warm'));
    expect(check.check(checked).ok).toBe(true);
    check.commit(checked, GATE);
    expect(check.check(checked)).toEqual({ ok: true, changed: false });
    const unchecked = edit((doc) => props(doc, 'cache').set('notes', 'cold'));
    check.commit(unchecked, GATE);
    expect(check.check(unchecked)).toEqual({ ok: true, changed: false });
  });

  it('judges later edits against everything committed before them', () => {
    const { room, edit, check } = setup();
    // The second edit builds on the first: if the check's copy had missed the first, the second would
    // wait for it (nothing changed) instead of being applied.
    const first = edit((doc) => props(doc, 'cache').set('notes', 'one'));
    expect(check.check(first).ok).toBe(true);
    check.commit(first, GATE);
    const second = edit((doc) => props(doc, 'cache').set('notes', 'two'));
    expect(check.check(second)).toEqual({ ok: true, changed: true });
    check.commit(second, GATE);
    expect(yDocToDesign(room).nodes.find((n) => n.id === 'cache')?.props.notes).toBe('two');
  });

  it('follows changes the room takes from elsewhere (another instance, the server itself)', () => {
    const { room, edit, check } = setup();
    // Another instance deletes the cache: an edge to it from this client must now be refused.
    const elsewhere = new Y.Doc();
    Y.applyUpdate(elsewhere, Y.encodeStateAsUpdate(room));
    elsewhere.on('update', (u: Uint8Array) => Y.applyUpdate(room, u, 'redis'));
    elsewhere.transact(() => {
      nodesOf(elsewhere).delete('cache');
      (elsewhere.getMap('edges') as Y.Map<unknown>).delete('e1');
    });
    const update = edit((doc) => {
      const edge = new Y.Map<unknown>();
      edge.set('id', 'e2');
      edge.set('source', 'model');
      edge.set('target', 'cache');
      doc.getMap('edges').set('e2', edge);
    });
    const result = check.check(update);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues.some((i) => i.path.startsWith('edges["e2"]'))).toBe(true);
  });
});
