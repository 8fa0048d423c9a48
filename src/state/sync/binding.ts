import type * as Y from 'yjs';
import type { Design, DesignNode } from '../../core/document';
import { moveNodes } from '../../core/document/edit';
import { dragPreview } from './dragPreview';
import { type DocChanges, applyDesignToDoc, createDesignUndo, observeDesign, patchDesign } from '../../core/sync';
import { edgeOwnerIn, restoreLostCreations } from '../../core/sync/races';
import { type EditorState, useEditor } from '../store';

/** The origin of this tab's own edits in the doc: the only ones its undo records. */
export const LOCAL_EDIT = Symbol('local edit');

/** Drag frames reach the doc (and everyone watching) at most this often; the drop is always sent. */
const DRAG_WRITE_MS = 50;

const withoutPosition = ({ position: _p, ...rest }: DesignNode) => rest;

function contentChanged(before: Design, after: Design, changes: DocChanges): boolean {
  if (changes.meta || changes.edgeIds.size) return true;
  const old = new Map(before.nodes.map((n) => [n.id, n]));
  const now = new Map(after.nodes.map((n) => [n.id, n]));
  for (const id of changes.nodeIds) {
    const a = old.get(id);
    const b = now.get(id);
    if (!a || !b || JSON.stringify(withoutPosition(a)) !== JSON.stringify(withoutPosition(b))) return true;
  }
  return false;
}

function pruned(selection: EditorState['selection'], design: Design): EditorState['selection'] {
  // Nothing selected, nothing to drop: no sets of every id on each change from elsewhere.
  if (!selection.nodeIds.size && !selection.edgeIds.size) return selection;
  const nodes = new Set(design.nodes.map((n) => n.id));
  const edges = new Set(design.edges.map((e) => e.id));
  const nodeIds = new Set([...selection.nodeIds].filter((id) => nodes.has(id)));
  const edgeIds = new Set([...selection.edgeIds].filter((id) => edges.has(id)));
  return nodeIds.size === selection.nodeIds.size && edgeIds.size === selection.edgeIds.size ? selection : { nodeIds, edgeIds };
}

/**
 * Makes the editor store mirror `doc` while this design is open: the store stays the UI's source of
 * truth, its edits become Yjs transactions (origin LOCAL_EDIT), and transactions from elsewhere (other
 * tabs, the room, undo) arrive as store changes that touch only the nodes and edges they changed.
 * Undo and redo become per-origin (Y.UndoManager): Ctrl+Z takes back this tab's edits only.
 * The store must already hold the doc's design. Returns the function that unbinds.
 */
export interface BindOptions {
  /** While true (a watch link), local edits are refused: the store snaps back to the doc. */
  readOnly?: () => boolean;
  onRefused?: () => void;
}

export function bindEditorToDoc(doc: Y.Doc, options: BindOptions = {}): () => void {
  const undo = createDesignUndo(doc, LOCAL_EDIT);
  let written = useEditor.getState().design;
  let mirroring = false;
  let dragTimer: ReturnType<typeof setTimeout> | undefined;

  const write = () => {
    clearTimeout(dragTimer);
    dragTimer = undefined;
    const { design } = useEditor.getState();
    applyDesignToDoc(doc, written, design, LOCAL_EDIT);
    written = design;
  };

  const refuse = () => {
    mirroring = true;
    try {
      useEditor.setState((s) => ({ design: written, rev: s.rev + 1, selection: pruned(s.selection, written) }));
    } finally {
      mirroring = false;
    }
    options.onRefused?.();
  };

  // With a doc, the steps live in the undo manager; the store's history only tells the toolbar how
  // many there are, so its entries are the current design (never used to restore anything). A store
  // commit that changes nothing in the doc (a drop the drag preview already wrote) adds no step.
  const syncHistory = () => {
    const { undo: back, redo: forward } = undo.depth();
    const { design, history } = useEditor.getState();
    if (history.past.length === back && history.future.length === forward) return;
    mirroring = true;
    try {
      useEditor.setState({ history: { past: new Array<Design>(back).fill(design), future: new Array<Design>(forward).fill(design) } });
    } finally {
      mirroring = false;
    }
  };

  const stopStore = useEditor.subscribe((s, prev) => {
    if (mirroring || s.designId !== prev.designId) return;
    if (s.design !== written && options.readOnly?.()) return refuse();
    if (s.dragging !== prev.dragging) {
      if (!s.dragging) write();
      // A drag starts and ends a step of its own: every frame in between is one undo step.
      undo.endStep();
    }
    if (s.design === written) return;
    if (s.dragging) {
      dragTimer ??= setTimeout(write, DRAG_WRITE_MS);
      return;
    }
    write();
    undo.endStep();
    syncHistory();
  });

  // Frames go from the design as last written, so `written` (what the store agreed to) stays put and
  // the drop's write sets the final positions; a drop where the drag began writes the start back.
  dragPreview.write = (positions) => {
    if (options.readOnly?.()) return;
    applyDesignToDoc(doc, written, moveNodes(written, positions), LOCAL_EDIT);
  };

  // A card of this tab lost its id to someone else's created at the same moment: put it back from the
  // design as this tab had it, after the transaction, as a local edit of its own.
  const restoreLater = (before: Design, lost: NonNullable<DocChanges['lost']>) => {
    const owner = edgeOwnerIn(doc);
    queueMicrotask(() => useEditor.getState().commit((d) => restoreLostCreations(before, d, lost, owner)));
  };

  const stopDoc = observeDesign(doc, (changes, origin) => {
    if (origin === LOCAL_EDIT) return;
    const s = useEditor.getState();
    if (changes.lost) restoreLater(s.design, changes.lost);
    const design = patchDesign(s.design, doc, changes);
    // `written` follows the doc, not the store: drag frames not yet written stay pending.
    written = dragTimer ? patchDesign(written, doc, changes) : design;
    if (design === s.design) return;
    mirroring = true;
    try {
      useEditor.setState({
        design,
        rev: s.rev + 1,
        contentRev: contentChanged(s.design, design, changes) ? s.contentRev + 1 : s.contentRev,
        selection: pruned(s.selection, design),
      });
    } finally {
      mirroring = false;
    }
  });

  undo.onChange(syncHistory);
  // The store's own snapshot history would undo other people's edits too: route undo to the doc.
  const { undo: storeUndo, redo: storeRedo } = useEditor.getState();
  useEditor.setState({ undo: () => void undo.undo(), redo: () => void undo.redo() });

  return () => {
    dragPreview.write = undefined;
    if (dragTimer) write();
    stopStore();
    stopDoc();
    undo.destroy();
    useEditor.setState({ undo: storeUndo, redo: storeRedo });
  };
}
