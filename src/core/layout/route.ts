import type { Direction, EdgeSection, NodeBox, Point } from './types';

const STUB = 18;

/**
 * An orthogonal route between two placed nodes without asking ELK again: used for edges whose
 * ends were moved after ELK ran (pinned nodes, lane bands). Forward edges leave the source's
 * far side and bend once halfway; edges that point backwards go round below (or right of) both
 * nodes, so they never cut through either card.
 */
export function simpleRoute(source: NodeBox, target: NodeBox, direction: Direction): EdgeSection {
  return direction === 'RIGHT' ? routeAlong(source, target) : swap(routeAlong(swapBox(source), swapBox(target)));
}

function routeAlong(s: NodeBox, t: NodeBox): EdgeSection {
  // Same column (lanes stack a layer's nodes across bands): go straight across instead of round.
  const sameColumn = s.x < t.x + t.width && t.x < s.x + s.width;
  const apart = t.y >= s.y + s.height || s.y >= t.y + t.height;
  if (sameColumn && apart) {
    const down = t.y > s.y;
    const startPoint = { x: s.x + s.width / 2, y: down ? s.y + s.height : s.y };
    const endPoint = { x: t.x + t.width / 2, y: down ? t.y : t.y + t.height };
    if (startPoint.x === endPoint.x) return { startPoint, endPoint, bendPoints: [] };
    const mid = Math.round((startPoint.y + endPoint.y) / 2);
    return { startPoint, endPoint, bendPoints: [{ x: startPoint.x, y: mid }, { x: endPoint.x, y: mid }] };
  }
  const start = { x: s.x + s.width, y: s.y + s.height / 2 };
  const end = { x: t.x, y: t.y + t.height / 2 };
  if (end.x - start.x >= 2 * STUB) {
    if (start.y === end.y) return { startPoint: start, endPoint: end, bendPoints: [] };
    const mid = Math.round((start.x + end.x) / 2);
    return { startPoint: start, endPoint: end, bendPoints: [{ x: mid, y: start.y }, { x: mid, y: end.y }] };
  }
  const below = Math.max(s.y + s.height, t.y + t.height) + STUB;
  return {
    startPoint: start,
    endPoint: end,
    bendPoints: [
      { x: start.x + STUB, y: start.y },
      { x: start.x + STUB, y: below },
      { x: end.x - STUB, y: below },
      { x: end.x - STUB, y: end.y },
    ],
  };
}

const swapPoint = (p: Point): Point => ({ x: p.y, y: p.x });
const swapBox = (b: NodeBox): NodeBox => ({ x: b.y, y: b.x, width: b.height, height: b.width });
const swap = (s: EdgeSection): EdgeSection => ({
  startPoint: swapPoint(s.startPoint),
  endPoint: swapPoint(s.endPoint),
  bendPoints: s.bendPoints.map(swapPoint),
});

export function translateSection(s: EdgeSection, dx: number, dy: number): EdgeSection {
  const move = (p: Point) => ({ x: p.x + dx, y: p.y + dy });
  return { startPoint: move(s.startPoint), endPoint: move(s.endPoint), bendPoints: s.bendPoints.map(move) };
}

export function reverseSections(sections: EdgeSection[]): EdgeSection[] {
  return [...sections].reverse().map((s) => ({ startPoint: s.endPoint, endPoint: s.startPoint, bendPoints: [...s.bendPoints].reverse() }));
}

export function overlaps(a: NodeBox, b: NodeBox, gap = 0): boolean {
  return a.x < b.x + b.width + gap && b.x < a.x + a.width + gap && a.y < b.y + b.height + gap && b.y < a.y + a.height + gap;
}

/** A label box centred on the route's longest straight run, where it is least likely to sit on a card. */
export function labelOnRoute(section: EdgeSection, size: { width: number; height: number }): NodeBox {
  const points = [section.startPoint, ...section.bendPoints, section.endPoint];
  let best = { a: points[0], b: points[1], length: -1 };
  for (let i = 1; i < points.length; i++) {
    const length = Math.abs(points[i].x - points[i - 1].x) + Math.abs(points[i].y - points[i - 1].y);
    if (length > best.length) best = { a: points[i - 1], b: points[i], length };
  }
  return { x: (best.a.x + best.b.x) / 2 - size.width / 2, y: (best.a.y + best.b.y) / 2 - size.height / 2, ...size };
}
