import type { Design, DesignEdge, DesignNode } from './types';

function nodeJson(n: DesignNode): Record<string, unknown> {
  return {
    id: n.id,
    kind: n.kind,
    ...(n.label !== undefined && { label: n.label }),
    ...(n.position && { position: { x: round(n.position.x), y: round(n.position.y) } }),
    props: n.props,
    ...(n.notes !== undefined && { notes: n.notes }),
    ...(n.pinned !== undefined && { pinned: n.pinned }),
    ...n.extra,
  };
}

function edgeJson(e: DesignEdge): Record<string, unknown> {
  return {
    id: e.id,
    source: e.source,
    target: e.target,
    flow: e.flow,
    ...(e.label !== undefined && { label: e.label }),
    ...e.extra,
  };
}

const round = (v: number) => Math.round(v * 100) / 100;

/** The design as format-1 JSON: only the design, no UI state; unknown fields written back. */
export function toJson(design: Design): Record<string, unknown> {
  return {
    format: design.format,
    version: design.version,
    ...(design.title !== undefined && { title: design.title }),
    ...(design.description !== undefined && { description: design.description }),
    nodes: design.nodes.map(nodeJson),
    edges: design.edges.map(edgeJson),
    ...(design.settings && { settings: design.settings }),
    ...(design.lint && { lint: design.lint }),
    ...(design.walkthrough && { walkthrough: design.walkthrough }),
    ...design.extra,
  };
}

export function serialize(design: Design): string {
  return JSON.stringify(toJson(design), null, 2) + '\n';
}
