/** A direction to look in from a card, as the arrow keys name it. */
export type Direction = 'left' | 'right' | 'up' | 'down';

export interface Point {
  id: string;
  x: number;
  y: number;
}

const AXES: Record<Direction, { along: (dx: number, dy: number) => number; across: (dx: number, dy: number) => number }> = {
  right: { along: (dx) => dx, across: (_, dy) => dy },
  left: { along: (dx) => -dx, across: (_, dy) => dy },
  down: { along: (_, dy) => dy, across: (dx) => dx },
  up: { along: (_, dy) => -dy, across: (dx) => dx },
};

/**
 * The card an arrow key should go to: the nearest one inside a 45° cone around the direction, so
 * Right from a card goes to the next one in its row even when a card just below is closer. Off-axis
 * distance counts double, which keeps to the row or column among cards at the same distance. With
 * nothing in the cone, the nearest card anywhere on that side (off-axis counting triple), so a key
 * never dead-ends while something lies that way. Undefined when nothing does.
 */
export function nearestInDirection(points: readonly Point[], fromId: string, direction: Direction): string | undefined {
  const from = points.find((p) => p.id === fromId);
  if (!from) return undefined;
  const axis = AXES[direction];
  let best: { id: string; score: number; inCone: boolean } | undefined;
  for (const p of points) {
    if (p.id === fromId) continue;
    const dx = p.x - from.x;
    const dy = p.y - from.y;
    const along = axis.along(dx, dy);
    if (along <= 0) continue;
    const across = Math.abs(axis.across(dx, dy));
    const inCone = across <= along;
    const score = along + across * (inCone ? 2 : 3);
    if (!best || (inCone && !best.inCone) || (inCone === best.inCone && score < best.score)) best = { id: p.id, score, inCone };
  }
  return best?.id;
}

/** The card to start from when the canvas gets focus with nothing chosen: the top-left one. */
export function firstInReadingOrder(points: readonly Point[]): string | undefined {
  let best: Point | undefined;
  for (const p of points) if (!best || p.y + p.x / 4 < best.y + best.x / 4) best = p;
  return best?.id;
}
