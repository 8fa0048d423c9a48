import type { ELK } from 'elkjs/lib/elk-api';

/** An ELK instance: worker-backed in the browser, `elk.bundled.js` in Node. Layout never creates one. */
export type Elk = Pick<ELK, 'layout'>;

export type Direction = 'RIGHT' | 'DOWN';
export type Lane = 'online' | 'nearline' | 'offline';

export interface Point {
  x: number;
  y: number;
}

/** A laid-out node: top-left corner (as React Flow positions nodes) and size. */
export interface NodeBox extends Point {
  width: number;
  height: number;
}

/** One straight-run stretch of an edge, in ELK's shape so the canvas can use ELK's routes unchanged. */
export interface EdgeSection {
  startPoint: Point;
  endPoint: Point;
  bendPoints: Point[];
}

export interface EdgeRoute {
  id: string;
  source: string;
  target: string;
  /** From the source's side to the target's side, in the edge's own direction. */
  sections: EdgeSection[];
  /** Where the edge's label sits, when it has one: ELK makes room for it between layers. */
  label?: NodeBox;
}

export interface LaneBand extends NodeBox {
  lane: Lane;
  label: string;
}

export interface LayoutOptions {
  direction: Direction;
  /** Group nodes into online / nearline / offline bands (see `laneOf`). */
  lanes?: boolean;
  /** Lay out only these nodes (a selection); every other node keeps its position. */
  onlyIds?: string[];
}

export interface DesignLayout {
  direction: Direction;
  nodes: Record<string, NodeBox>;
  edges: Record<string, EdgeRoute>;
  /** Present when laid out with `lanes: true`; empty lanes are left out. */
  lanes?: LaneBand[];
  /** Bounding box of nodes, routes and bands. */
  bounds: NodeBox;
}

/** Every point of a route in order: start, bends, end, across sections. */
export function routePoints(route: EdgeRoute): Point[] {
  const points: Point[] = [];
  for (const s of route.sections) points.push(s.startPoint, ...s.bendPoints, s.endPoint);
  return points.filter((p, i) => i === 0 || p.x !== points[i - 1].x || p.y !== points[i - 1].y);
}
