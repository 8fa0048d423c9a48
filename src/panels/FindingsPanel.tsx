import { useReactFlow } from '@xyflow/react';
import { memo, useDeferredValue, useMemo, useState } from 'react';
import type { Severity } from '../core/document';
import { getKind } from '../core/catalog';
import { applyFix, designScore, type Finding, getRule, type LintResult, STAGES, type Stage } from '../core/lint';
import { addKindAt } from '../state/place';
import { useLint } from '../state/lint';
import { useEditor } from '../state/store';
import { useHighlight } from '../state/highlight';
import { snapshotBefore } from '../state/versions';
import { CriticalPathToggle } from './CriticalPath';

const ICON: Record<Severity, string> = { error: '✖', warning: '▲', info: 'ℹ' };
const STAGE_LABEL: Record<Stage, string> = {
  problem: 'Problem',
  data: 'Data',
  features: 'Features',
  model: 'Model',
  training: 'Training',
  evaluation: 'Evaluation',
  serving: 'Serving',
  monitoring: 'Monitoring',
};

type Flow = ReturnType<typeof useReactFlow>;

function FindingItemView({ finding, rf }: { finding: Finding; rf: Flow }) {
  const [why, setWhy] = useState(false);
  const rule = getRule(finding.ruleId);
  const focus = () => {
    useEditor.getState().select({ nodeIds: new Set(finding.nodeIds), edgeIds: new Set(finding.edgeIds) });
    if (finding.nodeIds.length) void rf.fitView({ nodes: finding.nodeIds.map((id) => ({ id })), padding: 0.6, maxZoom: 1.1, duration: 250 });
  };
  const fix = () => {
    void snapshotBefore('quick fix');
    useEditor.getState().commit((d) => applyFix(d, finding));
    useHighlight.getState().clear();
  };
  return (
    <li
      className={`finding finding--${finding.severity}`}
      onMouseEnter={() => useHighlight.getState().set(finding.nodeIds, finding.edgeIds)}
      onMouseLeave={() => useHighlight.getState().clear()}
    >
      <button type="button" className="finding__main" onClick={focus} title="Select and show the components concerned">
        <span className={`sev sev--${finding.severity}`} aria-label={finding.severity}>
          {ICON[finding.severity]}
        </span>
        <span className="finding__message">{finding.message}</span>
      </button>
      <div className="finding__meta">
        <code className="muted">{finding.ruleId}</code>
        <button type="button" className="link" aria-expanded={why} onClick={() => setWhy(!why)} aria-label={`Why? ${finding.ruleId}`}>
          Why?
        </button>
        {finding.fixable && (
          <button type="button" className="fix" onClick={fix} title={rule?.meta.fixLabel} aria-label={`Fix: ${finding.message}`}>
            Fix
          </button>
        )}
      </div>
      {why && rule && (
        <div className="finding__why">
          <p>{rule.meta.docs.description}</p>
          <p>
            <strong>Why it matters:</strong> {rule.meta.docs.why}
          </p>
          <p>
            <strong>An interviewer would ask:</strong> {rule.meta.docs.ask}
          </p>
          {rule.meta.docs.notes && <p className="muted small">{rule.meta.docs.notes}</p>}
          {rule.meta.fixLabel && <p className="small">Quick fix: {rule.meta.fixLabel}</p>}
          <p className="small muted">Turn it off for this design with a reason in the file: {`"lint": {"off": {"${finding.ruleId}": "why"}}`}</p>
        </div>
      )}
    </li>
  );
}

/**
 * Each lint run makes new finding objects; an item whose finding reads the same is not redrawn,
 * so an edit of a large design re-renders only the findings it changed.
 */
const sameFinding = (a: { finding: Finding; rf: Flow }, b: { finding: Finding; rf: Flow }) =>
  a.rf === b.rf &&
  a.finding.message === b.finding.message &&
  a.finding.ruleId === b.finding.ruleId &&
  a.finding.fixable === b.finding.fixable &&
  a.finding.nodeIds.join() === b.finding.nodeIds.join() &&
  a.finding.edgeIds.join() === b.finding.edgeIds.join();
const FindingItem = memo(FindingItemView, sameFinding);

const STATE_ICON = { clear: '●', open: '○', missing: '◌' } as const;

/** Puts a kind in the middle of the view, as the palette does, to fill a missing stage in one click. */
function useAddAtCentre() {
  const rf = useReactFlow();
  return (kind: string) => {
    const pane = document.querySelector('.react-flow')?.getBoundingClientRect();
    addKindAt(kind, pane ? rf.screenToFlowPosition({ x: pane.left + pane.width / 2, y: pane.top + pane.height / 2 }) : { x: 0, y: 0 });
  };
}

/**
 * The eight framework stages (core's designScore): clear only with a node and no open error or
 * warning; a stage with nothing in it is missing and offers the kinds that would fill it.
 */
function StageChecklist({ result: latest }: { result: LintResult }) {
  // The score walks the whole design: it follows the findings in a render of its own, after they show.
  const result = useDeferredValue(latest);
  // Recomputed when lint runs (content edits), not on drag frames: the design is read, not subscribed to.
  const score = useMemo(() => designScore(useEditor.getState().design, result.findings), [result]);
  const add = useAddAtCentre();
  return (
    <section className="score" aria-label="Design score">
      <div className="score__head">
        <strong>Design score</strong> <span>{score.clear} / {STAGES.length} stages clear</span>
      </div>
      <ol className="score__list">
        {score.stages.map(({ stage, state, fillWith }) => (
          <li key={stage} className={state} aria-label={`${STAGE_LABEL[stage]}: ${state}`}>
            {STATE_ICON[state]} {STAGE_LABEL[stage]}
            {state === 'missing' && (
              <span className="score__fill">
                {fillWith.map((kind) => (
                  <button key={kind} type="button" className="link small" onClick={() => add(kind)} aria-label={`Add ${getKind(kind)?.label ?? kind} for ${STAGE_LABEL[stage]}`}>
                    + {getKind(kind)?.label ?? kind}
                  </button>
                ))}
              </span>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}

/**
 * Row keys that stay with their finding when findings before it come or go: only the findings an
 * edit changed mount or unmount. A repeat of the same rule on the same components is numbered.
 */
function rowKeys(findings: readonly Finding[]): string[] {
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const base = `${f.ruleId}:${f.nodeIds.join(',')}:${f.edgeIds.join(',')}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return n ? `${base}#${n}` : base;
  });
}

function FindingsPanelView() {
  const result = useLint((s) => s.result);
  const rf = useReactFlow();
  const [shown, setShown] = useState<Record<Severity, boolean>>({ error: true, warning: true, info: true });
  const counts = useMemo(() => {
    const c = { error: 0, warning: 0, info: 0 };
    for (const f of result.findings) c[f.severity]++;
    return c;
  }, [result]);
  const groups = useMemo(
    () =>
      STAGES.map((stage) => {
        const findings = result.findings.filter((f) => f.stage === stage && shown[f.severity]);
        return { stage, findings, keys: rowKeys(findings) };
      }).filter((g) => g.findings.length),
    [result, shown],
  );
  return (
    <section className="findings" aria-label="Findings">
      <div className="findings__filters" role="group" aria-label="Filter by severity">
        {(['error', 'warning', 'info'] as const).map((sev) => (
          <button
            key={sev}
            type="button"
            className={`filter sev--${sev}`}
            aria-pressed={shown[sev]}
            onClick={() => setShown({ ...shown, [sev]: !shown[sev] })}
            aria-label={`${counts[sev]} ${sev === 'info' ? 'infos' : `${sev}s`}`}
            data-icon={ICON[sev]}
          >
            {counts[sev]}
          </button>
        ))}
      </div>
      <StageChecklist result={result} />
      <CriticalPathToggle />
      {result.findings.length === 0 && <p className="muted">No findings: this design passes every rule.</p>}
      {groups.map((g) => (
        <section key={g.stage} className="findings__group" aria-label={`${STAGE_LABEL[g.stage]} findings`}>
          <h3>
            {STAGE_LABEL[g.stage]} <span className="findings__count">{g.findings.length}</span>
          </h3>
          <ul>
            {g.findings.map((f, i) => (
              <FindingItem key={g.keys[i]} finding={f} rf={rf} />
            ))}
          </ul>
        </section>
      ))}
      {result.suppressed > 0 && (
        <p className="muted small" title={Object.entries(result.suppressedByRule).map(([r, n]) => `${r}: ${n}`).join('\n')}>
          {result.suppressed} finding{result.suppressed === 1 ? '' : 's'} suppressed by this design’s lint.off
        </p>
      )}
    </section>
  );
}

export const FindingsPanel = memo(FindingsPanelView);
