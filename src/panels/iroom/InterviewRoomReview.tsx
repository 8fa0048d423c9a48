import { useEffect, useMemo, useRef } from 'react';
import { buildReview, reviewFileName } from '../../core/interview/review';
import { endTimer, startTimer, type TimerState } from '../../core/interview/timer';
import { roomReviewMarkdown } from '../../core/interview/roomReview';
import { download } from '../../state/files';
import { useHostNotes } from '../../state/hostNotes';
import { clock } from '../../state/interviewRoom';
import { commentTargetLabel } from '../../core/document/commentTarget';
import { openFirst } from '../../core/document/comments';
import { ReviewBody } from '../InterviewReview';
import { useScorecard } from './useScorecard';
import '../interview.css';

/** A room ended before its clock started has spent no time in any phase. */
const unstarted = (now: number): TimerState => endTimer(startTimer(now), now);

/**
 * Where the interviewer lands when the interview ends: the practice review (time per phase, the
 * comparison, checklist, findings) plus findings per stage, their private notes and the comments;
 * exportable as Markdown and printable as a scorecard (the print stylesheet leaves only this).
 */
export function InterviewRoomReview({ onClose }: { onClose(): void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const { session, prompt, plan, design, findings, requirements, checklist, rubric, reference } = useScorecard();
  const notes = useHostNotes((s) => s.notes);
  // Comments are part of the design (and of the room's doc it is read from); open ones first.
  const comments = useMemo(() => openFirst(design.comments ?? []), [design]);
  const title = design.title?.trim() || prompt?.title || 'Interview';

  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
  }, []);

  const review = useMemo(() => {
    if (!session || !reference) return undefined;
    const now = clock.now();
    return buildReview({ title, prompt, plan, timer: session.timer ?? unstarted(now), now, design, requirements, checklist, findings, reference });
  }, [session, reference, title, prompt, plan, design, requirements, checklist, findings]);

  const exportMarkdown = () => review && download(new Blob([roomReviewMarkdown(review, notes, comments)], { type: 'text/markdown' }), reviewFileName(title));

  return (
    <dialog ref={ref} className="dialog dialog--wide scorecard" aria-label={`Interview review: ${title}`} onClose={onClose} onCancel={onClose}>
      <header className="dialog__head">
        <h2>Interview review: {title}</h2>
        <button type="button" aria-label="Close" onClick={onClose}>
          ×
        </button>
      </header>
      <div className="dialog__body">
        {review ? <ReviewBody review={review} /> : <p className="muted">Comparing with the reference design…</p>}
        <div className="interview-review">
          <section aria-label="Findings per stage">
            <h3>Findings per stage</h3>
            <table className="host-rubric">
              <tbody>
                {rubric.map((r) => (
                  <tr key={r.stage}>
                    <th scope="row">{r.stage}</th>
                    <td>
                      {r.errors} errors, {r.warnings} warnings
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
          <section aria-label="Interviewer's notes">
            <h3>Interviewer’s notes</h3>
            {plan.phases.map((p) => (
              <div key={p.id}>
                <h4>{p.name}</h4>
                <p className="scorecard__note">{notes[p.id]?.trim() || <span className="muted">no notes</span>}</p>
              </div>
            ))}
          </section>
          <section aria-label="Comments">
            <h3>Comments</h3>
            {!comments.length && <p className="muted">No comments.</p>}
            <ul>
              {comments.map((c) => (
                <li key={c.id}>
                  <strong>{commentTargetLabel(design, c.target)}</strong>
                  {c.resolved && <span className="muted"> (resolved)</span>}: {c.text} — {c.author}
                  {c.replies.length > 0 && (
                    <ul>
                      {c.replies.map((r) => (
                        <li key={r.id}>
                          {r.text} — {r.author}
                        </li>
                      ))}
                    </ul>
                  )}
                </li>
              ))}
            </ul>
          </section>
        </div>
        <footer className="interview-review__actions scorecard__actions">
          <button type="button" onClick={exportMarkdown} disabled={!review}>
            Export Markdown
          </button>
          <button type="button" onClick={() => window.print()}>
            Print scorecard
          </button>
        </footer>
      </div>
    </dialog>
  );
}
