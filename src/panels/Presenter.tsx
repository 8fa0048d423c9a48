import { useReactFlow } from '@xyflow/react';
import { useEffect, useRef, useState } from 'react';
import { usePresenter } from '../state/presenter';
import { useEditor } from '../state/store';
import { type WalkthroughStep, nodeLabel } from '../core/document';
import { moveStep, removeNodeFromStep, walkthroughOf, withWalkthrough } from '../core/walkthrough';
import './Presenter.css';

const NEXT = new Set(['ArrowRight', ' ', 'PageDown']);
const PREVIOUS = new Set(['ArrowLeft', 'PageUp']);

/**
 * Presenter mode: the design full screen (or filling the window when the browser refuses), one
 * walkthrough step at a time. The step's cards are lit and framed, the rest dimmed, and its notes
 * read as speaker text. Nothing on the canvas can be moved, wired, selected or deleted meanwhile.
 */
export function Presenter({ onClose }: { onClose(): void }) {
  const rf = useReactFlow();
  const steps = usePresenter((s) => s.steps);
  const index = usePresenter((s) => s.index);
  const active = usePresenter((s) => s.active);
  const [editing, setEditing] = useState(false);
  const closeRef = useRef(onClose);
  closeRef.current = onClose;

  // Enter: the design's walkthrough (or the framework order), the chrome hidden, full screen if allowed.
  useEffect(() => {
    const editor = useEditor.getState();
    editor.select({ nodeIds: new Set(), edgeIds: new Set() });
    usePresenter.getState().start(walkthroughOf(editor.design));
    document.body.classList.add('presenting');
    let wentFullscreen = false;
    const onFullscreenChange = () => {
      if (document.fullscreenElement) wentFullscreen = true;
      else if (wentFullscreen) closeRef.current();
    };
    document.addEventListener('fullscreenchange', onFullscreenChange);
    if (document.fullscreenEnabled && !document.fullscreenElement) {
      document.documentElement.requestFullscreen().catch(() => {
        // Not allowed here (no user gesture, an iframe, a kiosk): the full-window overlay stays.
      });
    }
    return () => {
      document.removeEventListener('fullscreenchange', onFullscreenChange);
      usePresenter.getState().stop();
      document.body.classList.remove('presenting');
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
      requestAnimationFrame(() => void rf.fitView({ padding: 0.2, maxZoom: 1.2, duration: 200 }));
    };
  }, [rf]);

  // Frame the current step's cards (all of them for a step that names none).
  const focusIds = steps[index]?.nodeIds;
  // Framed again whenever the canvas changes size: going full screen, the presenter bar settling,
  // a resized window would otherwise leave the step's cards off in a corner.
  useEffect(() => {
    if (!active) return;
    const nodes = focusIds?.length ? focusIds.map((id) => ({ id })) : undefined;
    let frame = requestAnimationFrame(() => void rf.fitView({ nodes, padding: 0.25, maxZoom: 1.3, duration: 350 }));
    const pane = document.querySelector('.react-flow');
    let size = pane ? `${pane.clientWidth}x${pane.clientHeight}` : '';
    const observer = new ResizeObserver(() => {
      const now = `${pane!.clientWidth}x${pane!.clientHeight}`;
      if (now === size) return;
      size = now;
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => void rf.fitView({ nodes, padding: 0.25, maxZoom: 1.3 }));
    });
    if (pane) observer.observe(pane);
    return () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
    };
  }, [active, focusIds, rf]);

  // Only the presenter's keys work; every other shortcut is ignored while presenting.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      const onControl = target?.closest('.presenter') && target.matches('button, input, textarea, select');
      if (onControl && (e.key === 'Enter' || e.key === ' ')) return;
      const { index: i, go } = usePresenter.getState();
      if (e.key === 'Escape') {
        e.preventDefault();
        closeRef.current();
      } else if (NEXT.has(e.key)) {
        e.preventDefault();
        go(i + 1);
      } else if (PREVIOUS.has(e.key)) {
        e.preventDefault();
        go(i - 1);
      } else if (e.key === 'Home' || e.key === 'End') {
        e.preventDefault();
        go(e.key === 'Home' ? 0 : Infinity);
      } else if (e.key !== 'Tab') {
        e.preventDefault();
      }
      e.stopPropagation();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, []);

  const step = steps[index];
  const go = usePresenter((s) => s.go);
  return (
    <section className="presenter" role="region" aria-label="Presenter">
      <div className="presenter__speaker">
        <p className="presenter__count" aria-live="polite">
          Step {steps.length ? index + 1 : 0} of {steps.length}
        </p>
        <h2 className="presenter__title">{step?.title ?? 'Nothing to present'}</h2>
        {step?.notes && (
          <div className="presenter__notes" aria-label="Speaker notes">
            {step.notes}
          </div>
        )}
      </div>
      <nav className="presenter__nav" aria-label="Presenter controls">
        <button type="button" onClick={() => go(index - 1)} disabled={index === 0}>
          ← Previous
        </button>
        <button type="button" onClick={() => go(index + 1)} disabled={index >= steps.length - 1}>
          Next →
        </button>
        <button type="button" aria-pressed={editing} onClick={() => setEditing((x) => !x)}>
          Edit order
        </button>
        <button type="button" onClick={onClose}>
          Exit presenter
        </button>
      </nav>
      {editing && <OrderEditor steps={steps} onDone={() => setEditing(false)} />}
    </section>
  );
}

/** Reorders the steps and trims their nodes; saving writes design.walkthrough as one undo step. */
function OrderEditor({ steps, onDone }: { steps: WalkthroughStep[]; onDone(): void }) {
  const [draft, setDraft] = useState(steps);
  const nodes = useEditor((s) => s.design.nodes);
  const labelOf = (id: string) => {
    const node = nodes.find((n) => n.id === id);
    return node ? nodeLabel(node) : id;
  };
  const save = () => {
    useEditor.getState().commit((d) => withWalkthrough(d, draft));
    usePresenter.getState().setSteps(draft);
    onDone();
  };
  return (
    <div className="presenter__editor" role="region" aria-label="Walkthrough order">
      <ol>
        {draft.map((s, i) => (
          <li key={`${s.title}-${i}`}>
            <div className="presenter__step">
              <strong>{s.title}</strong>
              <button type="button" aria-label={`Move “${s.title}” up`} disabled={i === 0} onClick={() => setDraft(moveStep(draft, i, -1))}>
                ↑
              </button>
              <button type="button" aria-label={`Move “${s.title}” down`} disabled={i === draft.length - 1} onClick={() => setDraft(moveStep(draft, i, 1))}>
                ↓
              </button>
            </div>
            <ul className="presenter__chips">
              {s.nodeIds.map((id) => (
                <li key={id}>
                  {labelOf(id)}
                  <button type="button" aria-label={`Remove ${labelOf(id)} from “${s.title}”`} onClick={() => setDraft(removeNodeFromStep(draft, i, id))}>
                    ×
                  </button>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
      <div className="presenter__editor-actions">
        <button type="button" className="primary" onClick={save}>
          Save order
        </button>
        <button type="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </div>
  );
}
