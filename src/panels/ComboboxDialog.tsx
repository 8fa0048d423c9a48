import { type KeyboardEvent, type ReactNode, useEffect, useMemo, useRef, useState } from 'react';
import './CommandPalette.css';

interface Props<T extends { id: string }> {
  /** The dialog's accessible name. */
  title: string;
  inputLabel: string;
  listLabel: string;
  /** Prefix of the options' element ids (unique on the page). */
  idPrefix: string;
  placeholder: string;
  /** The options matching what is typed, best first. */
  match(query: string): T[];
  renderOption(option: T): ReactNode;
  empty(query: string): string;
  /** Shown under the list, e.g. "↑↓ move · Enter run · Esc close". */
  footer: string;
  onChoose(option: T): void;
  onClose(): void;
}

/**
 * A modal type-to-filter list (WAI-ARIA combobox with a listbox): the command palette and
 * "Connect to…" share it. Arrows, Home and End move, Enter chooses, Escape or a click outside closes.
 */
export function ComboboxDialog<T extends { id: string }>({ title, inputLabel, listLabel, idPrefix, placeholder, match, renderOption, empty, footer, onChoose, onClose }: Props<T>) {
  const ref = useRef<HTMLDialogElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const options = useMemo(() => match(query), [match, query]);
  const current = Math.min(active, options.length - 1);

  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
  }, []);

  useEffect(() => {
    listRef.current?.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' });
  }, [current]);

  const choose = (option: T | undefined) => option && onChoose(option);

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const by = e.key === 'ArrowDown' ? 1 : -1;
      setActive((options.length + current + by) % Math.max(options.length, 1));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      choose(options[current]);
    } else if (e.key === 'Home' || e.key === 'End') {
      e.preventDefault();
      setActive(e.key === 'Home' ? 0 : options.length - 1);
    }
  };

  return (
    <dialog ref={ref} className="cmdk" aria-label={title} onClose={onClose} onCancel={onClose} onClick={(e) => e.target === ref.current && onClose()}>
      <input
        className="cmdk__input"
        role="combobox"
        aria-label={inputLabel}
        aria-expanded={options.length > 0}
        aria-controls={`${idPrefix}-list`}
        aria-autocomplete="list"
        aria-activedescendant={options[current] ? `${idPrefix}-${options[current].id}` : undefined}
        placeholder={placeholder}
        autoFocus
        spellCheck={false}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <ul className="cmdk__list" id={`${idPrefix}-list`} role="listbox" aria-label={listLabel} ref={listRef}>
        {options.map((option, i) => (
          <li
            key={option.id}
            id={`${idPrefix}-${option.id}`}
            role="option"
            aria-selected={i === current}
            className={`cmdk__option${i === current ? ' cmdk__option--active' : ''}`}
            onMouseMove={() => i !== current && setActive(i)}
            onClick={() => choose(option)}
          >
            {renderOption(option)}
          </li>
        ))}
      </ul>
      {!options.length && <p className="cmdk__empty">{empty(query)}</p>}
      <footer className="cmdk__footer" aria-hidden="true">
        {footer}
      </footer>
    </dialog>
  );
}
