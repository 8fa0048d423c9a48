import { create } from 'zustand';

/** Edges drawn highlighted (the critical path, a hovered finding): view state, not design. */
interface HighlightState {
  edgeIds: ReadonlySet<string>;
  nodeIds: ReadonlySet<string>;
  set(nodeIds: Iterable<string>, edgeIds: Iterable<string>): void;
  clear(): void;
}

const EMPTY = new Set<string>();

export const useHighlight = create<HighlightState>()((set) => ({
  edgeIds: EMPTY,
  nodeIds: EMPTY,
  set: (nodeIds, edgeIds) => set({ nodeIds: new Set(nodeIds), edgeIds: new Set(edgeIds) }),
  clear: () => set({ nodeIds: EMPTY, edgeIds: EMPTY }),
}));

export const useHighlightedEdges = () => useHighlight((s) => s.edgeIds);
