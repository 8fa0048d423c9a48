import { Position } from '@xyflow/react';
import { facingSides, type NodeBox, type Side } from '../core/layout';

export interface Sides {
  sourceX: number;
  sourceY: number;
  sourcePosition: Position;
  targetX: number;
  targetY: number;
  targetPosition: Position;
}

const POSITION: Record<Side, Position> = { left: Position.Left, right: Position.Right, top: Position.Top, bottom: Position.Bottom };

/** React Flow's terms for the card sides an edge joins (see `facingSides`, shared with the exporters). */
export function edgeSides(source: NodeBox, target: NodeBox): Sides {
  const { start, startSide, end, endSide } = facingSides(source, target);
  return { sourceX: start.x, sourceY: start.y, sourcePosition: POSITION[startSide], targetX: end.x, targetY: end.y, targetPosition: POSITION[endSide] };
}
