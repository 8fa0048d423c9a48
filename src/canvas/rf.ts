import { type Edge, MarkerType, type Node } from '@xyflow/react';
import type { Design, DesignEdge } from '../core/document';
import type { Selection } from '../state/store';
import { NODE_HEIGHT, NODE_WIDTH } from '../core/layout/sizes';
import { firstInReadingOrder } from '../core/graph/nearest';

/**
 * A card as React Flow sees it: where it is, whether it is selected, its name for screen readers.
 * What the card draws (label, kind, figures, pin) it reads from the editor store itself
 * (`useDesignNode`), so a prop edit leaves React Flow's nodes untouched: no `setNodes`, which
 * would re-run every card's and every edge's store selector.
 */
export type ComponentRfNode = Node<Record<string, never>, 'component'>;
export type FlowRfEdge = Edge<{ edge: DesignEdge; highlight?: boolean }, 'flow'>;

/**
 * React Flow objects derived from the design. Objects are reused while what React Flow reads of
 * them is unchanged, so memoized nodes and edges skip re-rendering: moving one node re-renders that
 * node and its edges only, and an edit of a card's props re-renders that card only.
 */
const MEASURED = { width: NODE_WIDTH, height: NODE_HEIGHT };
const ORIGIN = { x: 0, y: 0 };
const NO_DATA: Record<string, never> = Object.freeze({}) as Record<string, never>;
const edgeCache = new WeakMap<DesignEdge, FlowRfEdge>();

// Only one card is in the Tab order (the roving tab stop): Tab enters the canvas once, arrows move within.
const TAB_STOP = { tabIndex: 0 };
const NOT_TAB_STOP = { tabIndex: -1 };

/**
 * The DOM id of the element inside a card that names it ("Ranker (Trainer)"). The card's React Flow
 * wrapper points at it with aria-labelledby rather than carrying the name as aria-label: renaming a
 * card then leaves React Flow's node object alone, and only that card redraws. Encoded, because a
 * node id may hold spaces, which aria-labelledby would read as a list of ids.
 */
export function cardNameId(nodeId: string): string {
  return `card-name-${encodeURIComponent(nodeId)}`;
}

/** The card Tab lands on: the last one selected, else the top-left one. */
export function tabStopOf(design: Design, selection: Selection): string | undefined {
  const selected = [...selection.nodeIds].filter((id) => design.nodes.some((n) => n.id === id));
  if (selected.length) return selected[selected.length - 1];
  const points = design.nodes.map((n) => ({ id: n.id, x: n.position?.x ?? 0, y: n.position?.y ?? 0 }));
  return firstInReadingOrder(points);
}

/**
 * The cards of `design` for React Flow. `previous` is the last result for this canvas: a card
 * whose position, selection and tab stop are unchanged keeps its object, whatever else of its
 * design node changed.
 */
export function toRfNodes(design: Design, selection: Selection, previous: readonly ComponentRfNode[] = []): ComponentRfNode[] {
  const tabStop = tabStopOf(design, selection);
  const before = new Map(previous.map((rf) => [rf.id, rf]));
  return design.nodes.map((node) => {
    const selected = selection.nodeIds.has(node.id);
    const tabIndex = node.id === tabStop ? TAB_STOP.tabIndex : NOT_TAB_STOP.tabIndex;
    const position = node.position ?? ORIGIN;
    const old = before.get(node.id);
    if (old && old.selected === selected && old.domAttributes?.tabIndex === tabIndex && old.position.x === position.x && old.position.y === position.y) return old;
    return {
      id: node.id,
      type: 'component',
      position,
      data: NO_DATA,
      selected,
      domAttributes: { tabIndex, 'aria-labelledby': cardNameId(node.id) },
      width: NODE_WIDTH,
      height: NODE_HEIGHT,
      // Without `measured`, React Flow drops the handle positions of every node object it has not
      // seen before and measures the card again in the DOM: on each drag frame and each edit, a
      // forced layout and a second store update that re-runs every edge's position selector.
      measured: MEASURED,
    };
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
      // Edges leave the Tab order (there may be dozens); a selected one stays reachable.
      domAttributes: selected ? TAB_STOP : NOT_TAB_STOP,
      markerEnd: { type: MarkerType.ArrowClosed, width: 16, height: 16, color: `var(--flow-${edge.flow})` },
      ariaLabel: `${edge.flow} edge from ${edge.source} to ${edge.target}${edge.label ? `: ${edge.label}` : ''}`,
    };
    edgeCache.set(edge, rf);
    return rf;
  });
}

/** `next`, or `previous` when it holds the very same objects: React Flow then gets no new array. */
export function keepIfSame<T>(previous: readonly T[], next: T[]): T[] {
  return previous.length === next.length && next.every((x, i) => x === previous[i]) ? (previous as T[]) : next;
}
