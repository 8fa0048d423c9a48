import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addComment, replyToComment, setCommentResolved } from '../document/comments';
import { type Design, FORMAT, serialize } from '../document';
import { createDesignUndo } from './undo';
import { observeDesign } from './observe';
import { patchDesign, yDocToDesign } from './read';
import { validateDesignDoc } from './validate';
import { applyDesignToDoc, designToYDoc } from './write';

const design: Design = {
  format: FORMAT,
  version: 1,
  nodes: [{ id: 'ranker', kind: 'heavy-ranker', props: {} }],
  edges: [],
};
const at = (minute: number) => new Date(Date.UTC(2026, 10, 28, 19, minute));
const sync = (a: Y.Doc, b: Y.Doc) => {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
};
/** One client: its doc and the design it last saw there, edited the way the editor store does. */
function client(doc: Y.Doc) {
  let seen = yDocToDesign(doc);
  return {
    doc,
    edit(change: (d: Design) => Design) {
      const next = change(seen);
      applyDesignToDoc(doc, seen, next, 'local');
      seen = next;
    },
    refresh() {
      seen = yDocToDesign(doc);
    },
  };
}

describe('comments in the Y.Doc', () => {
  it('round trips a design with comments and replies losslessly', () => {
    let d = addComment(design, { node: 'ranker' }, 'Ada', 'Timeouts?', at(1), 'c1');
    d = replyToComment(d, 'c1', 'Sam', 'Cached', at(2), 'r1');
    d = addComment(d, { node: 'ranker' }, 'Sam', 'Older first?', at(0), 'c0');
    expect(serialize(yDocToDesign(designToYDoc(d)))).toBe(serialize(d));
    expect(yDocToDesign(designToYDoc(design))).not.toHaveProperty('comments');
  });

  it('two people commenting and replying at the same moment: everything survives, on both sides', () => {
    const a = client(designToYDoc(addComment(design, { node: 'ranker' }, 'Ada', 'Timeouts?', at(1), 'c1')));
    const b = client(new Y.Doc());
    sync(a.doc, b.doc);
    b.refresh();
    a.edit((d) => addComment(d, { node: 'ranker' }, 'Ada', 'Retries?', at(2), 'c-a'));
    b.edit((d) => addComment(d, { node: 'ranker' }, 'Sam', 'Cold start?', at(2), 'c-b'));
    a.edit((d) => replyToComment(d, 'c1', 'Ada', 'p99 too', at(3), 'r-a'));
    b.edit((d) => replyToComment(d, 'c1', 'Sam', 'cached ranking', at(3), 'r-b'));
    b.edit((d) => setCommentResolved(d, 'c1', true));
    sync(a.doc, b.doc);
    const seenByA = yDocToDesign(a.doc);
    expect(seenByA).toEqual(yDocToDesign(b.doc));
    expect(seenByA.comments?.map((c) => c.id).sort()).toEqual(['c-a', 'c-b', 'c1']);
    const thread = seenByA.comments?.find((c) => c.id === 'c1');
    expect(thread?.replies.map((r) => r.id).sort()).toEqual(['r-a', 'r-b']);
    expect(thread?.resolved).toBe(true);
    expect(validateDesignDoc(a.doc)).toEqual([]);
  });

  it('a remote comment reaches the other side as a change that keeps nodes and edges as they were', () => {
    const doc = designToYDoc(design);
    const before = yDocToDesign(doc);
    let after: Design | undefined;
    observeDesign(doc, (changes) => (after = patchDesign(before, doc, changes)));
    applyDesignToDoc(doc, before, addComment(before, { node: 'ranker' }, 'Ada', 'Timeouts?', at(1), 'c1'), 'remote');
    expect(after?.comments?.map((c) => c.text)).toEqual(['Timeouts?']);
    expect(after?.nodes).toBe(before.nodes);
  });

  it('pinning a comment is one undo step, and undo takes back only this side’s comment', () => {
    const mine = client(designToYDoc(design));
    const other = client(new Y.Doc());
    sync(mine.doc, other.doc);
    other.refresh();
    const undo = createDesignUndo(mine.doc, 'local');
    mine.edit((d) => addComment(d, { node: 'ranker' }, 'Ada', 'Timeouts?', at(1), 'mine'));
    undo.endStep();
    other.edit((d) => addComment(d, { node: 'ranker' }, 'Sam', 'Mine stays', at(2), 'theirs'));
    sync(mine.doc, other.doc);
    expect(undo.undo()).toBe(true);
    expect(yDocToDesign(mine.doc).comments?.map((c) => c.id)).toEqual(['theirs']);
    expect(undo.redo()).toBe(true);
    expect(yDocToDesign(mine.doc).comments?.map((c) => c.id).sort()).toEqual(['mine', 'theirs']);
  });

  it('a malformed comment in the doc is reported by id', () => {
    const doc = designToYDoc(design);
    const entry = new Y.Map<unknown>();
    doc.getMap('comments').set('bad', entry);
    entry.set('replies', new Y.Array());
    entry.set('target', { node: 'ranker' });
    expect(validateDesignDoc(doc).map((i) => i.path)).toEqual(['comments["bad"].author', 'comments["bad"].text', 'comments["bad"].at']);
  });
});
