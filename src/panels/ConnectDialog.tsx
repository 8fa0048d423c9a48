import { type KeyboardEvent, useEffect, useMemo, useRef, useState } from 'react';
import { nodeLabel } from '../core/document';
import { anchorOf } from '../state/commands/palette';
import { uiServices } from '../state/commands/run';
import { connectCandidates, connectCards } from '../state/connectTo';
import { useEditor } from '../state/store';
import './CommandPalette.css';

/** "Connect to…": type part of another card's name, Enter draws the edge from the current card to it. */
export function ConnectDialog({ onClose }: { onClose(): void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  // The source is fixed when the dialog opens: the card that had focus (the command selected it).
  const [source] = useState(() => {
    const { design, selection } = useEditor.getState();
    return anchorOf(design, selection);
  });
  const design = useEditor((s) => s.design);
  const sourceNode = design.nodes.find((n) => n.id === source);
  const options = useMemo(() => (source ? connectCandidates(design, source, query) : []), [design, source, query]);
  const current = Math.min(active, options.length - 1);

  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
  }, []);

  useEffect(() => {
    listRef.current?.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' });
  }, [current]);

  const close = () => {
    onClose();
    if (source) uiServices().focusNode(source);
  };

  const choose = (target: string | undefined) => {
    if (!source || !target) return;
    close();
    connectCards(source, target);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const by = e.key === 'ArrowDown' ? 1 : -1;
      setActive((options.length + current + by) % Math.max(options.length, 1));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      choose(options[current]?.id);
    } else if (e.key === 'Home' || e.key === 'End') {
      e.preventDefault();
      setActive(e.key === 'Home' ? 0 : options.length - 1);
    }
  };

  const from = sourceNode ? nodeLabel(sourceNode) : '';
  return (
    <dialog ref={ref} className="cmdk" aria-label={`Connect ${from} to`} onClose={close} onCancel={close} onClick={(e) => e.target === ref.current && close()}>
      <input
        className="cmdk__input"
        role="combobox"
        aria-label="Card to connect to"
        aria-expanded={options.length > 0}
        aria-controls="connect-list"
        aria-autocomplete="list"
        aria-activedescendant={options[current] ? `connect-${options[current].id}` : undefined}
        placeholder={`Connect ${from} to… (type a name)`}
        autoFocus
        spellCheck={false}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <ul className="cmdk__list" id="connect-list" role="listbox" aria-label="Cards" ref={listRef}>
        {options.map((option, i) => (
          <li
            key={option.id}
            id={`connect-${option.id}`}
            role="option"
            aria-selected={i === current}
            className={`cmdk__option${i === current ? ' cmdk__option--active' : ''}`}
            onMouseMove={() => i !== current && setActive(i)}
            onClick={() => choose(option.id)}
          >
            <span className="cmdk__label">{option.label}</span>
            <span className="cmdk__hint">{option.connected ? 'already connected' : option.kind}</span>
          </li>
        ))}
      </ul>
      {!options.length && <p className="cmdk__empty">No other card matches “{query}”.</p>}
      <footer className="cmdk__footer" aria-hidden="true">
        ↑↓ move · Enter connect · Esc close
      </footer>
    </dialog>
  );
}
