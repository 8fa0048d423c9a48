import { create } from 'zustand';
import { type IncrementalLinter, lint, type LintResult } from '../core/lint';
import type { Severity } from '../core/document';
import { useRoom } from './room/roomState';
import { useEditor } from './store';

/** Findings of the open design, recomputed when its content changes (never on drags or pans). */
interface LintState {
  result: LintResult;
  /** Per node id, "severity:count" of its findings (a string, so unchanged badges do not re-render). */
  badges: ReadonlyMap<string, string>;
  /** The contentRev the result belongs to. */
  rev: number;
  runs: number;
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

function summarize(result: LintResult): Map<string, string> {
  const worst = new Map<string, Severity>();
  const count = new Map<string, number>();
  for (const f of result.findings)
    for (const id of f.nodeIds) {
      const w = worst.get(id);
      if (!w || RANK[f.severity] < RANK[w]) worst.set(id, f.severity);
      count.set(id, (count.get(id) ?? 0) + 1);
    }
  return new Map([...worst].map(([id, sev]) => [id, `${sev}:${count.get(id)}`]));
}

export const useLint = create<LintState>()(() => ({
  result: { findings: [], suppressed: 0, suppressedByRule: {} },
  badges: new Map(),
  rev: -1,
  runs: 0,
}));

const NOTHING: LintResult = { findings: [], suppressed: 0, suppressedByRule: {} };

// Remembers the last run: a prop edit re-runs only the rules that read that prop. The first lint
// is a full one either way, so the incremental linter loads after it, off the initial bundle.
let linter: IncrementalLinter | undefined;

function run() {
  const { design, contentRev } = useEditor.getState();
  if (contentRev === useLint.getState().rev) return;
  // A candidate in a room with hints off: findings never exist in this tab, so no panel, badge, count,
  // outline or announcement can show one.
  const result = useRoom.getState().hintsHidden ? NOTHING : linter ? linter.lint(design) : lint(design);
  useLint.setState((s) => ({ result, badges: summarize(result), rev: contentRev, runs: s.runs + 1 }));
}

/** The findings of the design as it is now, linting first if an edit is still waiting (exports read them). */
export function currentFindings() {
  run();
  return useLint.getState().result.findings;
}

let pending = false;

/**
 * Lint waits until the edit has been painted: typing in the Inspector or dropping a card shows at
 * once, and the findings follow a frame later. Several edits within a frame are linted once. A
 * prop edit (no label, no structure) re-runs a few rules on cached facts, a quarter of a
 * millisecond at 1,000 nodes: it runs in a microtask of the edit's own task, after React has drawn
 * the edited card and before the browser paints, so the findings show in the same frame. A timeout
 * would be a task of its own, which the browser may run after painting, or, when busy, frames later.
 */
function lintAfterPaint() {
  if (pending) return;
  pending = true;
  const go = () => {
    pending = false;
    run();
  };
  if (linter?.isPropEdit(useEditor.getState().design)) queueMicrotask(go);
  // A timeout queued from an animation frame runs after that frame is painted.
  else if (typeof requestAnimationFrame === 'function' && typeof document !== 'undefined' && document.visibilityState === 'visible') requestAnimationFrame(() => setTimeout(go, 0));
  else setTimeout(go, 0);
}

/** Starts linting the open design; returns the unsubscribe function. */
export function startLinting(): () => void {
  run();
  void import('../core/lint/incremental').then(({ IncrementalLinter }) => (linter ??= new IncrementalLinter()));
  const stopEditor = useEditor.subscribe((s, prev) => {
    if (s.contentRev !== prev.contentRev) lintAfterPaint();
  });
  const stopRoom = useRoom.subscribe((s, prev) => {
    if (s.hintsHidden === prev.hintsHidden) return;
    useLint.setState({ rev: -1 });
    run();
  });
  return () => {
    stopEditor();
    stopRoom();
    // A lint still queued belongs to this subscription: a later start must not wait for it.
    pending = false;
  };
}
