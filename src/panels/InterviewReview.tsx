import { useEffect, useMemo, useState } from 'react';
import { download } from '../state/files';
import { clock, closeInterview, useInterview } from '../state/interview';
import { useEditor } from '../state/store';
import { getKind } from '../core/catalog';
import {
  buildReview,
  dimensionCoverage,
  evaluateChecklist,
  formatClock,
  formatDelta,
  getPrompt,
  phasePlan,
  type ReferenceResult,
  type Review,
  reviewFileName,
  reviewMarkdown,
} from '../core/interview';
import { lint } from '../core/lint';
import { Dialog } from './Dialog';
import { compareWithPromptReference } from './referenceDesign';
import './interview.css';

const kindLabel = (kind: string) => getKind(kind)?.label ?? kind;

export function ReviewBody({ review }: { review: Review }) {
  const done = review.checklist.filter((e) => e.done).length;
  return (
    <div className="interview-review">
      <section aria-label="Time per phase">
        <h3>Time per phase</h3>
        <table className="interview-review__times">
          <thead>
            <tr>
              <th scope="col">Phase</th>
              <th scope="col">Planned</th>
              <th scope="col">Actual</th>
              <th scope="col">Difference</th>
            </tr>
          </thead>
          <tbody>
            {review.phases.map((p) => (
              <tr key={p.id} className={p.deltaMs >= 1000 ? 'over' : undefined}>
                <th scope="row">{p.name}</th>
                <td>{formatClock(p.plannedMs)}</td>
                <td>{formatClock(p.actualMs)}</td>
                <td>{formatDelta(p.deltaMs)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">Total</th>
              <td>{formatClock(review.plannedMs)}</td>
              <td>{formatClock(review.actualMs)}</td>
              <td>{formatDelta(review.actualMs - review.plannedMs)}</td>
            </tr>
          </tfoot>
        </table>
      </section>

      <section aria-label="Compared with the reference design">
        <h3>Compared with the reference design</h3>
        {review.reference.status === 'none' ? (
          <p className="muted">{review.reference.reason}</p>
        ) : (
          <>
            <p className="small">
              Reference: <strong>{review.reference.title}</strong>
            </p>
            <dl className="interview-review__compare">
              <dt>Missing kinds</dt>
              <dd>{review.reference.comparison.missingKinds.map(kindLabel).join(', ') || 'none'}</dd>
              <dt>Missing serving stages</dt>
              <dd>{review.reference.comparison.missingFunnelStages.map((s) => s.label).join(', ') || 'none'}</dd>
              <dt>Missing loops</dt>
              <dd>
                {review.reference.comparison.missingLoops.length
                  ? review.reference.comparison.missingLoops.map((l) => `${l.label} (breaks at ${l.brokenAt})`).join('; ')
                  : 'none'}
              </dd>
            </dl>
          </>
        )}
      </section>

      <section aria-label="Checklist review">
        <h3>
          Checklist <span className="muted small">{done} of {review.checklist.length} covered</span>
        </h3>
        <ul className="interview-review__dims">
          {dimensionCoverage(review.checklist).map((d) => (
            <li key={d.dimension}>
              {d.name}: <strong>{d.done}/{d.total}</strong>
            </li>
          ))}
        </ul>
        {review.plan.phases.map((p) => (
          <details key={p.id}>
            <summary>
              {p.name}{' '}
              <span className="muted small">
                {review.checklist.filter((e) => e.item.phase === p.id && e.done).length}/{review.checklist.filter((e) => e.item.phase === p.id).length}
              </span>
            </summary>
            <ul className="interview-review__items">
              {review.checklist
                .filter((e) => e.item.phase === p.id)
                .map((e) => (
                  <li key={e.item.id} className={e.done ? 'done' : undefined}>
                    {e.done ? '☑' : '☐'} {e.item.text}
                  </li>
                ))}
            </ul>
          </details>
        ))}
      </section>

      <section aria-label="Findings review">
        <h3>
          Findings <span className="muted small">{review.findings.length}</span>
        </h3>
        {!review.findings.length && <p className="muted">No findings: the design passes every rule.</p>}
        <ul className="interview-review__findings">
          {review.findings.map((f, i) => (
            <li key={`${f.ruleId}-${i}`} className={`sev--${f.severity}`}>
              <strong>{f.severity}</strong> {f.message} <code className="muted">{f.ruleId}</code>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}

/** The end of an interview: time per phase, checklist, findings, the reference comparison; exportable. */
export function InterviewReview({ onClose }: { onClose(): void }) {
  const session = useInterview((s) => s.session);
  const design = useEditor((s) => s.design);
  const onDesign = useEditor((s) => s.designId === session?.designId);
  const [reference, setReference] = useState<ReferenceResult>();
  const prompt = getPrompt(session?.promptId);

  useEffect(() => {
    let live = true;
    setReference(undefined);
    compareWithPromptReference(prompt?.reference, prompt?.title, design).then(
      (r) => live && setReference(r),
      (e: Error) => live && setReference({ status: 'none', reason: `The reference design could not be loaded: ${e.message}` }),
    );
    return () => {
      live = false;
    };
  }, [prompt, design]);

  const review = useMemo(() => {
    if (!session || !reference) return undefined;
    const findings = lint(design).findings;
    return buildReview({
      title: session.title,
      prompt,
      plan: phasePlan(session.minutes),
      timer: session.timer,
      now: clock.now(),
      design,
      requirements: session.requirements,
      checklist: evaluateChecklist(design, findings, session.requirements, session.ticked),
      findings,
      reference,
    });
  }, [session, design, reference, prompt]);

  if (!session)
    return (
      <Dialog title="Interview review" onClose={onClose}>
        <p>No interview to review. Start one from the toolbar’s Interview button.</p>
      </Dialog>
    );

  const exportMarkdown = () => {
    if (review) download(new Blob([reviewMarkdown(review)], { type: 'text/markdown' }), reviewFileName(session.title));
  };

  return (
    <Dialog title={`Interview review: ${session.title}`} onClose={onClose} wide>
      {!onDesign && <p className="field__error">The design on the canvas is not the one this interview was started on; the review reads the canvas.</p>}
      {session.timer.endedAt === undefined && <p className="muted small">The interview is still running: times are so far.</p>}
      {review ? <ReviewBody review={review} /> : <p className="muted">Comparing with the reference design…</p>}
      <footer className="interview-review__actions">
        <button type="button" onClick={exportMarkdown} disabled={!review}>
          Export Markdown
        </button>
        {session.timer.endedAt !== undefined && (
          <button
            type="button"
            onClick={() => {
              closeInterview();
              onClose();
            }}
          >
            Close interview
          </button>
        )}
      </footer>
    </Dialog>
  );
}
