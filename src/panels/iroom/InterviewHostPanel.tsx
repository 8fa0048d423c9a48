import { getKind } from '../../core/catalog';
import type { ReferenceResult } from '../../core/interview/review';
import { currentPhase } from '../../core/interview/timer';
import type { StageRubric } from '../../core/interview/roomReview';
import { setPhaseNote, tickByHost, useHostNotes } from '../../state/hostNotes';
import { RoomBrief } from './RoomBrief';
import { useScorecard } from './useScorecard';
import '../interview.css';

const kindLabel = (kind: string) => getKind(kind)?.label ?? kind;

function Rubric({ rubric }: { rubric: StageRubric[] }) {
  return (
    <section className="interview-card" aria-label="Rubric">
      <h3>Rubric by stage</h3>
      <table className="host-rubric">
        <thead>
          <tr>
            <th scope="col">Stage</th>
            <th scope="col">Errors</th>
            <th scope="col">Warnings</th>
          </tr>
        </thead>
        <tbody>
          {rubric.map((r) => (
            <tr key={r.stage} className={r.errors ? 'host-rubric--error' : r.warnings ? 'host-rubric--warning' : undefined} title={r.findings.map((f) => f.message).join('\n') || 'clean'}>
              <th scope="row">{r.stage}</th>
              <td>{r.errors}</td>
              <td>{r.warnings}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

export function ReferenceComparison({ reference }: { reference?: ReferenceResult }) {
  if (!reference) return <p className="muted small">Comparing with the reference design…</p>;
  if (reference.status === 'none') return <p className="muted small">{reference.reason}</p>;
  const c = reference.comparison;
  return (
    <dl className="interview-review__compare">
      <dt>Reference</dt>
      <dd>{reference.title}</dd>
      <dt>Missing kinds</dt>
      <dd>{c.missingKinds.map(kindLabel).join(', ') || 'none'}</dd>
      <dt>Missing serving stages</dt>
      <dd>{c.missingFunnelStages.map((s) => s.label).join(', ') || 'none'}</dd>
      <dt>Missing loops</dt>
      <dd>{c.missingLoops.map((l) => `${l.label} (breaks at ${l.brokenAt})`).join('; ') || 'none'}</dd>
    </dl>
  );
}

/**
 * The interviewer's private view of a room, in their side panel only: the rubric, the checklist, the
 * comparison and a notes box per phase. Nothing here is written to the room.
 */
export function InterviewHostPanel() {
  const { session, plan, checklist, rubric, reference } = useScorecard();
  const notes = useHostNotes((s) => s.notes);
  const error = useHostNotes((s) => s.error);
  const current = session?.timer ? currentPhase(session.timer) : plan.phases[0].id;
  return (
    <div className="interview-panel" aria-label="Interviewer's private view">
      <p className="muted small">Only you see the rubric, checklist, notes and comparison: they are kept in this browser and never sent to the room.</p>
      {error && <p className="field__error">{error}</p>}
      <Rubric rubric={rubric} />
      <RoomBrief />
      <section className="interview-card" aria-label="Checklist">
        <h3>Checklist</h3>
        {plan.phases.map((p) => {
          const mine = checklist.filter((e) => e.item.phase === p.id);
          return (
            <details key={p.id} open={p.id === current} className="interview-phase">
              <summary>
                {p.name}{' '}
                <span className="muted small">
                  {mine.filter((e) => e.done).length}/{mine.length}
                </span>
              </summary>
              <ul aria-label={`${p.name} checklist`}>
                {mine.map(({ item, done, by }) => (
                  <li key={item.id} className={`interview-check${done ? ' interview-check--done' : ''}`}>
                    <label title={item.auto ? `Ticks by itself when ${item.auto.when}` : undefined}>
                      <input type="checkbox" checked={done} disabled={!!item.auto} onChange={(e) => tickByHost(item.id, e.target.checked)} />
                      <span>{item.text}</span>
                    </label>
                    {by === 'auto' && <span className="interview-check__tag interview-check__tag--on">shown by the design</span>}
                  </li>
                ))}
              </ul>
              <label className="host-note">
                <span className="small">Notes: {p.name}</span>
                <textarea rows={3} value={notes[p.id] ?? ''} onChange={(e) => setPhaseNote(p.id, e.target.value)} />
              </label>
            </details>
          );
        })}
      </section>
      <section className="interview-card" aria-label="Compared with the reference design">
        <h3>Compared with the reference design</h3>
        <ReferenceComparison reference={reference} />
      </section>
    </div>
  );
}
