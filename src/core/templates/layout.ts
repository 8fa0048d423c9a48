/**
 * Layout checks for the reference designs: node cards are about 200×84 px, so templates keep
 * them apart on a grid. Edges are approximated by straight segments between card centres.
 */
import { NODE_HEIGHT, NODE_WIDTH } from '../layout/sizes';

interface Positioned {
  id: string;
  position?: { x: number; y: number };
}
interface Linked {
  id: string;
  source: string;
  target: string;
}
type Point = { x: number; y: number };

/** Pairs of node ids whose 200×84 cards overlap. */
export function findOverlaps(nodes: readonly Positioned[]): [string, string][] {
  const out: [string, string][] = [];
  for (let i = 0; i < nodes.length; i++)
    for (let j = i + 1; j < nodes.length; j++) {
      const a = nodes[i].position;
      const b = nodes[j].position;
      if (!a || !b) continue;
      if (Math.abs(a.x - b.x) < NODE_WIDTH && Math.abs(a.y - b.y) < NODE_HEIGHT) out.push([nodes[i].id, nodes[j].id]);
    }
  return out;
}

function centre(n: Positioned): Point {
  return { x: n.position!.x + NODE_WIDTH / 2, y: n.position!.y + NODE_HEIGHT / 2 };
}

function cross(o: Point, a: Point, b: Point): number {
  return (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
}

function segmentsCross(p1: Point, p2: Point, q1: Point, q2: Point): boolean {
  const d1 = cross(q1, q2, p1);
  const d2 = cross(q1, q2, p2);
  const d3 = cross(p1, p2, q1);
  const d4 = cross(p1, p2, q2);
  return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0));
}

function segmentHitsBox(a: Point, b: Point, box: Positioned, margin = 6): boolean {
  const x0 = box.position!.x - margin;
  const y0 = box.position!.y - margin;
  const x1 = box.position!.x + NODE_WIDTH + margin;
  const y1 = box.position!.y + NODE_HEIGHT + margin;
  // Liang–Barsky clipping of the segment against the box.
  let t0 = 0;
  let t1 = 1;
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const checks: [number, number][] = [
    [-dx, a.x - x0],
    [dx, x1 - a.x],
    [-dy, a.y - y0],
    [dy, y1 - a.y],
  ];
  for (const [p, q] of checks) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const r = q / p;
    if (p < 0) t0 = Math.max(t0, r);
    else t1 = Math.min(t1, r);
    if (t0 > t1) return false;
  }
  return true;
}

/** Pairs of edges (without a shared end) whose straight segments cross. */
export function findCrossings(nodes: readonly Positioned[], edges: readonly Linked[]): [string, string][] {
  const byId = new Map(nodes.filter((n) => n.position).map((n) => [n.id, n]));
  const segs = edges
    .filter((e) => byId.has(e.source) && byId.has(e.target))
    .map((e) => ({ e, a: centre(byId.get(e.source)!), b: centre(byId.get(e.target)!) }));
  const out: [string, string][] = [];
  for (let i = 0; i < segs.length; i++)
    for (let j = i + 1; j < segs.length; j++) {
      const s = segs[i];
      const t = segs[j];
      const shared = [s.e.source, s.e.target].some((x) => x === t.e.source || x === t.e.target);
      if (!shared && segmentsCross(s.a, s.b, t.a, t.b)) out.push([s.e.id, t.e.id]);
    }
  return out;
}

/** Edges whose straight segment runs through a card other than its two ends. */
export function findEdgesThroughNodes(nodes: readonly Positioned[], edges: readonly Linked[]): [string, string][] {
  const placed = nodes.filter((n) => n.position);
  const byId = new Map(placed.map((n) => [n.id, n]));
  const out: [string, string][] = [];
  for (const e of edges) {
    const s = byId.get(e.source);
    const t = byId.get(e.target);
    if (!s || !t) continue;
    for (const n of placed) {
      if (n.id === e.source || n.id === e.target) continue;
      if (segmentHitsBox(centre(s), centre(t), n)) out.push([e.id, n.id]);
    }
  }
  return out;
}
