import { describe, expect, it } from 'vitest';
import { addComment, commentsOn, replyToComment, setCommentResolved } from './comments';
import { commentTargetLabel, isOrphaned } from './commentTarget';
import { removeElements } from './edit';
import { restore } from './restore';
import { serialize } from './serialize';
import { type Design, FORMAT } from './types';

const design: Design = {
  format: FORMAT,
  version: 1,
  nodes: [
    { id: 'feed', kind: 'client-request', props: {} },
    { id: 'ranker', kind: 'heavy-ranker', label: 'DLRM ranker', props: {} },
  ],
  edges: [{ id: 'feed-ranker', source: 'feed', target: 'ranker', flow: 'request' }],
};
const T = new Date('2026-11-28T19:30:00.000Z');
const comment = (extra: Record<string, unknown> = {}) => ({ id: 'c1', target: { node: 'ranker' }, author: 'Ada', text: 'Timeouts?', at: '2026-11-28T19:30:00.000Z', ...extra });
const file = (comments: unknown) => ({ ...JSON.parse(serialize(design)), comments });
const errorsOf = (input: unknown) => {
  const r = restore(input);
  return r.ok ? [] : r.errors.map((e) => `${e.path}: ${e.message}`);
};

describe('comments in the file format', () => {
  it('a design without comments is written exactly as before: no comments field', () => {
    expect(serialize(design)).not.toContain('comments');
    const r = restore(JSON.parse(serialize(design)));
    expect(r.ok && r.design.comments).toBe(undefined);
  });

  it('reads and writes comments back unchanged, filling replies and resolved, keeping unknown fields', () => {
    const r = restore(file([comment({ mood: 'curious' }), { ...comment({ id: 'c2', target: { edge: 'feed-ranker' } }), replies: [{ id: 'r1', author: 'Sam', text: 'Cached', at: '2026-11-28T19:31:00Z', emoji: '+1' }], resolved: true }]));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.design.comments?.[0]).toEqual({ ...comment(), replies: [], resolved: false, extra: { mood: 'curious' } });
    expect(r.design.comments?.[1].replies[0]).toMatchObject({ id: 'r1', emoji: '+1' });
    const again = restore(JSON.parse(serialize(r.design)));
    expect(again.ok && serialize(again.design)).toBe(serialize(r.design));
    expect(JSON.parse(serialize(r.design)).comments[0]).toEqual({ ...comment(), replies: [], resolved: false, mood: 'curious' });
  });

  it.each([
    ['no author', [comment({ author: undefined })], ['comments[0].author: missing; expected a non-empty string']],
    ['a time that is not ISO', [comment({ at: 'yesterday' })], ['comments[0].at: expected an ISO 8601 time ("2026-11-28T19:30:00.000Z"), got string "yesterday"']],
    ['no target', [comment({ target: undefined })], ['comments[0].target: missing; name the node or edge the comment is pinned to: {"node": id} or {"edge": id}']],
    ['both a node and an edge', [comment({ target: { node: 'ranker', edge: 'feed-ranker' } })], ['comments[0].target: comment "c1" must name one node or one edge']],
    ['a duplicate id', [comment(), comment()], ['comments[1].id: duplicate id "c1"; comment ids must be unique']],
    ['a duplicate reply id', [comment({ replies: [{ id: 'r', author: 'a', text: 'x', at: '2026-11-28T19:30:00Z' }, { id: 'r', author: 'b', text: 'y', at: '2026-11-28T19:30:00Z' }] })], ['comments[0].replies[1].id: duplicate reply id "r" in comment "c1"']],
    ['not a list', { c1: comment() }, ['comments: expected a list of comments, got object {"c1":{"id":"c1","target":{"node":"ranker"},"author":"Ada","text":"Timeouts?","at":"2026-11-28T19:30:00.000Z"}}']],
  ])('refuses a comment with %s, naming it', (_name, comments, expected) => {
    expect(errorsOf(file(comments))).toEqual(expected);
  });

  it('keeps a comment whose card was deleted, marked as orphaned', () => {
    const withComment = addComment(design, { node: 'ranker' }, 'Ada', 'Timeouts?', T, 'c1');
    const deleted = removeElements(withComment, new Set(['ranker']), new Set());
    expect(deleted.comments).toHaveLength(1);
    expect(isOrphaned(deleted, { node: 'ranker' })).toBe(true);
    expect(commentTargetLabel(deleted, { node: 'ranker' })).toBe('ranker (deleted)');
    expect(restore(JSON.parse(serialize(deleted))).ok).toBe(true);
  });
});

describe('comment edits', () => {
  it('pin, reply and resolve; open ones are listed and counted first', () => {
    let d = addComment(design, { node: 'ranker' }, ' Ada ', '  Timeouts?  ', T, 'c1');
    d = addComment(d, { node: 'ranker' }, '', 'And retries?', T, 'c2');
    d = replyToComment(d, 'c1', 'Sam', 'Cached ranking.', T, 'r1');
    d = setCommentResolved(d, 'c1', true);
    expect(commentsOn(d, { node: 'ranker' }).map((c) => [c.id, c.author, c.text, c.resolved])).toEqual([
      ['c2', 'Anonymous', 'And retries?', false],
      ['c1', 'Ada', 'Timeouts?', true],
    ]);
    expect(d.comments?.[0].replies).toEqual([{ id: 'r1', author: 'Sam', text: 'Cached ranking.', at: T.toISOString() }]);
    expect(commentTargetLabel(d, { edge: 'feed-ranker' })).toBe('Client request → DLRM ranker');
    expect(design.comments).toBe(undefined);
  });

  it('refuses empty text and a reply to a missing comment, saying which', () => {
    expect(() => addComment(design, { node: 'ranker' }, 'Ada', '  ', T)).toThrow('A comment needs some text');
    expect(() => replyToComment(design, 'nope', 'Ada', 'hi', T)).toThrow('No comment "nope" in this design');
  });
});
