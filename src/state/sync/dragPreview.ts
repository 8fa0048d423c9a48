import type { Position } from '../../core/document';

/**
 * While a card is dragged the store keeps the drop-time design (the canvas moves the card itself),
 * so the open design's doc gets the moving positions from here: everyone watching sees the card
 * move, and the drop's commit writes the final positions in the same undo step. The binding fills
 * in `write`; this module stays free of Yjs so the shell can hand `previewDrag` to the canvas
 * without putting Yjs in the first load.
 */
export const dragPreview: { write?: (positions: ReadonlyMap<string, Position>) => void } = {};

export function previewDrag(positions: ReadonlyMap<string, Position>): void {
  dragPreview.write?.(positions);
}
