import type { Edge, Node } from '@xyflow/react';
import { NODE_HEIGHT, NODE_WIDTH } from '../core/layout/sizes';
import type { Ghost } from '../state/ghosts';

export type GhostRfNode = Node<{ ghost: Ghost }, 'ghost'>;

export const GHOST_PREFIX = 'ghost:';

const nodeCache = new WeakMap<Ghost, GhostRfNode>();

/** React Flow nodes and dashed edges for the ghosts: not selectable, draggable or connectable. */
export function ghostElements(ghosts: readonly Ghost[]): { nodes: GhostRfNode[]; edges: Edge[] } {
  const nodes = ghosts.map((ghost) => {
    let rf = nodeCache.get(ghost);
    if (!rf) {
      rf = {
        id: `${GHOST_PREFIX}${ghost.suggestion.kind}`,
        type: 'ghost',
        position: ghost.position,
        data: { ghost },
        width: NODE_WIDTH,
        height: NODE_HEIGHT,
        selectable: false,
        draggable: false,
        connectable: false,
        focusable: false,
        zIndex: -1,
        // React Flow turns pointer events off on a node that cannot be selected or dragged; the Add button needs them.
        style: { pointerEvents: 'all' },
      };
      nodeCache.set(ghost, rf);
    }
    return rf;
  });
  const edges: Edge[] = ghosts.flatMap(({ suggestion: s }) => {
    const id = `${GHOST_PREFIX}${s.kind}`;
    const out: Edge[] = [];
    const common = { type: 'smoothstep', className: 'ghost-edge', selectable: false, focusable: false, deletable: false, zIndex: -1 } as const;
    if (s.connectFrom) out.push({ ...common, id: `${id}:in`, source: s.connectFrom, target: id });
    if (s.connectTo) out.push({ ...common, id: `${id}:out`, source: id, target: s.connectTo });
    return out;
  });
  return { nodes, edges };
}
