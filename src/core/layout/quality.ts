import { type DesignLayout, type Point, routePoints } from './types';

export interface LayoutQuality {
  /** Places where two different edges' routes cross at right angles (touching ends do not count). */
  crossings: number;
  /** Width × height of the layout's bounds, in canvas units squared. */
  area: number;
  width: number;
  height: number;
}

interface Run {
  edge: string;
  /** The fixed coordinate (y of a horizontal run, x of a vertical one). */
  at: number;
  from: number;
  to: number;
}

function runsOf(edge: string, points: Point[], horizontal: Run[], vertical: Run[]) {
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1];
    const b = points[i];
    if (a.y === b.y && a.x !== b.x) horizontal.push({ edge, at: a.y, from: Math.min(a.x, b.x), to: Math.max(a.x, b.x) });
    else if (a.x === b.x && a.y !== b.y) vertical.push({ edge, at: a.x, from: Math.min(a.y, b.y), to: Math.max(a.y, b.y) });
  }
}

/**
 * How readable a layout is, in the two figures people notice first: how often edges cross and how
 * much canvas it takes. Routes are orthogonal (ELK's and `simpleRoute`'s), so a crossing is a
 * horizontal run of one edge meeting a vertical run of another strictly inside both.
 */
export function layoutQuality(layout: DesignLayout): LayoutQuality {
  const horizontal: Run[] = [];
  const vertical: Run[] = [];
  for (const route of Object.values(layout.edges)) runsOf(route.id, routePoints(route), horizontal, vertical);
  // Sweep by x would be faster; a plain double loop over a 500-node design's runs takes milliseconds.
  horizontal.sort((a, b) => a.at - b.at);
  let crossings = 0;
  for (const v of vertical) {
    for (const h of horizontal) {
      if (h.at <= v.from) continue;
      if (h.at >= v.to) break;
      if (h.edge !== v.edge && h.from < v.at && v.at < h.to) crossings++;
    }
  }
  const { width, height } = layout.bounds;
  return { crossings, area: width * height, width, height };
}
