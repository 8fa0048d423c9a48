import type { Design } from '../document/types';
import { LANES, laneOf } from './lanes';
import { NODE_HEIGHT, NODE_WIDTH, SPACING } from './sizes';
import type { Direction, LaneBand } from './types';

/**
 * Lane bands drawn around the nodes where they are now (not where a layout put them), so the
 * bands follow a node the user drags. Bands span the whole design along the flow (rows for
 * RIGHT, columns for DOWN) and each lane's own nodes across it; empty lanes are left out.
 */
export function bandsAround(design: Pick<Design, 'nodes' | 'edges'>, direction: Direction): LaneBand[] {
  const placed = design.nodes.filter((n) => n.position);
  if (!placed.length) return [];
  const lanes = laneOf(design);
  const pad = SPACING.lanePadding;
  const xs = placed.map((n) => n.position!.x);
  const ys = placed.map((n) => n.position!.y);
  const minX = Math.min(...xs) - pad;
  const maxX = Math.max(...xs) + NODE_WIDTH + pad;
  const minY = Math.min(...ys) - pad - (direction === 'DOWN' ? SPACING.laneTitle : 0);
  const maxY = Math.max(...ys) + NODE_HEIGHT + pad;
  const bands: LaneBand[] = [];
  for (const { lane, label } of LANES) {
    const members = placed.filter((n) => lanes[n.id] === lane);
    if (!members.length) continue;
    if (direction === 'RIGHT') {
      const top = Math.min(...members.map((n) => n.position!.y)) - pad - SPACING.laneTitle;
      const bottom = Math.max(...members.map((n) => n.position!.y)) + NODE_HEIGHT + pad;
      bands.push({ lane, label, x: minX, y: top, width: maxX - minX, height: bottom - top });
    } else {
      const left = Math.min(...members.map((n) => n.position!.x)) - pad;
      const right = Math.max(...members.map((n) => n.position!.x)) + NODE_WIDTH + pad;
      bands.push({ lane, label, x: left, y: minY, width: right - left, height: maxY - minY });
    }
  }
  return bands;
}
