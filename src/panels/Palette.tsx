import { type DragEvent, type KeyboardEvent, memo, useMemo, useState } from 'react';
import { useReactFlow } from '@xyflow/react';
import { CATEGORIES, KINDS, type KindSpec } from '../core/catalog';
import { addKindAt, KIND_MIME } from '../state/place';

/** Every word typed must start a word of the kind's name, id or category ("feat st" → Feature store). */
export function matchesKind(kind: KindSpec, query: string): boolean {
  const tokens = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (!tokens.length) return true;
  const words = `${kind.label} ${kind.id} ${kind.category}`.toLowerCase().split(/[^a-z0-9@]+/);
  const text = `${kind.label} ${kind.id}`.toLowerCase();
  return tokens.every((t) => words.some((w) => w.startsWith(t)) || text.includes(t));
}

function PaletteItem({ kind, onAdd }: { kind: KindSpec; onAdd: (kind: string) => void }) {
  const onDragStart = (e: DragEvent) => {
    e.dataTransfer.setData(KIND_MIME, kind.id);
    e.dataTransfer.setData('text/plain', kind.label);
    e.dataTransfer.effectAllowed = 'copy';
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      onAdd(kind.id);
    }
  };
  return (
    <li>
      <button
        type="button"
        className={`palette__item cat-${kind.category}`}
        draggable
        onDragStart={onDragStart}
        onDoubleClick={() => onAdd(kind.id)}
        onKeyDown={onKeyDown}
        title={`${kind.description}\nDrag onto the canvas, or press Enter / double-click to add it at the centre.`}
        aria-description={kind.description}
      >
        <span className="palette__glyph" aria-hidden="true">
          {kind.glyph}
        </span>
        <span className="palette__label">{kind.label}</span>
      </button>
    </li>
  );
}

function PaletteView() {
  const [query, setQuery] = useState('');
  const rf = useReactFlow();
  const groups = useMemo(
    () => CATEGORIES.map((c) => ({ ...c, kinds: KINDS.filter((k) => k.category === c.id && matchesKind(k, query)) })).filter((g) => g.kinds.length),
    [query],
  );
  const addAtCentre = (kind: string) => {
    const pane = document.querySelector('.react-flow')?.getBoundingClientRect();
    const centre = pane ? rf.screenToFlowPosition({ x: pane.left + pane.width / 2, y: pane.top + pane.height / 2 }) : { x: 0, y: 0 };
    // Nudge each new node a little so repeated adds do not stack exactly.
    const jitter = (Math.random() - 0.5) * 60;
    addKindAt(kind, { x: centre.x + jitter, y: centre.y + jitter });
  };
  return (
    <aside className="palette" aria-label="Components">
      <input
        className="palette__search"
        type="search"
        placeholder="Search components…"
        aria-label="Search components"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && groups.length) addAtCentre(groups[0].kinds[0].id);
          if (e.key === 'Escape') setQuery('');
        }}
      />
      <div className="palette__groups">
        {groups.map((g) => (
          <section key={g.id} className="palette__group" aria-label={g.label}>
            <h3>{g.label}</h3>
            <ul>
              {g.kinds.map((k) => (
                <PaletteItem key={k.id} kind={k} onAdd={addAtCentre} />
              ))}
            </ul>
          </section>
        ))}
        {!groups.length && <p className="muted">No component matches “{query}”.</p>}
      </div>
    </aside>
  );
}

export const Palette = memo(PaletteView);
