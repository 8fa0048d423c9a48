import { useEffect, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { commentsOn, openFirst } from '../core/document/comments';
import { commentTargetLabel, isOrphaned } from '../core/document/commentTarget';
import type { CommentTarget, DesignComment } from '../core/document';
import { pinComment, replyTo, resolveComment } from '../state/commentEdits';
import { useCommentBox } from '../state/comments';
import { useEditor } from '../state/store';
import './comments.css';

const when = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: 'short', timeStyle: 'short' });

/** A text box with its button: the text is kept until the edit went through. */
function Composer({ label, button, onSend, focusRequests }: { label: string; button: string; onSend(text: string): boolean; focusRequests?: number }) {
  const [text, setText] = useState('');
  const box = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (focusRequests) box.current?.focus();
  }, [focusRequests]);
  const send = () => {
    if (text.trim() && onSend(text)) setText('');
  };
  return (
    <div className="comment-composer">
      <textarea
        ref={box}
        aria-label={label}
        placeholder={label}
        rows={2}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          // Ctrl+Enter sends, as in most chat and review tools; Enter alone starts a new line.
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            send();
          }
        }}
      />
      <button type="button" onClick={send} disabled={!text.trim()}>
        {button}
      </button>
    </div>
  );
}

function Thread({ comment, title }: { comment: DesignComment; title?: string }) {
  return (
    <article className={`comment${comment.resolved ? ' comment--resolved' : ''}`} aria-label={`Comment by ${comment.author}${comment.resolved ? ' (resolved)' : ''}`}>
      {title && <div className="comment__target">{title}</div>}
      <div className="comment__head">
        <strong>{comment.author}</strong> <time dateTime={comment.at}>{when(comment.at)}</time>
        {comment.resolved && <span className="comment__state">Resolved</span>}
      </div>
      <p className="comment__text">{comment.text}</p>
      {comment.replies.map((r) => (
        <div key={r.id} className="comment__reply">
          <div className="comment__head">
            <strong>{r.author}</strong> <time dateTime={r.at}>{when(r.at)}</time>
          </div>
          <p className="comment__text">{r.text}</p>
        </div>
      ))}
      <Composer label={`Reply to ${comment.author}`} button="Reply" onSend={(text) => replyTo(comment.id, text)} />
      <button type="button" className="comment__resolve" onClick={() => resolveComment(comment.id, !comment.resolved)}>
        {comment.resolved ? 'Reopen' : 'Resolve'}
      </button>
    </article>
  );
}

/** The comments of the inspected component or edge; with nothing inspected, those whose target was deleted. */
export default function Comments({ target }: { target?: CommentTarget }) {
  return target ? <CommentsSection target={target} /> : <OrphanedComments />;
}

/** The comments pinned to one component or edge, open ones first, and the box to pin another. */
function CommentsSection({ target }: { target: CommentTarget }) {
  const comments = useEditor(useShallow((s) => commentsOn(s.design, target)));
  const label = useEditor((s) => commentTargetLabel(s.design, target));
  const focusRequests = useCommentBox((s) => s.focusRequests);
  const open = comments.filter((c) => !c.resolved).length;
  return (
    <section className="comments" aria-label="Comments">
      <h3>
        Comments {comments.length > 0 && <span className="muted">({open} open)</span>}
      </h3>
      {comments.map((c) => (
        <Thread key={c.id} comment={c} />
      ))}
      <Composer label={`Comment on ${label}`} button="Add comment" focusRequests={focusRequests} onSend={(text) => pinComment(target, text)} />
    </section>
  );
}

/** Comments whose component or edge was deleted: kept, and listed when nothing is selected. */
function OrphanedComments() {
  const orphans = useEditor(useShallow((s) => openFirst((s.design.comments ?? []).filter((c) => isOrphaned(s.design, c.target)))));
  if (!orphans.length) return null;
  // A deleted target's label is its id: it no longer depends on the rest of the design.
  const design = useEditor.getState().design;
  return (
    <section className="comments" aria-label="Comments on deleted components">
      <h3>Comments on deleted components</h3>
      {orphans.map((c) => (
        <Thread key={c.id} comment={c} title={commentTargetLabel(design, c.target)} />
      ))}
    </section>
  );
}
