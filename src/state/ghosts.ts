import { create } from 'zustand';
import type { Position } from '../core/document';
import type { Suggestion } from '../core/compare';
import { applySuggestion } from '../core/compare';
import { useEditor } from './store';

/** A suggested component drawn on the canvas before it exists: view state, never saved. */
export interface Ghost {
  suggestion: Suggestion;
  position: Position;
}

interface GhostState {
  ghosts: readonly Ghost[];
  set(ghosts: readonly Ghost[]): void;
  clear(): void;
}

export const useGhosts = create<GhostState>()((set) => ({
  ghosts: [],
  set: (ghosts) => set({ ghosts }),
  clear: () => set({ ghosts: [] }),
}));

/** Adds a ghost's component and its edges to the design: one undo step, the new card selected. */
export function addGhost(ghost: Ghost): void {
  const editor = useEditor.getState();
  const { design, nodeId } = applySuggestion(editor.design, ghost.suggestion, ghost.position);
  editor.commit(() => design, { select: { nodeIds: new Set([nodeId]), edgeIds: new Set() } });
}
