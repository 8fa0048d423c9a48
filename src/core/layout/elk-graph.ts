import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api';
import type { DesignEdge, DesignNode } from '../document/types';
import { NODE_HEIGHT, NODE_WIDTH, SPACING } from './sizes';
import { reverseSections } from './route';
import { edgeLabelSize } from './text';
import type { Direction, EdgeRoute, Elk, NodeBox } from './types';

/**
 * Feedback edges that close a loop are handed to ELK reversed, so the loop is broken where the
 * design says it loops back (DOMAIN.md: only feedback edges may close a cycle) rather than at
 * an edge ELK's heuristic picks. Feedback edges are tried in breadth-first order from the
 * client requests, so logs stay after the server that writes them and the edge back into
 * training is the one drawn backwards.
 */
export function edgesToReverse(nodes: readonly DesignNode[], edges: readonly DesignEdge[]): Set<string> {
  const out = new Map<string, string[]>(nodes.map((n) => [n.id, []]));
  const addEdge = (e: DesignEdge) => out.get(e.source)?.push(e.target);
  for (const e of edges) if (e.flow !== 'feedback') addEdge(e);
  const reaches = (from: string, to: string) => {
    const seen = new Set([from]);
    const stack = [from];
    while (stack.length) {
      const id = stack.pop()!;
      if (id === to) return true;
      for (const next of out.get(id) ?? []) {
        if (seen.has(next)) continue;
        seen.add(next);
        stack.push(next);
      }
    }
    return false;
  };
  const reversed = new Set<string>();
  for (const e of byDiscovery(nodes, edges).filter((e) => e.flow === 'feedback')) {
    if (reaches(e.target, e.source)) reversed.add(e.id);
    else addEdge(e);
  }
  return reversed;
}

function byDiscovery(nodes: readonly DesignNode[], edges: readonly DesignEdge[]): DesignEdge[] {
  const hasIn = new Set(edges.map((e) => e.target));
  const roots = [...nodes.filter((n) => n.kind === 'client-request'), ...nodes.filter((n) => !hasIn.has(n.id)), ...nodes];
  const rank = new Map<string, number>();
  const queue: string[] = [];
  for (const r of roots) {
    if (rank.has(r.id)) continue;
    rank.set(r.id, rank.size);
    queue.push(r.id);
    while (queue.length) {
      const id = queue.shift()!;
      for (const e of edges) {
        if (e.source !== id || rank.has(e.target)) continue;
        rank.set(e.target, rank.size);
        queue.push(e.target);
      }
    }
  }
  return [...edges].sort((a, b) => (rank.get(a.source) ?? 0) - (rank.get(b.source) ?? 0));
}

/**
 * From this many nodes on, Tidy up trades the drawn order for speed (bench/elk-options.md, issue 16).
 * Below it (every template, the 100-node benchmark design) the options keep their best look; from
 * 150 nodes up the fast set drew fewer crossings in less area than these options, in a fraction
 * of the time.
 */
const LARGE_DESIGN_NODES = 150;

/**
 * Large designs: no model order (a third of ELK's time went to sorting by it on 500 nodes),
 * edges from one port merged (half the long-edge dummies, so placement and crossing minimisation
 * have far less to do and the layers pack tighter) and a lower thoroughness. Measured on the
 * 500-node design: 1.0 s CPU instead of 4.2–6.8 s, 5,134 crossings as drawn on the canvas instead
 * of 6,082 (network simplex: 6,158) and 47 M px² instead of 76 M (network simplex: 63 M).
 */
const LARGE: Record<string, string> = {
  'elk.layered.considerModelOrder.strategy': 'NONE',
  'elk.layered.mergeEdges': 'true',
  'elk.layered.thoroughness': '3',
};

export function elkOptions(direction: Direction, nodeCount = 0): Record<string, string> {
  return {
    ...baseOptions(direction),
    ...(nodeCount >= LARGE_DESIGN_NODES && LARGE),
  };
}

function baseOptions(direction: Direction): Record<string, string> {
  return {
    'elk.algorithm': 'layered',
    'elk.direction': direction,
    'elk.edgeRouting': 'ORTHOGONAL',
    'elk.spacing.nodeNode': String(SPACING.nodeNode),
    'elk.layered.spacing.nodeNodeBetweenLayers': String(SPACING.betweenLayers),
    'elk.spacing.edgeNode': String(SPACING.edgeNode),
    'elk.spacing.edgeEdge': String(SPACING.edgeEdge),
    'elk.layered.spacing.edgeNodeBetweenLayers': String(SPACING.edgeNode),
    // Keep the order the user drew things in when ELK has a free choice: re-running layout on an unchanged design gives the same picture.
    'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
    // Linear segments, not network simplex: measured with bench/elk-options.mjs (issue 16), it is
    // 2.5x faster on the 500-node benchmark design and 2-4x on the templates, with fewer crossings
    // on the generated designs and as many on every template, and 11 % less area over the
    // templates; network simplex stays more compact only on the 500-node design (-18 %).
    'elk.layered.nodePlacement.strategy': 'LINEAR_SEGMENTS',
    'elk.edgeLabels.placement': 'CENTER',
    'elk.spacing.edgeLabel': '4',
    'elk.padding': '[top=0,left=0,bottom=0,right=0]',
  };
}

// ELK wants ids unique across nodes and edges; a design may reuse one string for both.
const NODE_PREFIX = 'n:';
const EDGE_PREFIX = 'e:';

export interface ElkResult {
  nodes: Record<string, NodeBox>;
  edges: Record<string, EdgeRoute>;
}

/**
 * Whole pixels: linear-segments placement puts nodes at fractions, and ELK computes a bend and the
 * end it lines up with separately, so they can differ in the 14th digit and a straight run would
 * come out a hair off orthogonal. Rounding every coordinate the same way keeps them equal.
 */
const px = (v: number | undefined) => Math.round(v ?? 0);
const point = (p: { x: number; y: number }) => ({ x: px(p.x), y: px(p.y) });

/** Runs ELK's layered algorithm on the given nodes and the edges between them. */
export async function runElk(elk: Elk, nodes: readonly DesignNode[], edges: readonly DesignEdge[], direction: Direction): Promise<ElkResult> {
  const ids = new Set(nodes.map((n) => n.id));
  const inside = edges.filter((e) => ids.has(e.source) && ids.has(e.target) && e.source !== e.target);
  const reversed = edgesToReverse(nodes, inside);
  const graph: ElkNode = {
    id: 'root',
    layoutOptions: elkOptions(direction, nodes.length),
    children: nodes.map((n) => ({ id: NODE_PREFIX + n.id, width: NODE_WIDTH, height: NODE_HEIGHT })),
    edges: inside.map((e): ElkExtendedEdge => {
      const flip = reversed.has(e.id);
      const label = e.label?.trim();
      return {
        id: EDGE_PREFIX + e.id,
        ...(label && { labels: [{ text: label, ...edgeLabelSize(label) }] }),
        sources: [NODE_PREFIX + (flip ? e.target : e.source)], targets: [NODE_PREFIX + (flip ? e.source : e.target)],
      };
    }),
  };
  const result = await elk.layout(graph);
  const boxes: Record<string, NodeBox> = {};
  for (const child of result.children ?? []) {
    boxes[child.id.slice(NODE_PREFIX.length)] = { x: px(child.x), y: px(child.y), width: child.width ?? NODE_WIDTH, height: child.height ?? NODE_HEIGHT };
  }
  const routes: Record<string, EdgeRoute> = {};
  const byId = new Map(inside.map((e) => [e.id, e]));
  for (const laid of result.edges ?? []) {
    const edge = byId.get(laid.id.slice(EDGE_PREFIX.length));
    if (!edge) continue;
    const sections = (laid.sections ?? []).map((s) => ({ startPoint: point(s.startPoint), endPoint: point(s.endPoint), bendPoints: (s.bendPoints ?? []).map(point) }));
    const label = laid.labels?.[0];
    routes[edge.id] = {
      id: edge.id,
      source: edge.source,
      target: edge.target,
      sections: reversed.has(edge.id) ? reverseSections(sections) : sections,
      ...(label && { label: { x: px(label.x), y: px(label.y), width: label.width ?? 0, height: label.height ?? 0 } }),
    };
  }
  return { nodes: boxes, edges: routes };
}
