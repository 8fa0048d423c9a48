import type { Node, NodeChange } from '@xyflow/react';
import { create } from 'zustand';
import type { Position } from '../core/document';

/**
 * Where the cards being dragged are right now. A drag moves cards on the canvas only: the design
 * in the editor store changes once, when the drag ends (one undo step), so nothing that follows
 * the design (inspector, minimap, autosave, lint) wakes up on every frame.
 */
interface LiveDrag {
  positions: ReadonlyMap<string, Position> | undefined;
}

export const useLiveDrag = create<LiveDrag>()(() => ({ positions: undefined }));

/** What one batch of React Flow node changes means for a drag. */
export interface DragStep {
  /** Positions of the cards moved by this batch, if any. */
  moved: Map<string, Position>;
  /** The drag ended in this batch: the positions so far are final. */
  ended: boolean;
}

export function dragStep(changes: readonly NodeChange[]): DragStep {
  const moved = new Map<string, Position>();
  let ended = false;
  for (const c of changes) {
    if (c.type !== 'position') continue;
    if (c.position) moved.set(c.id, c.position);
    if (c.dragging === false) ended = true;
  }
  return { moved, ended };
}

/**
 * Folds one batch into the live drag and returns the dragged cards' positions. When the drag
 * ends, `drop` gets the final positions before the live ones are cleared, so the committed design
 * is in place by the time the card stops following the drag and it never flicks back.
 */
export function applyDragStep({ moved, ended }: DragStep, drop: (final: ReadonlyMap<string, Position>) => void): ReadonlyMap<string, Position> {
  const current = useLiveDrag.getState().positions;
  const positions = moved.size ? new Map([...(current ?? []), ...moved]) : (current ?? new Map<string, Position>());
  if (ended) {
    if (positions.size) drop(positions);
    useLiveDrag.setState({ positions: undefined });
  } else if (positions !== current) useLiveDrag.setState({ positions });
  return positions;
}

/** React Flow nodes with the dragged cards where they are now; untouched nodes keep their objects. */
export function withLivePositions<N extends Node>(nodes: N[], positions: ReadonlyMap<string, Position> | undefined): N[] {
  if (!positions?.size) return nodes;
  return nodes.map((n) => {
    const p = positions.get(n.id);
    return p ? { ...n, position: p, dragging: true } : n;
  });
}

/**
 * Calls `send` with the dragged cards' positions at most once per `intervalMs` while a drag goes
 * on, and always with the last positions when it ends: in a live room the others see the card
 * move at a bounded rate, and see exactly where it was dropped.
 */
export function throttleDragFrames(send: (positions: ReadonlyMap<string, Position>) => void, intervalMs: number, now: () => number = () => performance.now()) {
  let last = -Infinity;
  let pending: ReadonlyMap<string, Position> | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    timer = undefined;
    if (!pending) return;
    const out = pending;
    pending = undefined;
    last = now();
    send(out);
  };
  return {
    frame(positions: ReadonlyMap<string, Position>) {
      pending = positions;
      const wait = last + intervalMs - now();
      if (wait <= 0) flush();
      else timer ??= setTimeout(flush, wait);
    },
    end(positions: ReadonlyMap<string, Position>) {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      pending = positions;
      flush();
      last = -Infinity;
    },
  };
}
