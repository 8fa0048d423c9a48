import { defaultProps, getKind } from '../catalog';
import type { PropValue } from '../catalog/types';
import { uniqueEdgeId, uniqueId } from '../document/ids';
import type { Design, DesignEdge, DesignNode, Flow, Position } from '../document/types';
import { type FlowSet, Graph } from '../graph/graph';

/** How much a fix makes a policy explore: the bandit kind's default share of traffic (s002, s003). */
export const EXPLORATION_PCT = defaultProps(getKind('bandit')!).explorationPct as number;

/** Where a fix puts a new node relative to the node it concerns: right of it, or below it. */
export const RIGHT = { dx: 220, dy: 0 };
export const BELOW = { dx: 0, dy: 140 };

/**
 * A position next to `anchor`, stepping further down while another node already sits there.
 * Undefined when the anchor has none: the editor lays such designs out itself.
 */
export function placeNear(nodes: readonly DesignNode[], anchor: DesignNode | undefined, offset: { dx: number; dy: number }): Position | undefined {
  if (!anchor?.position) return undefined;
  const pos = { x: anchor.position.x + offset.dx, y: anchor.position.y + offset.dy };
  const occupied = (p: Position) => nodes.some((n) => n.position && Math.abs(n.position.x - p.x) < 40 && Math.abs(n.position.y - p.y) < 40);
  while (occupied(pos)) pos.y += 140;
  return pos;
}

/**
 * An edit session on a copy of a design: fixes read as "add this node, connect that", while the
 * input design is never mutated (a fix is one undo step in the editor).
 */
export class DesignEdit {
  private readonly nodes: DesignNode[];
  private readonly edges: DesignEdge[];
  private readonly ids: Set<string>;
  private readonly edgeIds: Set<string>;

  constructor(private readonly design: Design) {
    this.nodes = [...design.nodes];
    this.edges = [...design.edges];
    this.ids = new Set(design.nodes.map((n) => n.id));
    this.edgeIds = new Set(design.edges.map((e) => e.id));
  }

  node(id: string): DesignNode | undefined {
    return this.nodes.find((n) => n.id === id);
  }

  /** Adds a node of `kind` next to `near`; props hold only what the fix needs, defaults come from the kind. */
  addNode(kind: string, near: string | undefined, offset = RIGHT, props: Record<string, PropValue> = {}, label?: string): string {
    const id = uniqueId(kind, this.ids);
    this.ids.add(id);
    const position = placeNear(this.nodes, near ? this.node(near) : undefined, offset);
    const node: DesignNode = { id, kind, props, ...(label ? { label } : {}), ...(position ? { position } : {}) };
    this.nodes.push(node);
    return id;
  }

  addEdge(source: string, target: string, flow: Flow): string {
    const id = uniqueEdgeId(source, target, this.edgeIds);
    this.edgeIds.add(id);
    this.edges.push({ id, source, target, flow });
    return id;
  }

  /** Adds a chain of new nodes after `from`, each placed to the right of the previous; returns their ids. */
  addChain(from: string, steps: { kind: string; flow: Flow; props?: Record<string, PropValue> }[], offset = RIGHT): string[] {
    const ids: string[] = [];
    let previous = from;
    for (const step of steps) {
      const id = this.addNode(step.kind, previous, previous === from ? offset : RIGHT, step.props);
      this.addEdge(previous, id, step.flow);
      ids.push(id);
      previous = id;
    }
    return ids;
  }

  setProps(id: string, props: Record<string, PropValue>): void {
    const i = this.nodes.findIndex((n) => n.id === id);
    if (i >= 0) this.nodes[i] = { ...this.nodes[i], props: { ...this.nodes[i].props, ...props } };
  }

  setEdge(id: string, change: Partial<Pick<DesignEdge, 'source' | 'target' | 'flow'>>): void {
    const i = this.edges.findIndex((e) => e.id === id);
    if (i >= 0) this.edges[i] = { ...this.edges[i], ...change };
  }

  /**
   * Puts a new node of `kind` right after `from` on every way from `from` to `to` over `flows` that
   * does not already pass a node `isBetween` accepts: each such out-edge of `from` now leaves the
   * new node instead. Afterwards the new kind is "between" the two (DOMAIN.md section B).
   */
  insertAfter(from: string, to: string, kind: string, flows: FlowSet, isBetween: (n: DesignNode) => boolean, props: Record<string, PropValue> = {}): string {
    const graph = new Graph({ nodes: this.nodes, edges: this.edges });
    const open = (n: DesignNode) => n.id !== to && isBetween(n);
    const rerouted = graph
      .outEdges(from, flows)
      .filter((e) => e.target === to || (!open(graph.byId.get(e.target)!) && graph.reachable(e.target, flows, 'forward', open).has(to)));
    const id = this.addNode(kind, from, RIGHT, props);
    this.addEdge(from, id, rerouted[0]?.flow ?? 'data');
    for (const e of rerouted) this.setEdge(e.id, { source: id });
    return id;
  }

  /** Puts a new node of `kind` right after `from`: all of `from`'s `flow` out-edges now leave the new node. */
  insertDownstream(from: string, kind: string, flow: Flow, props: Record<string, PropValue> = {}): string {
    const outgoing = this.edges.filter((e) => e.source === from && e.flow === flow);
    const id = this.addNode(kind, from, RIGHT, props);
    for (const e of outgoing) this.setEdge(e.id, { source: id });
    this.addEdge(from, id, flow);
    return id;
  }

  /** Puts a new node of `kind` in front of `to` on the incoming edges `reroute` selects (or just in front, when none). */
  insertBefore(to: string, kind: string, flow: Flow, reroute: (e: DesignEdge) => boolean, props: Record<string, PropValue> = {}): string {
    const incoming = this.edges.filter((e) => e.target === to && reroute(e));
    const id = this.addNode(kind, incoming[0]?.source ?? to, incoming.length ? RIGHT : BELOW, props);
    for (const e of incoming) this.setEdge(e.id, { target: id });
    this.addEdge(id, to, flow);
    return id;
  }

  done(): Design {
    return { ...this.design, nodes: [...this.nodes], edges: [...this.edges] };
  }
}

export function edit(design: Design): DesignEdit {
  return new DesignEdit(design);
}

/** A fix that sets props on the first node of the finding. */
export function setPropsFix(props: Record<string, PropValue>) {
  return (design: Design, finding: { nodeIds: string[] }): Design => {
    const e = edit(design);
    e.setProps(finding.nodeIds[0], props);
    return e.done();
  };
}
