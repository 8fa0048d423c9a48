import * as Y from 'yjs';
import type { Design } from '../document';
import { COMMENTS } from './room';

/**
 * Comments pinned to a component or an edge ("what happens when the ranker times out?"), with replies
 * and a resolved flag. In a room they live in the doc's `comments` root: one Y.Map per comment, replies
 * in a Y.Array, so two people replying at once both land. As plain JSON they are the optional `comments`
 * field a design file carries.
 */
export interface CommentReply {
  author: string;
  text: string;
  /** Wall-clock ms. */
  at: number;
}

export interface DesignComment extends CommentReply {
  id: string;
  on: { node: string } | { edge: string };
  resolved: boolean;
  replies: CommentReply[];
}

export const MAX_COMMENT_CHARS = 2000;

const commentsOf = (doc: Y.Doc) => doc.getMap<unknown>(COMMENTS);

function cleanText(text: string): string {
  const trimmed = text.trim();
  if (!trimmed) throw new Error('A comment needs some text');
  if (trimmed.length > MAX_COMMENT_CHARS) throw new Error(`A comment holds at most ${MAX_COMMENT_CHARS} characters; this one has ${trimmed.length}`);
  return trimmed;
}

function readReply(raw: unknown): CommentReply | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const r = raw as Record<string, unknown>;
  if (typeof r.author !== 'string' || typeof r.text !== 'string' || typeof r.at !== 'number') return undefined;
  return { author: r.author, text: r.text, at: r.at };
}

function readTarget(raw: unknown): DesignComment['on'] | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const r = raw as Record<string, unknown>;
  if (typeof r.node === 'string') return { node: r.node };
  if (typeof r.edge === 'string') return { edge: r.edge };
  return undefined;
}

/** The doc's comments, oldest first; entries a peer wrote in another shape are left out. */
export function readComments(doc: Y.Doc): DesignComment[] {
  const out: DesignComment[] = [];
  for (const [id, entry] of commentsOf(doc)) {
    if (!(entry instanceof Y.Map)) continue;
    const head = readReply({ author: entry.get('author'), text: entry.get('text'), at: entry.get('at') });
    const on = readTarget(entry.get('on'));
    const replies = entry.get('replies');
    if (!head || !on) continue;
    const list = replies instanceof Y.Array ? replies.toArray().map(readReply).filter((r): r is CommentReply => r !== undefined) : [];
    out.push({ id, on, ...head, resolved: entry.get('resolved') === true, replies: list });
  }
  return out.sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : 1));
}

/** Pins a new comment; returns its id. */
export function addComment(doc: Y.Doc, on: DesignComment['on'], author: string, text: string, at: number, id = `c-${at.toString(36)}-${doc.clientID.toString(36)}`): string {
  const body = cleanText(text);
  doc.transact(() => {
    const entry = new Y.Map<unknown>();
    commentsOf(doc).set(id, entry);
    entry.set('on', on);
    entry.set('author', author.trim() || 'Anonymous');
    entry.set('text', body);
    entry.set('at', at);
    entry.set('resolved', false);
    entry.set('replies', new Y.Array<CommentReply>());
  });
  return id;
}

function entryOf(doc: Y.Doc, id: string): Y.Map<unknown> {
  const entry = commentsOf(doc).get(id);
  if (!(entry instanceof Y.Map)) throw new Error(`No comment "${id}" in this design`);
  return entry;
}

export function replyToComment(doc: Y.Doc, id: string, author: string, text: string, at: number): void {
  const entry = entryOf(doc, id);
  const body = cleanText(text);
  doc.transact(() => {
    let replies = entry.get('replies');
    if (!(replies instanceof Y.Array)) {
      replies = new Y.Array<CommentReply>();
      entry.set('replies', replies);
    }
    (replies as Y.Array<CommentReply>).push([{ author: author.trim() || 'Anonymous', text: body, at }]);
  });
}

export function setCommentResolved(doc: Y.Doc, id: string, resolved: boolean): void {
  entryOf(doc, id).set('resolved', resolved);
}

/** What a comment is pinned to, in the user's words: the card's label or an edge's two ends. */
export function commentTarget(design: Design, on: DesignComment['on']): string {
  const label = (nodeId: string) => {
    const node = design.nodes.find((n) => n.id === nodeId);
    return node ? node.label?.trim() || node.kind : `${nodeId} (removed)`;
  };
  if ('node' in on) return label(on.node);
  const edge = design.edges.find((e) => e.id === on.edge);
  return edge ? `${label(edge.source)} → ${label(edge.target)}` : `edge ${on.edge} (removed)`;
}

const line = (text: string) => text.replace(/\r?\n/g, ' ');

/** The comments as a Markdown section (for the design's export and the interview review). */
export function commentsMarkdown(design: Design, comments: readonly DesignComment[]): string {
  const out = ['## Comments', ''];
  if (!comments.length) out.push('No comments.');
  for (const c of comments) {
    out.push(`- **${line(commentTarget(design, c.on))}**${c.resolved ? ' _(resolved)_' : ''}: ${line(c.text)} — ${line(c.author)}`);
    for (const r of c.replies) out.push(`  - ${line(r.text)} — ${line(r.author)}`);
  }
  out.push('');
  return out.join('\n');
}
