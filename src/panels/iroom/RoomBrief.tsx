import { getPrompt } from '../../core/interview/prompts';
import { EMPTY_REQUIREMENTS, REQUIREMENT_FIELDS } from '../../core/interview/requirements';
import { setRoomRequirement, useInterviewRoom } from '../../state/interviewRoom';
import { useRoom } from '../../state/room/roomState';
import { FigureField } from '../InterviewPanel';
import '../interview.css';

/**
 * What everyone in an interview room works from: the prompt and the requirements card. The card is
 * shared through the room (its text in the room's requirements map, its SLO and QPS on the design's
 * client request), so the interviewer sees the candidate fill it in; read-only while the canvas is
 * locked, after the end, and for watchers.
 */
export function RoomBrief() {
  const session = useInterviewRoom((s) => s.session);
  const requirements = useInterviewRoom((s) => s.requirements) ?? EMPTY_REQUIREMENTS;
  const readOnly = useRoom((s) => s.locked === true || s.role === 'view' || s.ended === true);
  const prompt = getPrompt(session?.prompt);
  return (
    <>
      <section className="interview-card" aria-label="Prompt">
        <h3>{prompt ? prompt.title : 'Blank canvas'}</h3>
        <p className="small">{prompt ? prompt.brief : 'State the problem in the requirements below.'}</p>
      </section>
      <section className="interview-card" aria-label="Requirements">
        <h3>Requirements</h3>
        <p className="muted small">Shared with everyone in the room. Scale and latency go onto the client request, so the linter checks the design against them.</p>
        <FigureField name="sloLatencyMs" label="Latency SLO" unit="ms" disabled={readOnly} />
        <FigureField name="qps" label="Scale" unit="QPS" disabled={readOnly} />
        {REQUIREMENT_FIELDS.map((f) => (
          <div className="field" key={f.key}>
            <label htmlFor={`room-req-${f.key}`}>{f.label}</label>
            <textarea
              id={`room-req-${f.key}`}
              rows={2}
              value={requirements[f.key]}
              placeholder={f.placeholder}
              readOnly={readOnly}
              onChange={(e) => setRoomRequirement(f.key, e.target.value)}
            />
          </div>
        ))}
      </section>
    </>
  );
}
