import type { Design, Position } from '../core/document';
import type { Selection } from './store';
import { useEditor } from './store';

/**
 * A run of keyboard moves (a card nudged with Alt+arrows while Alt is held) is one undo step, as a
 * mouse drag is: it rides the store's drag, so autosave, sync and history see one edit.
 */
let active: string | undefined;

/** Applies a move that belongs to the burst `name`, starting the burst (and ending any other). */
export function applyBurst(name: string, design: Design, select?: Partial<Selection>): void {
  const editor = useEditor.getState();
  if (active !== name) {
    endBurst();
    editor.beginDrag();
    active = name;
  }
  editor.dragNodes(movedPositions(editor.design, design));
  if (select) editor.select(select);
}

/** Ends the run of moves: the next move starts a new undo step. Safe to call when none is running. */
export function endBurst(): void {
  if (!active) return;
  active = undefined;
  useEditor.getState().endDrag();
}

function movedPositions(before: Design, after: Design): Map<string, Position> {
  const was = new Map(before.nodes.map((n) => [n.id, n.position]));
  const out = new Map<string, Position>();
  for (const n of after.nodes) {
    const p = was.get(n.id);
    if (n.position && (n.position.x !== p?.x || n.position.y !== p?.y)) out.set(n.id, n.position);
  }
  return out;
}
