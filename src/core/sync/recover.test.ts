import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { design } from '../lint/testing';
import { designOfUpdates } from './recover';
import { designToYDoc } from './write';

describe('designOfUpdates', () => {
  it('reads a design back from the updates y-indexeddb stored, in any number of pieces', () => {
    const original = { ...design({ req: 'client-request', srv: 'model-server' }, ['req -request-> srv']), title: 'Recovered' };
    const doc = new Y.Doc();
    const updates: Uint8Array[] = [];
    doc.on('update', (u: Uint8Array) => updates.push(u));
    designToYDoc(original, doc);
    const recovered = designOfUpdates(updates);
    expect(recovered?.title).toBe('Recovered');
    expect(recovered?.nodes.map((n) => n.id)).toEqual(['req', 'srv']);
    expect(recovered?.edges).toHaveLength(1);
  });

  it('skips documents that are not designs and updates that are not Yjs', () => {
    const other = new Y.Doc();
    other.getMap('designs').set('d1', 'Title');
    expect(designOfUpdates([Y.encodeStateAsUpdate(other)])).toBeUndefined();
    expect(designOfUpdates([new Uint8Array([1, 2, 3])])).toBeUndefined();
    expect(designOfUpdates(['not bytes'])).toBeUndefined();
  });
});
