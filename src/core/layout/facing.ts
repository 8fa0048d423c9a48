import type { EdgeSection, NodeBox, Point } from './types';

export type Side = 'left' | 'right' | 'top' | 'bottom';

export interface Facing {
  start: Point;
  startSide: Side;
  end: Point;
  endSide: Side;
}

/** Room an edge needs between two cards before it runs sideways rather than up or down. */
const GAP = 24;

/**
 * Which sides of two cards an edge joins, from where the cards are: left to right when the target
 * is to the right, right to left when it is to the left (a feedback edge going back to training),
 * top to bottom when the cards are stacked. The canvas and the exporters both use it, so a design
 * reads the same on screen, in SVG and in PNG, whatever direction it was laid out in.
 */
export function facingSides(source: NodeBox, target: NodeBox): Facing {
  const sRight = source.x + source.width;
  const tRight = target.x + target.width;
  const sMidY = source.y + source.height / 2;
  const tMidY = target.y + target.height / 2;
  const sMidX = source.x + source.width / 2;
  const tMidX = target.x + target.width / 2;
  if (target.x >= sRight + GAP) return { start: { x: sRight, y: sMidY }, startSide: 'right', end: { x: target.x, y: tMidY }, endSide: 'left' };
  if (tRight <= source.x - GAP) return { start: { x: source.x, y: sMidY }, startSide: 'left', end: { x: tRight, y: tMidY }, endSide: 'right' };
  if (target.y >= source.y + source.height) {
    return { start: { x: sMidX, y: source.y + source.height }, startSide: 'bottom', end: { x: tMidX, y: target.y }, endSide: 'top' };
  }
  if (target.y + target.height <= source.y) {
    return { start: { x: sMidX, y: source.y }, startSide: 'top', end: { x: tMidX, y: target.y + target.height }, endSide: 'bottom' };
  }
  // Overlapping cards: out of the right side, into the left, as the handles are drawn.
  return { start: { x: sRight, y: sMidY }, startSide: 'right', end: { x: target.x, y: tMidY }, endSide: 'left' };
}

/** An orthogonal route between the facing sides: one bend pair half way, as the canvas draws it. */
export function facingRoute(source: NodeBox, target: NodeBox): EdgeSection {
  const { start, startSide, end } = facingSides(source, target);
  const horizontal = startSide === 'left' || startSide === 'right';
  if ((horizontal && start.y === end.y) || (!horizontal && start.x === end.x)) return { startPoint: start, endPoint: end, bendPoints: [] };
  if (horizontal) {
    const mid = Math.round((start.x + end.x) / 2);
    return { startPoint: start, endPoint: end, bendPoints: [{ x: mid, y: start.y }, { x: mid, y: end.y }] };
  }
  const mid = Math.round((start.y + end.y) / 2);
  return { startPoint: start, endPoint: end, bendPoints: [{ x: start.x, y: mid }, { x: end.x, y: mid }] };
}
