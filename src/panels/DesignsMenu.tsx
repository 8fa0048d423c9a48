import { useEffect, useRef, useState } from 'react';
import { createDesign, deleteDesign, duplicateDesign, renameDesign, switchDesign } from '../state/designs';
import { titleOf } from '../core/document';
import { useEditor } from '../state/store';

/** The designs kept in this browser: switch, create, rename, duplicate, delete. */
export function DesignsMenu() {
  const designs = useEditor((s) => s.designs);
  const currentId = useEditor((s) => s.designId);
  const title = useEditor((s) => s.design.title);
  const [open, setOpen] = useState(false);
  const [renaming, setRenaming] = useState<string>();
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const close = (e: MouseEvent) => !ref.current?.contains(e.target as Node) && setOpen(false);
    const esc = (e: KeyboardEvent) => e.key === 'Escape' && setOpen(false);
    document.addEventListener('mousedown', close);
    document.addEventListener('keydown', esc);
    return () => {
      document.removeEventListener('mousedown', close);
      document.removeEventListener('keydown', esc);
    };
  }, [open]);

  return (
    <div className="designs" ref={ref}>
      <button type="button" className="designs__button" aria-haspopup="menu" aria-expanded={open} onClick={() => setOpen(!open)} title="Your designs">
        <span className="designs__title">{titleOf({ title })}</span> ▾
      </button>
      {open && (
        <div className="designs__menu" role="menu" aria-label="Designs">
          <button
            type="button"
            role="menuitem"
            onClick={() => {
              setOpen(false);
              void createDesign();
            }}
          >
            ＋ New blank design
          </button>
          <hr />
          <ul>
            {designs.map((d) => (
              <li key={d.id} className={d.id === currentId ? 'current' : ''}>
                {renaming === d.id ? (
                  <input
                    autoFocus
                    aria-label="Design name"
                    defaultValue={d.title}
                    onKeyDown={(e) => {
                      if (e.key === 'Enter') {
                        void renameDesign(d.id, e.currentTarget.value.trim() || d.title);
                        setRenaming(undefined);
                      }
                      if (e.key === 'Escape') setRenaming(undefined);
                    }}
                    onBlur={(e) => {
                      void renameDesign(d.id, e.currentTarget.value.trim() || d.title);
                      setRenaming(undefined);
                    }}
                  />
                ) : (
                  <button
                    type="button"
                    role="menuitemradio"
                    aria-checked={d.id === currentId}
                    className="designs__open"
                    onClick={() => {
                      setOpen(false);
                      void switchDesign(d.id);
                    }}
                  >
                    {d.title}
                    <span className="muted small"> · {new Date(d.updatedAt).toLocaleString()}</span>
                  </button>
                )}
                <span className="designs__actions">
                  <button type="button" aria-label={`Rename ${d.title}`} title="Rename" onClick={() => setRenaming(d.id)}>
                    ✎
                  </button>
                  <button type="button" aria-label={`Duplicate ${d.title}`} title="Duplicate" onClick={() => void duplicateDesign(d.id)}>
                    ⧉
                  </button>
                  <button
                    type="button"
                    aria-label={`Delete ${d.title}`}
                    title="Delete"
                    onClick={() => {
                      if (confirm(`Delete “${d.title}”? This cannot be undone.`)) void deleteDesign(d.id);
                    }}
                  >
                    ✕
                  </button>
                </span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
