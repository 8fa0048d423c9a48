import type { Design, DesignNode } from '../document/types';
import { arrangeInLanes } from './bands';
import { runElk } from './elk-graph';
import { laneOf } from './lanes';
import { labelOnRoute, overlaps, simpleRoute, translateSection } from './route';
import { edgeLabelSize } from './text';
import { NODE_HEIGHT, NODE_WIDTH, SPACING } from './sizes';
import { type DesignLayout, type Direction, type EdgeRoute, type Elk, type LaneBand, type LayoutOptions, type NodeBox, routePoints } from './types';

const boxAt = (n: DesignNode): NodeBox => ({ x: n.position!.x, y: n.position!.y, width: NODE_WIDTH, height: NODE_HEIGHT });
const isPinned = (n: DesignNode) => !!n.pinned && !!n.position;

/**
 * Lays a design out with ELK (layered, orthogonal routes). Pure: returns positions and routes,
 * the design is untouched.
 *
 * Pinned nodes: ELK lays out every node, then the whole result is shifted so that the first
 * pinned node lands where the user put it, every pinned node is put back at its own position,
 * and any other node that now collides with one is pushed across the flow until it is free.
 * With one pinned node that is exact and keeps ELK's picture; with several, the picture bends
 * around them. Routes of edges whose ends ELK placed are ELK's; the others are re-routed simply.
 */
export async function layoutDesign(design: Pick<Design, 'nodes' | 'edges'>, elk: Elk, options: LayoutOptions): Promise<DesignLayout> {
  const { direction } = options;
  const only = options.onlyIds && new Set(options.onlyIds);
  const movable = design.nodes.filter((n) => !only || only.has(n.id));
  const fixedOutside = design.nodes.filter((n) => only && !only.has(n.id) && n.position);
  const laid = await runElk(elk, movable, design.edges, direction);

  let boxes = laid.nodes;
  let bands: LaneBand[] | undefined;
  let elkRoutes = laid.edges;
  if (options.lanes && movable.length) {
    ({ nodes: boxes, bands } = arrangeInLanes(boxes, laneOf(design), direction));
    elkRoutes = {};
  }

  const [dx, dy] = anchorShift(movable, boxes, fixedOutside);
  boxes = Object.fromEntries(Object.entries(boxes).map(([id, b]) => [id, { ...b, x: b.x + dx, y: b.y + dy }]));
  bands = bands?.map((b) => ({ ...b, x: b.x + dx, y: b.y + dy }));

  const moved = keepPinnedAndFree(movable, boxes, fixedOutside, direction);
  const nodes: Record<string, NodeBox> = {};
  for (const n of fixedOutside) nodes[n.id] = boxAt(n);
  Object.assign(nodes, boxes);

  const edges: Record<string, EdgeRoute> = {};
  for (const e of design.edges) {
    const s = nodes[e.source];
    const t = nodes[e.target];
    if (!s || !t) continue;
    const elkRoute = elkRoutes[e.id];
    if (elkRoute && !moved.has(e.source) && !moved.has(e.target)) {
      const label = elkRoute.label && { ...elkRoute.label, x: elkRoute.label.x + dx, y: elkRoute.label.y + dy };
      edges[e.id] = { ...elkRoute, sections: elkRoute.sections.map((sec) => translateSection(sec, dx, dy)), ...(label && { label }) };
    } else {
      const section = simpleRoute(s, t, direction);
      const text = e.label?.trim();
      edges[e.id] = { id: e.id, source: e.source, target: e.target, sections: [section], ...(text && { label: labelOnRoute(section, edgeLabelSize(text)) }) };
    }
  }
  return { direction, nodes, edges, ...(bands && { lanes: bands }), bounds: boundsOf(nodes, edges, bands ?? []) };
}

/** Where the fresh layout goes: onto the first pinned node, or where a re-laid-out selection was, or beside the rest. */
function anchorShift(movable: DesignNode[], boxes: Record<string, NodeBox>, fixedOutside: DesignNode[]): [number, number] {
  const pinned = movable.find((n) => isPinned(n) && boxes[n.id]);
  if (pinned) return [pinned.position!.x - boxes[pinned.id].x, pinned.position!.y - boxes[pinned.id].y];
  if (!fixedOutside.length) return [0, 0];
  const laidOut = Object.values(boxes);
  if (!laidOut.length) return [0, 0];
  const minX = Math.min(...laidOut.map((b) => b.x));
  const minY = Math.min(...laidOut.map((b) => b.y));
  const before = movable.filter((n) => n.position);
  if (before.length) return [Math.min(...before.map((n) => n.position!.x)) - minX, Math.min(...before.map((n) => n.position!.y)) - minY];
  const rest = fixedOutside.map(boxAt);
  return [Math.max(...rest.map((b) => b.x + b.width)) + SPACING.betweenLayers - minX, Math.min(...rest.map((b) => b.y)) - minY];
}

/** Puts pinned nodes back and pushes colliding nodes across the flow; returns the ids it moved. */
function keepPinnedAndFree(movable: DesignNode[], boxes: Record<string, NodeBox>, fixedOutside: DesignNode[], direction: Direction): Set<string> {
  const moved = new Set<string>();
  const placed: NodeBox[] = fixedOutside.map(boxAt);
  for (const n of movable.filter(isPinned)) {
    const b = boxes[n.id];
    if (b.x !== n.position!.x || b.y !== n.position!.y) moved.add(n.id);
    boxes[n.id] = boxAt(n);
    placed.push(boxes[n.id]);
  }
  if (!placed.length) return moved;
  const across = direction === 'RIGHT' ? 'y' : 'x';
  const size = direction === 'RIGHT' ? 'height' : 'width';
  const free = movable.filter((n) => !isPinned(n) && boxes[n.id]).sort((a, b) => boxes[a.id][across] - boxes[b.id][across]);
  for (const n of free) {
    const box = boxes[n.id];
    for (let hit = placed.find((p) => overlaps(box, p, SPACING.nodeNode / 2)); hit; hit = placed.find((p) => overlaps(box, p, SPACING.nodeNode / 2))) {
      box[across] = hit[across] + hit[size] + SPACING.nodeNode / 2 + 1;
      moved.add(n.id);
    }
    placed.push(box);
  }
  return moved;
}

export function boundsOf(nodes: Record<string, NodeBox>, edges: Record<string, EdgeRoute>, bands: LaneBand[]): NodeBox {
  const xs: number[] = [];
  const ys: number[] = [];
  const labels = Object.values(edges).flatMap((r) => (r.label ? [r.label] : []));
  for (const b of [...Object.values(nodes), ...bands, ...labels]) {
    xs.push(b.x, b.x + b.width);
    ys.push(b.y, b.y + b.height);
  }
  for (const p of Object.values(edges).flatMap(routePoints)) {
    xs.push(p.x);
    ys.push(p.y);
  }
  if (!xs.length) return { x: 0, y: 0, width: 0, height: 0 };
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y };
}

/**
 * A design whose nodes all have positions comes back as it is. Otherwise (a file written by
 * hand or by another tool) the whole design is laid out left to right, pinned nodes kept,
 * and a new design with every position set is returned.
 */
export async function layoutIfMissing<T extends Design>(design: T, elk: Elk, direction: Direction = 'RIGHT'): Promise<T> {
  if (design.nodes.every((n) => n.position)) return design;
  const layout = await layoutDesign(design, elk, { direction });
  return {
    ...design,
    nodes: design.nodes.map((n) => {
      const b = layout.nodes[n.id];
      return b ? { ...n, position: { x: Math.round(b.x), y: Math.round(b.y) } } : n;
    }),
  };
}
