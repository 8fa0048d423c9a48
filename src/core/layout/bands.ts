import { LANES } from './lanes';
import { SPACING } from './sizes';
import type { Direction, Lane, LaneBand, NodeBox } from './types';

/**
 * Rearranges an ELK layout into lane bands stacked across the flow (rows for RIGHT, columns for
 * DOWN). Each node keeps its ELK coordinate along the flow, so edges still read left to right;
 * across the flow, nodes of a lane are packed into tracks in their ELK order, each node taking
 * the first track where it does not collide with a node already there.
 */
export function arrangeInLanes(boxes: Record<string, NodeBox>, lanes: Record<string, Lane>, direction: Direction): { nodes: Record<string, NodeBox>; bands: LaneBand[] } {
  const along = direction === 'RIGHT' ? 'x' : 'y';
  const across = direction === 'RIGHT' ? 'y' : 'x';
  const length = direction === 'RIGHT' ? 'width' : 'height';
  const thickness = direction === 'RIGHT' ? 'height' : 'width';
  const ids = Object.keys(boxes);
  const start = Math.min(...ids.map((id) => boxes[id][along]));
  const end = Math.max(...ids.map((id) => boxes[id][along] + boxes[id][length]));

  const nodes: Record<string, NodeBox> = {};
  const bands: LaneBand[] = [];
  let cursor = 0;
  for (const { lane, label } of LANES) {
    const members = ids.filter((id) => lanes[id] === lane).sort((a, b) => boxes[a][across] - boxes[b][across] || boxes[a][along] - boxes[b][along]);
    if (!members.length) continue;
    const tracks: { from: number; to: number }[][] = [];
    const trackOf = new Map<string, number>();
    for (const id of members) {
      const from = boxes[id][along];
      const to = from + boxes[id][length];
      let t = tracks.findIndex((track) => track.every((r) => to + SPACING.nodeNode <= r.from || from >= r.to + SPACING.nodeNode));
      if (t < 0) t = tracks.push([]) - 1;
      tracks[t].push({ from, to });
      trackOf.set(id, t);
    }
    const trackSize = Math.max(...members.map((id) => boxes[id][thickness]));
    const first = cursor + SPACING.laneTitle + SPACING.lanePadding;
    for (const id of members) {
      nodes[id] = { ...boxes[id], [across]: first + trackOf.get(id)! * (trackSize + SPACING.nodeNode) };
    }
    const size = SPACING.laneTitle + 2 * SPACING.lanePadding + tracks.length * trackSize + (tracks.length - 1) * SPACING.nodeNode;
    const pad = SPACING.lanePadding;
    bands.push(
      direction === 'RIGHT'
        ? { lane, label, x: start - pad, y: cursor, width: end - start + 2 * pad, height: size }
        : { lane, label, x: cursor, y: start - pad, width: size, height: end - start + 2 * pad },
    );
    cursor += size + SPACING.nodeNode / 2;
  }
  return { nodes, bands };
}
