import { defaultProps, getKind } from '../catalog';
import type { PropValue } from '../catalog/types';
import { defaultFlow, type PickedFlow } from './flow';
import { uniqueEdgeId, uniqueNodeId } from './ids';
import type { Design, DesignEdge, DesignNode, Flow, Position } from './types';

/** Pure edits of a design. Each returns a new design and leaves the input untouched. */

export function newNode(kindId: string, position: Position, taken: ReadonlySet<string>): DesignNode {
  const kind = getKind(kindId);
  if (!kind) throw new Error(`unknown kind ${kindId}`);
  return { id: uniqueNodeId(kind.id, taken), kind: kind.id, position, props: defaultProps(kind) };
}

export function addNodes(design: Design, nodes: DesignNode[], edges: DesignEdge[] = []): Design {
  return { ...design, nodes: [...design.nodes, ...nodes], edges: [...design.edges, ...edges] };
}

/** Adds an edge; without a flow it gets the default, and `picked` says which convention chose it. */
export function connect(design: Design, source: string, target: string, flow?: Flow): { design: Design; edge?: DesignEdge; picked?: PickedFlow } {
  if (source === target && !flow) return { design };
  const s = design.nodes.find((n) => n.id === source);
  const t = design.nodes.find((n) => n.id === target);
  if (!s || !t) return { design };
  if (design.edges.some((e) => e.source === source && e.target === target)) return { design };
  const picked = flow ? undefined : defaultFlow(design, source, target);
  const edge: DesignEdge = {
    id: uniqueEdgeId(source, target, new Set(design.edges.map((e) => e.id))),
    source,
    target,
    flow: flow ?? picked!.flow,
  };
  return { design: { ...design, edges: [...design.edges, edge] }, edge, ...(picked ? { picked } : {}) };
}

export function removeElements(design: Design, nodeIds: ReadonlySet<string>, edgeIds: ReadonlySet<string>): Design {
  if (!nodeIds.size && !edgeIds.size) return design;
  return {
    ...design,
    nodes: design.nodes.filter((n) => !nodeIds.has(n.id)),
    edges: design.edges.filter((e) => !edgeIds.has(e.id) && !nodeIds.has(e.source) && !nodeIds.has(e.target)),
    walkthrough: design.walkthrough?.map((s) => ({ ...s, nodeIds: s.nodeIds.filter((id) => !nodeIds.has(id)) })),
  };
}

export function updateNode(design: Design, id: string, patch: Partial<Omit<DesignNode, 'id' | 'kind'>>): Design {
  return { ...design, nodes: design.nodes.map((n) => (n.id === id ? { ...n, ...patch } : n)) };
}

/** Sets a prop, or unsets it (back to the kind's default) when value is undefined. */
export function setProp(design: Design, id: string, name: string, value: PropValue | undefined): Design {
  return {
    ...design,
    nodes: design.nodes.map((n) => {
      if (n.id !== id) return n;
      const props = { ...n.props };
      if (value === undefined) delete props[name];
      else props[name] = value;
      return { ...n, props };
    }),
  };
}

export function updateEdge(design: Design, id: string, patch: Partial<Pick<DesignEdge, 'flow' | 'label'>>): Design {
  return { ...design, edges: design.edges.map((e) => (e.id === id ? { ...e, ...patch } : e)) };
}

/** The design with these nodes at these positions (a drag's drop: one undo step). */
export function moveNodes(design: Design, positions: ReadonlyMap<string, Position>): Design {
  if (!positions.size) return design;
  return {
    ...design,
    nodes: design.nodes.map((n) => {
      const p = positions.get(n.id);
      return p ? { ...n, position: { x: p.x, y: p.y } } : n;
    }),
  };
}

/** A copied piece of a design: the chosen nodes and the edges between them. */
export interface Fragment {
  nodes: DesignNode[];
  edges: DesignEdge[];
}

export function fragmentOf(design: Design, nodeIds: ReadonlySet<string>): Fragment {
  return {
    nodes: design.nodes.filter((n) => nodeIds.has(n.id)),
    edges: design.edges.filter((e) => nodeIds.has(e.source) && nodeIds.has(e.target)),
  };
}

/** Pastes a fragment with fresh ids, shifted by `offset`; returns the new ids to select. */
export function pasteFragment(design: Design, fragment: Fragment, offset: Position): { design: Design; nodeIds: string[] } {
  const taken = new Set(design.nodes.map((n) => n.id));
  const rename = new Map<string, string>();
  const nodes = fragment.nodes
    .filter((n) => getKind(n.kind))
    .map((n) => {
      const id = uniqueNodeId(n.id, taken);
      taken.add(id);
      rename.set(n.id, id);
      const at = n.position ?? { x: 0, y: 0 };
      return { ...n, id, position: { x: at.x + offset.x, y: at.y + offset.y }, props: structuredClone(n.props) };
    });
  const edgeIds = new Set(design.edges.map((e) => e.id));
  const edges = fragment.edges.flatMap((e) => {
    const source = rename.get(e.source);
    const target = rename.get(e.target);
    if (!source || !target) return [];
    const id = uniqueEdgeId(source, target, edgeIds);
    edgeIds.add(id);
    return [{ ...e, id, source, target }];
  });
  return { design: addNodes(design, nodes, edges), nodeIds: nodes.map((n) => n.id) };
}
