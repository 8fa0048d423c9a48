import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addNodes, emptyDesign, newNode } from '../../core/document';
import { applyDesignToDoc, designToYDoc, yDocToDesign } from '../../core/sync';
import { TabChannel } from './tabChannel';

const open: TabChannel[] = [];
const tab = (name: string, doc = new Y.Doc()) => {
  const t = new TabChannel(name, doc);
  open.push(t);
  return doc;
};
afterEach(() => open.splice(0).forEach((t) => t.destroy()));

const kinds = (doc: Y.Doc) => yDocToDesign(doc).nodes.map((n) => n.kind).sort();
const add = (doc: Y.Doc, kind: string) => {
  const d = yDocToDesign(doc);
  applyDesignToDoc(doc, d, addNodes(d, [newNode(kind, { x: 0, y: 0 }, new Set(d.nodes.map((n) => n.id)))]), 'user');
};

describe('TabChannel', () => {
  it('brings a newly opened tab up to date and merges edits made in both tabs', async () => {
    const first = tab('design-a', designToYDoc(addNodes(emptyDesign(), [newNode('trainer', { x: 0, y: 0 }, new Set())])));
    // The second tab read an older copy from storage with an edit the first tab never saw.
    const second = tab('design-a', designToYDoc(addNodes(emptyDesign(), [newNode('alerting', { x: 0, y: 0 }, new Set())])));
    await expect.poll(() => kinds(first)).toEqual(['alerting', 'trainer']);
    await expect.poll(() => kinds(second)).toEqual(['alerting', 'trainer']);
    add(first, 'bandit');
    add(second, 'cache');
    await expect.poll(() => kinds(second)).toEqual(['alerting', 'bandit', 'cache', 'trainer']);
    await expect.poll(() => kinds(first)).toEqual(['alerting', 'bandit', 'cache', 'trainer']);
  });

  it('keeps designs apart: another design’s channel sees nothing', async () => {
    const a = tab('design-a');
    const b = tab('design-b');
    add(a, 'bandit');
    const c = tab('design-a');
    await expect.poll(() => kinds(c)).toEqual(['bandit']);
    expect(kinds(b)).toEqual([]);
  });

  it('ignores a message from something else on the channel', async () => {
    const a = tab('design-x');
    const stranger = new BroadcastChannel('design-x');
    stranger.postMessage(new Uint8Array([7, 200, 1, 3]));
    stranger.postMessage('hello');
    const b = tab('design-x');
    add(b, 'cache');
    await expect.poll(() => kinds(a)).toEqual(['cache']);
    stranger.close();
  });
});
