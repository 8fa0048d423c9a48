import { getKind } from '../catalog';
import type { PropValue } from '../catalog/types';
import { type Design, type DesignEdge, type DesignNode, type DesignSettings, FLOWS, type Flow, FORMAT, CURRENT_VERSION } from '../document/types';

export type NodeSpec = string | readonly [kind: string, props: Record<string, PropValue>] | readonly [kind: string, props: Record<string, PropValue>, label: string];

const EDGE = /^\s*(\S+)\s+-(?:(\w+)-)?>\s+(\S+)\s*$/;

/**
 * A design for tests, written the way one sketches it on a whiteboard:
 * `design({ req: 'client-request', srv: ['model-server', { latencyMs: 30 }] }, ['req -request-> srv'])`.
 * `a -> b` is a data edge. Unknown kinds, flows and node ids throw, so a typo cannot make a test pass.
 */
export function design(
  nodes: Record<string, NodeSpec>,
  edges: string[] = [],
  extra: { settings?: DesignSettings; off?: Record<string, string>; positions?: boolean } = {},
): Design {
  const designNodes: DesignNode[] = Object.entries(nodes).map(([id, spec], i) => {
    const [kind, props = {}, label] = typeof spec === 'string' ? [spec] : spec;
    if (!getKind(kind)) throw new Error(`test design: unknown kind "${kind}" for node ${id}`);
    return {
      id,
      kind,
      props: { ...props },
      ...(label ? { label } : {}),
      ...(extra.positions === false ? {} : { position: { x: (i % 6) * 240, y: Math.floor(i / 6) * 160 } }),
    };
  });
  const ids = new Set(designNodes.map((n) => n.id));
  const designEdges: DesignEdge[] = edges.map((line) => {
    const match = EDGE.exec(line);
    if (!match) throw new Error(`test design: cannot read edge "${line}"`);
    const [, source, flow = 'data', target] = match;
    if (!FLOWS.includes(flow as Flow)) throw new Error(`test design: unknown flow "${flow}" in "${line}"`);
    for (const id of [source, target]) if (!ids.has(id)) throw new Error(`test design: unknown node "${id}" in "${line}"`);
    return { id: `${source}-${target}`, source, target, flow: flow as Flow };
  });
  return {
    format: FORMAT,
    version: CURRENT_VERSION,
    nodes: designNodes,
    edges: designEdges,
    ...(extra.settings ? { settings: extra.settings } : {}),
    ...(extra.off ? { lint: { off: extra.off } } : {}),
  };
}

/** Freezes a design deeply so that a test fails if a fix mutates its input. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
