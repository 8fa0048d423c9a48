import { Position } from '@xyflow/react';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Sides {
  sourceX: number;
  sourceY: number;
  sourcePosition: Position;
  targetX: number;
  targetY: number;
  targetPosition: Position;
}

/** Room an edge needs between two cards before it runs sideways rather than up or down. */
const GAP = 24;

/**
 * Which sides of the two cards an edge joins, from where the cards are: left to right when the
 * target is to the right, right to left when it is to the left (a feedback edge going back to
 * training), top to bottom when the cards are stacked. A design laid out in any direction then
 * reads cleanly, with no edge looping around its own card.
 */
export function edgeSides(source: Box, target: Box): Sides {
  const sRight = source.x + source.width;
  const tRight = target.x + target.width;
  const sMidY = source.y + source.height / 2;
  const tMidY = target.y + target.height / 2;
  const sMidX = source.x + source.width / 2;
  const tMidX = target.x + target.width / 2;
  if (target.x >= sRight + GAP) {
    return { sourceX: sRight, sourceY: sMidY, sourcePosition: Position.Right, targetX: target.x, targetY: tMidY, targetPosition: Position.Left };
  }
  if (tRight <= source.x - GAP) {
    return { sourceX: source.x, sourceY: sMidY, sourcePosition: Position.Left, targetX: tRight, targetY: tMidY, targetPosition: Position.Right };
  }
  if (target.y >= source.y + source.height) {
    return { sourceX: sMidX, sourceY: source.y + source.height, sourcePosition: Position.Bottom, targetX: tMidX, targetY: target.y, targetPosition: Position.Top };
  }
  if (target.y + target.height <= source.y) {
    return { sourceX: sMidX, sourceY: source.y, sourcePosition: Position.Top, targetX: tMidX, targetY: target.y + target.height, targetPosition: Position.Bottom };
  }
  // Overlapping cards: the usual right-to-left handles.
  return { sourceX: sRight, sourceY: sMidY, sourcePosition: Position.Right, targetX: target.x, targetY: tMidY, targetPosition: Position.Left };
}
