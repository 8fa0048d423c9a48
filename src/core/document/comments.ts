import type { CommentTarget, Design, DesignComment } from './types';

/**
 * Edits of a design's comments. Each returns a new design (the store never mutates), so a comment is
 * undone, synced and saved like any other edit. A design with no comments has no `comments` field, so
 * files that never used comments are written exactly as before.
 */

export const MAX_COMMENT_CHARS = 2000;

function cleanText(text: string): string {
  const trimmed = text.trim();
  if (!trimmed) throw new Error('A comment needs some text');
  if (trimmed.length > MAX_COMMENT_CHARS) throw new Error(`A comment holds at most ${MAX_COMMENT_CHARS} characters; this one has ${trimmed.length}`);
  return trimmed;
}

const cleanAuthor = (author: string) => author.trim() || 'Anonymous';

/** An id no one else picks at the same moment: the time and a random tail (two people may comment at once). */
export function newCommentId(prefix: 'c' | 'r', now: Date, random: () => number = Math.random): string {
  return `${prefix}-${now.getTime().toString(36)}-${Math.floor(random() * 36 ** 4).toString(36).padStart(4, '0')}`;
}

function findComment(design: Design, id: string): DesignComment {
  const comment = design.comments?.find((c) => c.id === id);
  if (!comment) throw new Error(`No comment "${id}" in this design`);
  return comment;
}

function withComment(design: Design, id: string, change: (c: DesignComment) => DesignComment): Design {
  findComment(design, id);
  return { ...design, comments: design.comments!.map((c) => (c.id === id ? change(c) : c)) };
}

export function addComment(design: Design, target: CommentTarget, author: string, text: string, now: Date, id = newCommentId('c', now)): Design {
  const comment: DesignComment = { id, target, author: cleanAuthor(author), text: cleanText(text), at: now.toISOString(), replies: [], resolved: false };
  return { ...design, comments: [...(design.comments ?? []), comment] };
}

export function replyToComment(design: Design, id: string, author: string, text: string, now: Date, replyId = newCommentId('r', now)): Design {
  const reply = { id: replyId, author: cleanAuthor(author), text: cleanText(text), at: now.toISOString() };
  return withComment(design, id, (c) => ({ ...c, replies: [...c.replies, reply] }));
}

export function setCommentResolved(design: Design, id: string, resolved: boolean): Design {
  if (findComment(design, id).resolved === resolved) return design;
  return withComment(design, id, (c) => ({ ...c, resolved }));
}

export const sameTarget = (a: CommentTarget, b: CommentTarget) => a.node === b.node && a.edge === b.edge;

/** The comments pinned to one node or edge, open ones first, each group oldest first. */
export function commentsOn(design: Design, target: CommentTarget): DesignComment[] {
  return openFirst((design.comments ?? []).filter((c) => sameTarget(c.target, target)));
}

export function openFirst(comments: readonly DesignComment[]): DesignComment[] {
  return [...comments.filter((c) => !c.resolved), ...comments.filter((c) => c.resolved)];
}
