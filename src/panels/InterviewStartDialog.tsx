import { useState } from 'react';
import { useInterview } from '../state/interview';
import { startInterview } from '../state/interviewStart';
import { notify } from '../state/notify';
import { DURATIONS, type Duration, getPrompt, phasePlan, PROMPTS } from '../core/interview';
import { Dialog } from './Dialog';
import './interview.css';

const BLANK = 'blank';

/** Choose a practice prompt (or a blank canvas), a length and whether to hide the linter. */
export function InterviewStartDialog({ onClose }: { onClose(): void }) {
  const [choice, setChoice] = useState<string>(PROMPTS[0].id);
  const [title, setTitle] = useState(PROMPTS[0].title);
  const [titleEdited, setTitleEdited] = useState(false);
  const [minutes, setMinutes] = useState<Duration>(45);
  const [noHints, setNoHints] = useState(true);
  const [error, setError] = useState<string>();
  const [starting, setStarting] = useState(false);
  const running = useInterview((s) => !!s.session && s.session.timer.endedAt === undefined);

  const pick = (id: string) => {
    setChoice(id);
    if (!titleEdited) setTitle(getPrompt(id)?.title ?? '');
  };

  const start = async () => {
    setStarting(true);
    try {
      await startInterview({ promptId: choice === BLANK ? undefined : choice, title, minutes, noHints });
      onClose();
    } catch (e) {
      setError((e as Error).message);
      notify((e as Error).message, 'error');
    } finally {
      setStarting(false);
    }
  };

  // A live room with a candidate link (state/interviewRoom, loaded only now).
  const startRoom = async () => {
    setStarting(true);
    try {
      const { startInterviewRoom } = await import('../state/interviewRoom');
      const { rememberedName } = await import('../state/room/roomState');
      await startInterviewRoom({ promptId: choice === BLANK ? undefined : choice, title, minutes, hints: !noHints }, rememberedName() || 'Interviewer');
      onClose();
    } catch (e) {
      setError((e as Error).message);
      notify((e as Error).message, 'error');
    } finally {
      setStarting(false);
    }
  };

  const plan = phasePlan(minutes);
  return (
    <Dialog title="Start an interview" onClose={onClose} wide>
      <form
        className="interview-start"
        onSubmit={(e) => {
          e.preventDefault();
          void start();
        }}
      >
        <fieldset className="interview-start__prompts">
          <legend>Practice prompt</legend>
          {[...PROMPTS, { id: BLANK, title: 'Blank canvas', brief: 'Your own question: give it a title.', reference: undefined }].map((p) => (
            <label key={p.id} className={`interview-prompt${choice === p.id ? ' interview-prompt--on' : ''}`}>
              <input type="radio" name="prompt" value={p.id} checked={choice === p.id} onChange={() => pick(p.id)} />
              <strong>{p.title}</strong>
              <span className="small muted">{p.brief}</span>
              {p.id !== BLANK && <span className={`small ${p.reference ? 'interview-prompt__ref' : 'muted'}`}>{p.reference ? 'Reference design to compare with' : 'No reference design yet'}</span>}
            </label>
          ))}
        </fieldset>
        <div className="interview-start__side">
          <div className="field">
            <label htmlFor="interview-title">Title</label>
            <input
              id="interview-title"
              value={title}
              onChange={(e) => {
                setTitle(e.target.value);
                setTitleEdited(true);
                setError(undefined);
              }}
            />
          </div>
          <fieldset className="interview-start__length">
            <legend>Length</legend>
            {DURATIONS.map((d) => (
              <label key={d}>
                <input type="radio" name="length" value={d} checked={minutes === d} onChange={() => setMinutes(d)} /> {d} minutes
              </label>
            ))}
          </fieldset>
          <ol className="interview-start__plan small" aria-label="Time boxes">
            {plan.phases.map((p) => (
              <li key={p.id}>
                {p.name} <span className="muted">{p.minutes} min</span>
              </li>
            ))}
          </ol>
          <label className="interview-start__hints">
            <input type="checkbox" checked={noHints} onChange={(e) => setNoHints(e.target.checked)} /> No hints: hide the findings until the end
          </label>
          {running && <p className="small muted">The interview in progress will be replaced; its design stays in your designs.</p>}
          {error && (
            <p className="field__error" role="alert">
              {error}
            </p>
          )}
          <button type="submit" className="interview-start__go" disabled={starting}>
            Start interview
          </button>
          <button type="button" className="interview-start__room" disabled={starting} onClick={() => void startRoom()}>
            Host a live interview room
          </button>
          <p className="small muted">The interview opens on a new design; the one on the canvas is kept.</p>
        </div>
      </form>
    </Dialog>
  );
}
