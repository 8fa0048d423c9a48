import type { Design } from '../document/types';
import { facingRoute } from './facing';
import { boundsOf } from './layout';
import { labelOnRoute } from './route';
import { NODE_HEIGHT, NODE_WIDTH } from './sizes';
import { edgeLabelSize } from './text';
import type { DesignLayout, EdgeRoute, NodeBox } from './types';

/**
 * The layout of a design as the user placed it: every node where it is, every edge routed between
 * the card sides that face each other (as on the canvas). No ELK, so exports of a drawn design and
 * gallery thumbnails cost milliseconds. Nodes without a position wait in a row below the drawing.
 */
export function positionedLayout(design: Pick<Design, 'nodes' | 'edges'>): DesignLayout {
  const nodes: Record<string, NodeBox> = {};
  const placed = design.nodes.filter((n) => n.position);
  const below = placed.length ? Math.max(...placed.map((n) => n.position!.y)) + NODE_HEIGHT * 2 : 0;
  let spare = 0;
  for (const n of design.nodes) {
    const at = n.position ?? { x: spare++ * (NODE_WIDTH + 80), y: below };
    nodes[n.id] = { x: at.x, y: at.y, width: NODE_WIDTH, height: NODE_HEIGHT };
  }
  const edges: Record<string, EdgeRoute> = {};
  for (const e of design.edges) {
    const s = nodes[e.source];
    const t = nodes[e.target];
    if (!s || !t) continue;
    const section = facingRoute(s, t);
    const text = e.label?.trim();
    edges[e.id] = { id: e.id, source: e.source, target: e.target, sections: [section], ...(text && { label: labelOnRoute(section, edgeLabelSize(text)) }) };
  }
  return { direction: 'RIGHT', nodes, edges, bounds: boundsOf(nodes, edges, []) };
}
