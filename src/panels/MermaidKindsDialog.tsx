import { useState } from 'react';
import { CATEGORIES, getKind, KINDS } from '../core/catalog';
import { cancelMermaidImport, finishMermaidImport, usePendingImport } from '../state/mermaidImport';
import { Dialog } from './Dialog';
import './export-dialog.css';

/**
 * "Pick a kind": the nodes of an opened Mermaid flowchart whose text names no kind, each with the
 * closest kinds first and then every kind by category. The diagram opens once each has a kind.
 */
export function MermaidKindsDialog({ onClose }: { onClose(): void }) {
  const pending = usePendingImport((s) => s.pending);
  const [kinds, setKinds] = useState<Record<string, string>>({});
  if (!pending) return null;
  const { unmatched, fileName } = pending;
  const missing = unmatched.filter((u) => !kinds[u.id]).length;
  const close = () => {
    cancelMermaidImport();
    onClose();
  };
  return (
    <Dialog title="Pick a kind" onClose={close}>
      <form
        className="export-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (missing) return;
          onClose();
          void finishMermaidImport(kinds);
        }}
      >
        <p className="export-form__hint">
          {unmatched.length === 1 ? `One node of ${fileName} names` : `${unmatched.length} nodes of ${fileName} name`} no kind the studio knows. Pick what each
          one is; the closest kinds come first.
        </p>
        {unmatched.map((u) => {
          const text = u.text.replace(/\n/g, ' ') || u.id;
          return (
            <label key={u.id} className="kind-pick">
              <span>
                {text}
                {text !== u.id && <code> {u.id}</code>}
              </span>
              <select aria-label={`Kind for ${text}`} value={kinds[u.id] ?? ''} onChange={(e) => setKinds({ ...kinds, [u.id]: e.target.value })}>
                <option value="">Choose a kind…</option>
                <optgroup label="Closest">
                  {u.closest.map((id) => (
                    <option key={id} value={id}>
                      {getKind(id)?.label ?? id}
                    </option>
                  ))}
                </optgroup>
                {CATEGORIES.map((c) => (
                  <optgroup key={c.id} label={c.label}>
                    {KINDS.filter((k) => k.category === c.id).map((k) => (
                      <option key={k.id} value={k.id}>
                        {k.label}
                      </option>
                    ))}
                  </optgroup>
                ))}
              </select>
            </label>
          );
        })}
        <div className="export-form__actions">
          <span className="export-form__hint" aria-live="polite">
            {missing ? `${missing} still to pick` : 'Every node has a kind'}
          </span>
          <button type="button" className="export-button" onClick={close}>
            Cancel
          </button>
          <button type="submit" className="export-button export-button--primary" aria-disabled={missing > 0}>
            Open diagram
          </button>
        </div>
      </form>
    </Dialog>
  );
}
