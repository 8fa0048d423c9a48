import * as Y from 'yjs';
import { commentsOf, edgesOf, metaOf, nodesOf } from './layout';

export const UNDO_LIMIT = 500;

export interface DesignUndo {
  undo(): boolean;
  redo(): boolean;
  canUndo(): boolean;
  canRedo(): boolean;
  /** Steps that can be undone and redone now. */
  depth(): { undo: number; redo: number };
  /** Calls `listener` whenever a step is added, undone, redone or dropped. */
  onChange(listener: () => void): void;
  /** Ends the current step: the next local transaction starts a new one. */
  endStep(): void;
  /** The origin the undo manager gives its own transactions (the store treats them as changes to mirror). */
  readonly origin: unknown;
  destroy(): void;
}

/**
 * Per-origin undo: only transactions made with `localOrigin` are recorded, so Ctrl+Z never takes back
 * what someone else did. Steps end explicitly (`endStep`), not on a timer: a drag sends many
 * transactions and is one step, two quick edits are two.
 */
export function createDesignUndo(doc: Y.Doc, localOrigin: unknown, limit = UNDO_LIMIT): DesignUndo {
  const manager = new Y.UndoManager([nodesOf(doc), edgesOf(doc), metaOf(doc), commentsOf(doc)], {
    trackedOrigins: new Set([localOrigin]),
    captureTimeout: Number.MAX_SAFE_INTEGER,
  });
  manager.on('stack-item-added', () => {
    if (manager.undoStack.length > limit) manager.undoStack.splice(0, manager.undoStack.length - limit);
  });
  return {
    undo: () => manager.undo() !== null,
    redo: () => manager.redo() !== null,
    canUndo: () => manager.canUndo(),
    canRedo: () => manager.canRedo(),
    depth: () => ({ undo: manager.undoStack.length, redo: manager.redoStack.length }),
    onChange: (listener) => {
      for (const event of ['stack-item-added', 'stack-item-popped', 'stack-cleared'] as const) manager.on(event, listener);
    },
    endStep: () => manager.stopCapturing(),
    origin: manager,
    destroy: () => manager.destroy(),
  };
}
