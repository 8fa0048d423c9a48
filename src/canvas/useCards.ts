import { useCallback, useRef } from 'react';
import type { Design } from '../core/document';
import { type EditorState, type Selection, useEditor } from '../state/store';
import { type ComponentRfNode, keepIfSame, toRfNodes } from './rf';

/**
 * The cards React Flow draws, as a store selector: a new array only when a card's position,
 * selection, tab stop or name changed. An edit of props or notes then leaves the canvas (and React
 * Flow's store, whose every card and edge selector an update re-runs) alone; the edited card
 * redraws itself from the store.
 */
export function useCards(): ComponentRfNode[] {
  const last = useRef<{ design: Design; selection: Selection; cards: ComponentRfNode[] } | undefined>(undefined);
  const select = useCallback((s: EditorState) => {
    const seen = last.current;
    if (seen && seen.design === s.design && seen.selection === s.selection) return seen.cards;
    const previous = seen?.cards ?? [];
    const cards = keepIfSame(previous, toRfNodes(s.design, s.selection, previous));
    last.current = { design: s.design, selection: s.selection, cards };
    return cards;
  }, []);
  return useEditor(select);
}
