import { useEffect, useMemo, useState } from 'react';
import { setRequirement, tickItem, useInterview } from '../state/interview';
import { useLint } from '../state/lint';
import { useEditor } from '../state/store';
import {
  type ChecklistEntry,
  currentPhase,
  evaluateChecklist,
  getPrompt,
  parseFigure,
  phasePlan,
  REQUIREMENT_FIELDS,
  servingFigures,
  type ServingFigures,
  setServingFigure,
} from '../core/interview';
import './interview.css';

/**
 * A figure of the requirements card that lives on the design's client-request node: typed here,
 * written to the design as one undo step when the field is left (or Enter is pressed), and shown
 * back from the design, so an edit in the inspector shows here too.
 */
export function FigureField({ name, label, unit, disabled }: { name: keyof ServingFigures; label: string; unit: string; disabled?: boolean }) {
  const value = useEditor((s) => servingFigures(s.design)[name]);
  const shown = value === undefined ? '' : String(value);
  const [text, setText] = useState(shown);
  const [error, setError] = useState<string>();
  useEffect(() => setText(shown), [shown]);
  const commit = () => {
    const parsed = parseFigure(text, label);
    if (parsed.error) {
      setError(parsed.error);
      return;
    }
    setError(undefined);
    useEditor.getState().commit((d) => setServingFigure(d, name, parsed.value));
    setText(parsed.value === undefined ? '' : String(parsed.value));
  };
  const id = `req-${name}`;
  return (
    <div className="field">
      <label htmlFor={id}>
        {label} ({unit})
      </label>
      <input
        id={id}
        inputMode="numeric"
        value={text}
        disabled={disabled}
        aria-invalid={!!error}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => setText(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => e.key === 'Enter' && commit()}
      />
      {error && (
        <span id={`${id}-error`} className="field__error" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}

function RequirementsCard() {
  const requirements = useInterview((s) => s.session!.requirements);
  return (
    <section className="interview-card" aria-label="Requirements">
      <h3>Requirements</h3>
      <p className="muted small">Scale and latency go onto the client request, so the linter checks the design against them.</p>
      <FigureField name="sloLatencyMs" label="Latency SLO" unit="ms" />
      <FigureField name="qps" label="Scale" unit="QPS" />
      {REQUIREMENT_FIELDS.map((f) => (
        <div className="field" key={f.key}>
          <label htmlFor={`req-${f.key}`}>{f.label}</label>
          <textarea id={`req-${f.key}`} rows={2} value={requirements[f.key]} placeholder={f.placeholder} onChange={(e) => setRequirement(f.key, e.target.value)} />
        </div>
      ))}
    </section>
  );
}

function ChecklistItemRow({ entry }: { entry: ChecklistEntry }) {
  const { item, done, by } = entry;
  return (
    <li className={`interview-check${done ? ' interview-check--done' : ''}`}>
      <label title={item.auto ? `Ticks by itself when ${item.auto.when}` : undefined}>
        <input type="checkbox" checked={done} disabled={!!item.auto} onChange={(e) => tickItem(item.id, e.target.checked)} />
        <span>{item.text}</span>
      </label>
      {item.auto && <span className={`interview-check__tag${by === 'auto' ? ' interview-check__tag--on' : ''}`}>{by === 'auto' ? 'shown by the design' : 'from the design'}</span>}
    </li>
  );
}

export function useChecklist(): ChecklistEntry[] {
  const design = useEditor((s) => s.design);
  const findings = useLint((s) => s.result.findings);
  const requirements = useInterview((s) => s.session?.requirements);
  const ticked = useInterview((s) => s.session?.ticked);
  return useMemo(() => (requirements && ticked ? evaluateChecklist(design, findings, requirements, ticked) : []), [design, findings, requirements, ticked]);
}

/** The interview tab of the side panel: the prompt, the requirements card and the phase checklists. */
export function InterviewPanel() {
  const session = useInterview((s) => s.session);
  const entries = useChecklist();
  const onDesign = useEditor((s) => s.designId === session?.designId);
  if (!session) return null;
  const prompt = getPrompt(session.promptId);
  const current = currentPhase(session.timer);
  const plan = phasePlan(session.minutes);
  return (
    <div className="interview-panel">
      <section className="interview-card" aria-label="Prompt">
        <h3>{prompt ? prompt.title : session.title}</h3>
        <p className="small">{prompt ? prompt.brief : 'A blank canvas: state the problem in the requirements below.'}</p>
        {!onDesign && <p className="small field__error">The design on the canvas is not this interview’s: its checklist follows the canvas.</p>}
      </section>
      <RequirementsCard />
      <section className="interview-card" aria-label="Checklist">
        <h3>Checklist</h3>
        {plan.phases.map((p) => {
          const mine = entries.filter((e) => e.item.phase === p.id);
          const done = mine.filter((e) => e.done).length;
          return (
            <details key={p.id} open={p.id === current} className="interview-phase">
              <summary>
                {p.name}{' '}
                <span className="muted small">
                  {done}/{mine.length}
                </span>
              </summary>
              <ul aria-label={`${p.name} checklist`}>
                {mine.map((e) => (
                  <ChecklistItemRow key={e.item.id} entry={e} />
                ))}
              </ul>
            </details>
          );
        })}
      </section>
    </div>
  );
}
