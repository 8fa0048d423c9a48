import { useEffect, useMemo, useState } from 'react';
import { useEditor } from '../state/store';
import { loadTemplates, type Template } from '../state/templates';
import { addGhost } from '../state/ghosts';
import { useGhosts } from '../state/ghosts';
import { getKind } from '../core/catalog';
import { compareWithReference, placeSuggestions } from '../core/compare';
import type { Design } from '../core/document';
import './ComparePanel.css';

/** The reference that shares the most kinds with the design (Jaccard), to start from. */
function closest(design: Design, templates: Template[]): Template | undefined {
  const mine = new Set(design.nodes.map((n) => n.kind));
  let best: Template | undefined;
  let bestScore = -1;
  for (const t of templates) {
    const theirs = new Set(t.design.nodes.map((n) => n.kind));
    const common = [...mine].filter((k) => theirs.has(k)).length;
    const score = common / (mine.size + theirs.size - common || 1);
    if (score > bestScore) [best, bestScore] = [t, score];
  }
  return best;
}

const kindLabel = (kind: string) => getKind(kind)?.label ?? kind;

/** Ghost cards shown at first: the most structural suggestions (funnel, loops); the rest on request. */
const FIRST_GHOSTS = 6;

/**
 * Compare with a reference: what the design lacks next to a template, as a list and as ghost cards
 * on the canvas that one click adds (node and edges, one undo step). Non-modal, so the canvas stays usable.
 */
export function ComparePanel({ onClose }: { onClose(): void }) {
  const [templates, setTemplates] = useState<Template[]>();
  const [error, setError] = useState<string>();
  const [referenceId, setReferenceId] = useState<string>();
  const [showAll, setShowAll] = useState(false);
  const design = useEditor((s) => s.design);

  useEffect(() => {
    let live = true;
    loadTemplates()
      .then(({ templates: all }) => {
        if (!live) return;
        const references = all.filter((t) => !t.isFlawVariant);
        setTemplates(references);
        setReferenceId((id) => id ?? closest(useEditor.getState().design, references)?.id);
      })
      .catch((e: Error) => live && setError(e.message));
    return () => {
      live = false;
    };
  }, []);

  const reference = templates?.find((t) => t.id === referenceId);
  const comparison = useMemo(() => (reference ? compareWithReference(design, reference.design) : undefined), [design, reference]);

  // Every suggestion gets a place (so adding from the list lands where its ghost would be); the canvas shows the first few.
  const placed = useMemo(() => {
    if (!comparison) return [];
    const positions = placeSuggestions(design, comparison.suggestions);
    return comparison.suggestions.map((suggestion, i) => ({ suggestion, position: positions[i] }));
  }, [comparison, design]);
  useEffect(() => {
    useGhosts.getState().set(showAll ? placed : placed.slice(0, FIRST_GHOSTS));
  }, [placed, showAll]);
  useEffect(() => () => useGhosts.getState().clear(), []);

  const nothingMissing = comparison && !comparison.missingKinds.length && !comparison.missingFunnelStages.length && !comparison.missingLoops.length;

  return (
    <aside className="compare" aria-label="Compare with a reference">
      <header className="compare__head">
        <h2>Compare with a reference</h2>
        <button type="button" aria-label="Close comparison" onClick={onClose}>
          ×
        </button>
      </header>
      <label className="compare__reference">
        Reference design
        <select value={referenceId ?? ''} onChange={(e) => setReferenceId(e.target.value)} disabled={!templates}>
          {!templates && <option value="">Loading…</option>}
          {templates?.map((t) => (
            <option key={t.id} value={t.id}>
              {t.title}
            </option>
          ))}
        </select>
      </label>
      {error && <p role="alert">Could not load the reference designs: {error}</p>}
      {nothingMissing && <p className="compare__ok">Nothing missing: every kind, funnel stage and loop of {reference?.title} is in this design.</p>}
      {comparison && !nothingMissing && (
        <div className="compare__body">
          <section aria-label="Missing funnel stages">
            <h3>Serving funnel</h3>
            {comparison.missingFunnelStages.length ? (
              <ul>
                {comparison.missingFunnelStages.map((s) => (
                  <li key={s.stage}>
                    Missing: <strong>{s.label}</strong>
                    {s.offPath.length > 0 && <span className="muted"> (present but not on the serving path)</span>}
                  </li>
                ))}
              </ul>
            ) : (
              <p className="muted">Every stage of the reference’s funnel is on your serving path.</p>
            )}
          </section>
          <section aria-label="Missing loops">
            <h3>Offline loops</h3>
            {comparison.missingLoops.length ? (
              <ul>
                {comparison.missingLoops.map((l) => (
                  <li key={l.loop}>
                    <strong>{l.label}</strong> <span className="muted">breaks at {l.brokenAt}</span>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="muted">Every loop of the reference is closed.</p>
            )}
          </section>
          <section aria-label="Suggestions">
            <h3>Suggestions ({placed.length})</h3>
            <p className="muted">Missing kinds: {comparison.missingKinds.map(kindLabel).join(', ') || 'none'}.</p>
            {placed.length > FIRST_GHOSTS && (
              <label className="compare__all">
                <input type="checkbox" checked={showAll} onChange={(e) => setShowAll(e.target.checked)} />
                Show all {placed.length} as ghost cards (the first {FIRST_GHOSTS} are on the canvas)
              </label>
            )}
            <ul className="compare__suggestions">
              {placed.map((g) => (
                <li key={g.suggestion.kind}>
                  <div>
                    <strong>{kindLabel(g.suggestion.kind)}</strong>
                    <div className="muted">{g.suggestion.reason}</div>
                  </div>
                  <button type="button" aria-label={`Add ${kindLabel(g.suggestion.kind)}`} onClick={() => addGhost(g)}>
                    Add
                  </button>
                </li>
              ))}
            </ul>
          </section>
        </div>
      )}
    </aside>
  );
}
