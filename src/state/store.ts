import { create } from 'zustand';
import { type Design, type DesignNode, emptyDesign, type Position } from '../core/document';
import { emptyHistory, type History, pushHistory } from './history';

export interface Selection {
  nodeIds: ReadonlySet<string>;
  edgeIds: ReadonlySet<string>;
}

export const EMPTY_SELECTION: Selection = { nodeIds: new Set(), edgeIds: new Set() };

export interface DesignMeta {
  id: string;
  title: string;
  updatedAt: number;
}

export interface EditorState {
  /** The open design: the source of truth that the canvas renders. */
  design: Design;
  /** Which stored design is open (IndexedDB key). */
  designId: string;
  /** Every stored design, newest first, for the designs menu. */
  designs: DesignMeta[];
  /** Bumped on every change of content (not on moves): lint and exports follow it. */
  contentRev: number;
  /** Bumped on every change, moves included: autosave follows it. */
  rev: number;
  history: History;
  selection: Selection;
  /** Nodes being dragged: their positions change every frame without a history step. */
  dragging: boolean;
  /** The design as it was when the drag began: the one undo step a whole drag makes. */
  dragStart: Design | undefined;

  /** Applies an edit as one undo step. `content: false` for edits that only move nodes. */
  commit(edit: (d: Design) => Design, opts?: { content?: boolean; select?: Partial<Selection> }): void;
  /** Moves nodes during a drag (no undo step; call endDrag when the drag ends). */
  dragNodes(positions: ReadonlyMap<string, Position>): void;
  beginDrag(): void;
  endDrag(): void;
  undo(): void;
  redo(): void;
  select(selection: Partial<Selection>): void;
  /** Opens a design in the editor, with a fresh history. */
  load(designId: string, design: Design): void;
  setDesigns(designs: DesignMeta[]): void;
}

export const useEditor = create<EditorState>()((set, get) => ({
  design: emptyDesign(),
  designId: '',
  designs: [],
  contentRev: 0,
  rev: 0,
  history: emptyHistory(),
  selection: EMPTY_SELECTION,
  dragging: false,
  dragStart: undefined,

  commit(edit, opts = {}) {
    const before = get().design;
    const after = edit(before);
    if (after === before) return;
    set((s) => ({
      design: after,
      history: pushHistory(s.history, before),
      rev: s.rev + 1,
      contentRev: opts.content === false ? s.contentRev : s.contentRev + 1,
      selection: opts.select ? { ...s.selection, ...opts.select } : pruneSelection(s.selection, after),
    }));
  },

  beginDrag() {
    set((s) => ({ dragging: true, dragStart: s.dragStart ?? s.design }));
  },

  dragNodes(positions) {
    set((s) => ({
      rev: s.rev + 1,
      design: {
        ...s.design,
        nodes: s.design.nodes.map((n) => {
          const p = positions.get(n.id);
          return p ? { ...n, position: p } : n;
        }),
      },
    }));
  },

  endDrag() {
    set((s) => ({
      dragging: false,
      dragStart: undefined,
      history: s.dragStart && s.dragStart !== s.design ? pushHistory(s.history, s.dragStart) : s.history,
    }));
  },

  undo() {
    const { history, design } = get();
    const previous = history.past[history.past.length - 1];
    if (!previous) return;
    set((s) => ({
      design: previous,
      history: { past: history.past.slice(0, -1), future: [design, ...history.future] },
      rev: s.rev + 1,
      contentRev: s.contentRev + 1,
      selection: pruneSelection(s.selection, previous),
    }));
  },

  redo() {
    const { history, design } = get();
    const next = history.future[0];
    if (!next) return;
    set((s) => ({
      design: next,
      history: { past: [...history.past, design], future: history.future.slice(1) },
      rev: s.rev + 1,
      contentRev: s.contentRev + 1,
      selection: pruneSelection(s.selection, next),
    }));
  },

  select(selection) {
    set((s) => ({ selection: { ...s.selection, ...selection } }));
  },

  load(designId, design) {
    set((s) => ({
      designId,
      design,
      history: emptyHistory(),
      selection: EMPTY_SELECTION,
      rev: s.rev + 1,
      contentRev: s.contentRev + 1,
    }));
  },

  setDesigns(designs) {
    set({ designs });
  },
}));

function pruneSelection(sel: Selection, design: Design): Selection {
  if (!sel.nodeIds.size && !sel.edgeIds.size) return sel;
  const nodes = new Set(design.nodes.map((n) => n.id));
  const edges = new Set(design.edges.map((e) => e.id));
  const nodeIds = new Set([...sel.nodeIds].filter((id) => nodes.has(id)));
  const edgeIds = new Set([...sel.edgeIds].filter((id) => edges.has(id)));
  // Keep the same object when nothing was dropped, so selectors do not see a change.
  return nodeIds.size === sel.nodeIds.size && edgeIds.size === sel.edgeIds.size ? sel : { nodeIds, edgeIds };
}


const nodeIndexes = new WeakMap<readonly DesignNode[], ReadonlyMap<string, DesignNode>>();

/** The design's nodes by id, built once per nodes array: each card looks itself up after every edit. */
function nodeIndex(nodes: readonly DesignNode[]): ReadonlyMap<string, DesignNode> {
  let index = nodeIndexes.get(nodes);
  if (!index) nodeIndexes.set(nodes, (index = new Map(nodes.map((n) => [n.id, n]))));
  return index;
}

/**
 * One node of the open design, by id. An edit makes a new object of the edited node only (the
 * document's edit functions keep the others), so a component showing a node re-renders when that
 * node changes, not on every edit of the design.
 */
export function useDesignNode(id: string): DesignNode | undefined {
  return useEditor((s) => nodeIndex(s.design.nodes).get(id));
}
