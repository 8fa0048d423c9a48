import type * as Y from 'yjs';
import type { CommentTarget, Design, DesignComment } from '../document';
import * as edit from '../document/comments';
import { applyDesignToDoc, yDocToDesign } from '../sync';

/**
 * Comments on a room's doc for clients that have a doc but no editor store (the server's tests, a
 * scripted participant). The browser edits `design.comments` in its store like any other edit; both
 * go through the same mapping (core/sync), so they meet in the same `comments` root.
 */
function change(doc: Y.Doc, next: (design: Design) => Design): void {
  const before = yDocToDesign(doc);
  applyDesignToDoc(doc, before, next(before), null);
}

/** The doc's comments in design order. */
export const readComments = (doc: Y.Doc): DesignComment[] => yDocToDesign(doc).comments ?? [];

/** Pins a new comment at wall-clock ms `at`; returns its id. */
export function addComment(doc: Y.Doc, target: CommentTarget, author: string, text: string, at: number, id = edit.newCommentId('c', new Date(at))): string {
  change(doc, (d) => edit.addComment(d, target, author, text, new Date(at), id));
  return id;
}

export function replyToComment(doc: Y.Doc, id: string, author: string, text: string, at: number): void {
  change(doc, (d) => edit.replyToComment(d, id, author, text, new Date(at)));
}

export function setCommentResolved(doc: Y.Doc, id: string, resolved: boolean): void {
  change(doc, (d) => edit.setCommentResolved(d, id, resolved));
}
