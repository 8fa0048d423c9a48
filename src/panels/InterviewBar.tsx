import { useEffect, useReducer } from 'react';
import { getCommand } from '../state/commands';
import { runCommand, uiServices } from '../state/commands/run';
import {
  clock,
  closeInterview,
  endInterview,
  goToInterviewPhase,
  nextInterviewPhase,
  selectHintsHidden,
  setNoHints,
  startInterviewPersistence,
  togglePause,
  useInterview,
} from '../state/interview';
import { formatClock, getPrompt, isPhaseId, nextPhase, phaseIndex, phasePlan, timerStatus, timeUpAt } from '../core/interview';
import './interview.css';

/** Re-renders once a second while `active`: the figures are computed from the clock, not counted. */
function useTick(active: boolean) {
  const [, tick] = useReducer((n: number) => n + 1, 0);
  useEffect(() => {
    if (!active) return;
    const id = setInterval(tick, 1000);
    return () => clearInterval(id);
  }, [active]);
}

/**
 * The always-visible strip of a running interview: the phase, the time left in it and overall,
 * a gentle "over by m:ss" when a phase runs past its time box, and the controls.
 */
export function InterviewBar() {
  const session = useInterview((s) => s.session);
  const hintsHidden = useInterview(selectHintsHidden);

  useEffect(() => startInterviewPersistence(), []);
  // No hints: node badges go too (the findings tab hides its own content).
  useEffect(() => {
    const root = document.documentElement;
    if (hintsHidden) root.dataset.hints = 'hidden';
    else delete root.dataset.hints;
  }, [hintsHidden]);

  const ended = session?.timer.endedAt !== undefined;
  const paused = session?.timer.pausedAt !== undefined;
  useTick(!!session && !ended && !paused);

  const status = session ? timerStatus(session.timer, phasePlan(session.minutes), clock.now()) : undefined;
  // Time up: the interview ends and the review opens, as when the interviewer calls time.
  useEffect(() => {
    if (!status?.timeUp || status.ended) return;
    const { session: s } = useInterview.getState();
    if (s) void endInterview(timeUpAt(s.timer, phasePlan(s.minutes))).then(() => uiServices().open('interview-review'));
  }, [status?.timeUp, status?.ended]);

  if (!session || !status) return null;
  const plan = phasePlan(session.minutes);
  const prompt = getPrompt(session.promptId);
  const phase = plan.phases[phaseIndex(status.phase)];
  const over = status.overMs > 0;

  if (ended)
    return (
      <section className="interview-bar interview-bar--ended" aria-label="Interview">
        <strong className="interview-bar__title">{session.title}</strong>
        <span>Interview ended after {formatClock(status.elapsedMs)}</span>
        <button type="button" onClick={() => runCommand(getCommand('interview-review'))}>
          Review
        </button>
        <button type="button" onClick={closeInterview}>
          Close interview
        </button>
      </section>
    );

  return (
    <section className={`interview-bar${over ? ' interview-bar--over' : ''}${paused ? ' interview-bar--paused' : ''}`} aria-label="Interview">
      <span className="interview-bar__phase" aria-live="polite" title={prompt ? `${session.title}: ${prompt.brief}` : session.title}>
        <span className="muted">
          {phaseIndex(status.phase) + 1}/{plan.phases.length}
        </span>{' '}
        {phase.name}
      </span>
      <select className="interview-bar__skip" value={status.phase} onChange={(e) => isPhaseId(e.target.value) && goToInterviewPhase(e.target.value)} aria-label="Skip to phase" title="Skip to a phase">
        {plan.phases.map((p, i) => (
          <option key={p.id} value={p.id}>
            {i + 1}. {p.name} ({p.minutes} min)
          </option>
        ))}
      </select>
      <span className="interview-bar__clock" role="timer" aria-label="Phase time">
        {over ? `over by ${formatClock(status.overMs)}` : `${formatClock(status.phaseLeftMs)} left in phase`}
      </span>
      <span className="interview-bar__clock interview-bar__overall" role="timer" aria-label="Interview time" title={`Time left of the ${plan.totalMinutes}-minute interview`}>
        {formatClock(status.overallLeftMs)} left overall
      </span>
      {paused && <span className="interview-bar__paused">Paused</span>}
      <button type="button" onClick={togglePause}>
        {paused ? 'Resume' : 'Pause'}
      </button>
      <button type="button" onClick={nextInterviewPhase} disabled={!nextPhase(session.timer)}>
        Next phase
      </button>
      <label className="interview-bar__hints" title="Hide the linter's findings and node badges until the end">
        <input type="checkbox" checked={session.noHints} onChange={(e) => setNoHints(e.target.checked)} /> No hints
      </label>
      <button type="button" className="interview-bar__end" onClick={() => runCommand(getCommand('interview-end'))}>
        End interview
      </button>
    </section>
  );
}
