import { useEffect, useReducer, useState } from 'react';
import { formatClock, nextPhase, phaseIndex, phasePlan, timerStatus } from '../core/interview';
import { clock, hostCommand, useInterviewRoom, watchSession } from '../state/interviewRoom';
import { useRoom } from '../state/room/roomState';
import { InterviewRoomReview } from './iroom/InterviewRoomReview';
import './interview.css';

function useTick() {
  const [, tick] = useReducer((n: number) => n + 1, 0);
  useEffect(() => {
    const id = setInterval(tick, 1000);
    return () => clearInterval(id);
  }, []);
}

/**
 * The interview room's strip, on every screen of the room: one clock and phase from the shared session.
 * The host also gets the controls and the links; the candidate sees when the canvas is locked.
 */
export function InterviewRoomBar() {
  const session = useInterviewRoom((s) => s.session);
  const host = useInterviewRoom((s) => s.host);
  const links = useInterviewRoom((s) => s.links);
  const peers = useRoom((s) => s.peers);
  const endedHere = useRoom((s) => s.ended);
  useEffect(() => watchSession(), []);
  useTick();
  // The host lands on the review when the interview ends (and can open it again from the strip).
  const endedForHost = host && session?.ended === true;
  const [reviewing, setReviewing] = useState(false);
  useEffect(() => setReviewing(endedForHost), [endedForHost]);
  if (endedHere && !host)
    return (
      <section className="interview-bar interview-bar--ended" aria-label="Interview room">
        <strong role="status">This interview has ended.</strong>
      </section>
    );
  if (!session) return null;

  const plan = phasePlan(session.minutes);
  const status = session.timer && timerStatus(session.timer, plan, clock.now());
  const phase = status && plan.phases[phaseIndex(status.phase)];
  const candidateHere = peers.some((p) => p.role === 'edit');
  return (
    <section className="interview-bar" aria-label="Interview room">
      {session.ended && <strong role="status">Interview ended</strong>}
      {endedForHost && (
        <button type="button" onClick={() => setReviewing(true)}>
          Review
        </button>
      )}
      {reviewing && <InterviewRoomReview onClose={() => setReviewing(false)} />}
      {!status && <span role="status">{host ? (candidateHere ? 'The candidate has joined' : 'Waiting for the candidate…') : 'Waiting for the interviewer to start'}</span>}
      {status && phase && (
        <>
          <span className="interview-bar__phase" aria-label="Phase">
            <span className="muted">
              {phaseIndex(status.phase) + 1}/{plan.phases.length}
            </span>{' '}
            {phase.name}
          </span>
          <span className="interview-bar__clock" role="timer" aria-label="Phase time">
            {status.overMs > 0 ? `over by ${formatClock(status.overMs)}` : `${formatClock(status.phaseLeftMs)} left in phase`}
          </span>
          <span className="interview-bar__clock" role="timer" aria-label="Interview time">
            {formatClock(status.overallLeftMs)} left overall
          </span>
          {status.paused && <span className="interview-bar__paused">Paused</span>}
        </>
      )}
      {session.locked && !session.ended && <span role="status">{host ? 'Canvas locked' : 'The interviewer has locked the canvas'}</span>}
      {host && !session.ended && (
        <>
          {!status && <button type="button" onClick={() => hostCommand('start')}>Start the clock</button>}
          {status && <button type="button" onClick={() => hostCommand(status.paused ? 'resume' : 'pause')}>{status.paused ? 'Resume' : 'Pause'}</button>}
          {status && (
            <button type="button" onClick={() => hostCommand('next-phase')} disabled={!nextPhase(session.timer!)}>
              Next phase
            </button>
          )}
          <button type="button" onClick={() => hostCommand(session.locked ? 'unlock' : 'lock')}>{session.locked ? 'Unlock canvas' : 'Lock canvas'}</button>
          <button type="button" className="interview-bar__end" onClick={() => hostCommand('end')}>
            End interview
          </button>
        </>
      )}
      {host && links && !session.ended && (
        <>
          <label className="small">
            Candidate link <input readOnly value={links.candidate} onFocus={(e) => e.currentTarget.select()} />
          </label>
          <label className="small">
            Watcher link <input readOnly value={links.watcher} onFocus={(e) => e.currentTarget.select()} />
          </label>
        </>
      )}
    </section>
  );
}

// The host's private view rides in the strip's chunk: one lazy piece of code for everything of a room.
export { InterviewHostPanel } from './iroom/InterviewHostPanel';
export { RoomBrief } from './iroom/RoomBrief';
