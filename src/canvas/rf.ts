import { type Edge, MarkerType, type Node } from '@xyflow/react';
import type { Design, DesignEdge, DesignNode } from '../core/document';
import type { Selection } from '../state/store';
import { NODE_HEIGHT, NODE_WIDTH } from '../core/layout/sizes';

export type ComponentRfNode = Node<{ node: DesignNode }, 'component'>;
export type FlowRfEdge = Edge<{ edge: DesignEdge; highlight?: boolean }, 'flow'>;

/**
 * React Flow objects derived from the design. Objects are reused while their design object and
 * selection state are unchanged, so memoized nodes and edges skip re-rendering: moving one node
 * re-renders that node and its edges only.
 */
const MEASURED = { width: NODE_WIDTH, height: NODE_HEIGHT };
const nodeCache = new WeakMap<DesignNode, ComponentRfNode>();
const edgeCache = new WeakMap<DesignEdge, FlowRfEdge>();

export function toRfNodes(design: Design, selection: Selection): ComponentRfNode[] {
  return design.nodes.map((node) => {
    const selected = selection.nodeIds.has(node.id);
    const cached = nodeCache.get(node);
    if (cached && cached.selected === selected) return cached;
    const rf: ComponentRfNode = {
      id: node.id,
      type: 'component',
      position: node.position ?? { x: 0, y: 0 },
      data: { node },
      selected,
      width: NODE_WIDTH,
      height: NODE_HEIGHT,
      // Without `measured`, React Flow drops the handle positions of every node object it has not
      // seen before and measures the card again in the DOM: on each drag frame and each edit, a
      // forced layout and a second store update that re-runs every edge's position selector.
      measured: MEASURED,
    };
    nodeCache.set(node, rf);
    return rf;
  });
}

export function toRfEdges(designEdges: readonly DesignEdge[], selection: Selection, highlighted?: ReadonlySet<string>): FlowRfEdge[] {
  return designEdges.map((edge) => {
    const selected = selection.edgeIds.has(edge.id);
    const highlight = highlighted?.has(edge.id) ?? false;
    const cached = edgeCache.get(edge);
    if (cached && cached.selected === selected && (cached.data?.highlight ?? false) === highlight) return cached;
    const rf: FlowRfEdge = {
      id: edge.id,
      source: edge.source,
      target: edge.target,
      type: 'flow',
      data: { edge, highlight },
      selected,
      markerEnd: { type: MarkerType.ArrowClosed, width: 16, height: 16, color: `var(--flow-${edge.flow})` },
      ariaLabel: `${edge.flow} edge from ${edge.source} to ${edge.target}${edge.label ? `: ${edge.label}` : ''}`,
    };
    edgeCache.set(edge, rf);
    return rf;
  });
}
