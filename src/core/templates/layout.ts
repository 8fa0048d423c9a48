/**
 * Layout checks for the reference designs: node cards are about 200×84 px, so templates keep
 * them apart on a grid.
 */
import { NODE_HEIGHT, NODE_WIDTH } from '../layout/sizes';

interface Positioned {
  id: string;
  position?: { x: number; y: number };
}

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
