import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { COMMENTS } from './room';
import { addComment, readComments, replyToComment, setCommentResolved } from './roomComments';

const sync = (a: Y.Doc, b: Y.Doc) => {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
};

describe('comments in a room doc', () => {
  it('pins, replies and resolves; two people replying at once both land', () => {
    const host = new Y.Doc();
    const candidate = new Y.Doc();
    const id = addComment(host, { node: 'ranker' }, 'Ada', 'What happens when the ranker times out?', 1000);
    sync(host, candidate);
    replyToComment(candidate, id, 'Sam', 'We fall back to the cached ranking.', 2000);
    replyToComment(host, id, 'Ada', 'And how stale may it be?', 2001);
    sync(host, candidate);
    setCommentResolved(candidate, id, true);
    sync(host, candidate);
    const [comment] = readComments(host);
    expect(comment).toMatchObject({ id, target: { node: 'ranker' }, author: 'Ada', at: '1970-01-01T00:00:01.000Z', resolved: true });
    expect(comment.replies.map((r) => r.author).sort()).toEqual(['Ada', 'Sam']);
    expect(readComments(candidate)).toEqual(readComments(host));
  });

  it('refuses an empty or oversized comment and a reply to a missing one, saying which', () => {
    const doc = new Y.Doc();
    expect(() => addComment(doc, { edge: 'feed-ranker' }, 'Ada', '   ', 1)).toThrow(/needs some text/);
    expect(() => addComment(doc, { edge: 'feed-ranker' }, 'Ada', 'x'.repeat(2001), 1)).toThrow(/at most 2000 characters; this one has 2001/);
    expect(() => replyToComment(doc, 'nope', 'Ada', 'hello', 1)).toThrow(/No comment "nope"/);
  });

  it('leaves out entries a peer wrote in another shape', () => {
    const doc = new Y.Doc();
    doc.getMap(COMMENTS).set('junk', 'not a comment');
    addComment(doc, { node: 'ranker' }, 'Ada', 'ok', 5);
    expect(readComments(doc).map((c) => c.text)).toEqual(['ok']);
  });
});
