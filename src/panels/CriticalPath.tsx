import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { criticalPaths } from '../core/graph';
import { nodeLabel } from '../core/document';
import { useEditor } from '../state/store';
import { useHighlight } from '../state/highlight';

/** Shows the serving path's critical path on the canvas, with its total against the SLO. */
export function CriticalPathToggle() {
  const [on, setOn] = useState(false);
  // Recomputed when the content changes, not on every drag frame; in a render of its own after
  // the edit's (it walks the whole design), so the canvas and the findings show the edit first.
  const contentRev = useDeferredValue(useEditor((s) => s.contentRev));
  const paths = useMemo(() => (contentRev >= 0 ? criticalPaths(useEditor.getState().design) : []), [contentRev]);
  useEffect(() => {
    if (!on) return;
    useHighlight.getState().set(
      paths.flatMap((p) => p.nodeIds),
      paths.flatMap((p) => p.edgeIds),
    );
    return () => useHighlight.getState().clear();
  }, [on, paths]);
  // Names of the components on the paths, looked up once per content change, not per render.
  const names = useMemo(() => {
    const onPaths = new Set(paths.flatMap((p) => [p.clientId, ...p.nodeIds]));
    return new Map(useEditor.getState().design.nodes.filter((n) => onPaths.has(n.id)).map((n) => [n.id, nodeLabel(n)]));
  }, [paths]);
  if (!paths.length) return null;
  const label = (id: string) => names.get(id) ?? id;
  return (
    <section className="critical" aria-label="Latency budget">
      <label className="field--inline">
        <input type="checkbox" checked={on} onChange={(e) => setOn(e.target.checked)} /> Show critical path
      </label>
      {paths.map((p) => {
        const over = p.sloMs !== undefined && p.totalMs > p.sloMs;
        return (
          <div key={p.clientId} className={`critical__row${over ? ' over' : ''}`}>
            <strong>{label(p.clientId)}</strong>: {p.totalMs} ms{p.sloMs !== undefined ? ` of ${p.sloMs} ms SLO` : ' (no SLO set)'}
            {on && <div className="small muted">{p.nodeIds.map(label).join(' → ')}</div>}
          </div>
        );
      })}
    </section>
  );
}
