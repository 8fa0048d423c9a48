import { addComment, replyToComment, setCommentResolved } from '../core/document/comments';
import type { CommentTarget } from '../core/document';
import { notify } from './notify';
import { rememberedName } from './room/roomState';
import { useEditor } from './store';

/**
 * Comment edits from the screen: each is one store commit, so it is undone, saved and (in a room)
 * synced like any other edit. The author is the name this browser gave when it joined a room.
 * Loaded with the thread UI, not with the first paint.
 */
const commentAuthor = () => rememberedName().trim() || 'Anonymous';

function edit(change: Parameters<ReturnType<typeof useEditor.getState>['commit']>[0]): boolean {
  try {
    useEditor.getState().commit(change);
    return true;
  } catch (e) {
    notify((e as Error).message, 'error');
    return false;
  }
}

export const pinComment = (target: CommentTarget, text: string) => edit((d) => addComment(d, target, commentAuthor(), text, new Date()));
export const replyTo = (id: string, text: string) => edit((d) => replyToComment(d, id, commentAuthor(), text, new Date()));
export const resolveComment = (id: string, resolved: boolean) => edit((d) => setCommentResolved(d, id, resolved));
