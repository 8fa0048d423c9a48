import type { Design, DesignEdge, DesignNode } from '../document';

/**
 * What changed between two versions of a design, by node and edge id: the History panel's
 * "compare with current". A move alone is reported apart from content changes, because a
 * tidy-up moves every card and would otherwise drown the edits a reader is looking for.
 */

export interface NodeChange {
  id: string;
  kind: string;
  label: string;
  /** Fields whose values differ: `label`, `notes`, `pinned`, `kind` or `props.<name>`. */
  fields: string[];
}

export interface EdgeChange {
  id: string;
  source: string;
  target: string;
  fields: string[];
}

export interface DesignDiff {
  nodes: { added: DesignNode[]; removed: DesignNode[]; changed: NodeChange[]; moved: string[] };
  edges: { added: DesignEdge[]; removed: DesignEdge[]; changed: EdgeChange[] };
  /** Design-level fields that differ: title, description, settings, lint, walkthrough. */
  design: string[];
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function changedFields(a: object, b: object, keys: readonly string[]): string[] {
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  return keys.filter((k) => !same(ra[k], rb[k]));
}

function nodeFields(a: DesignNode, b: DesignNode): string[] {
  const fields = changedFields(a, b, ['kind', 'label', 'notes', 'pinned']);
  const props = new Set([...Object.keys(a.props), ...Object.keys(b.props)]);
  for (const p of [...props].sort()) if (!same(a.props[p], b.props[p])) fields.push(`props.${p}`);
  return fields;
}

function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((i) => [i.id, i]));
}

/** The changes that turn `before` into `after`. */
export function diffDesigns(before: Design, after: Design): DesignDiff {
  const oldNodes = byId(before.nodes);
  const newNodes = byId(after.nodes);
  const changed: NodeChange[] = [];
  const moved: string[] = [];
  for (const n of after.nodes) {
    const old = oldNodes.get(n.id);
    if (!old) continue;
    const fields = nodeFields(old, n);
    if (fields.length) changed.push({ id: n.id, kind: n.kind, label: n.label ?? old.label ?? n.kind, fields });
    if (!same(old.position, n.position)) moved.push(n.id);
  }
  const oldEdges = byId(before.edges);
  const newEdges = byId(after.edges);
  const edgeChanges: EdgeChange[] = [];
  for (const e of after.edges) {
    const old = oldEdges.get(e.id);
    if (!old) continue;
    const fields = changedFields(old, e, ['source', 'target', 'flow', 'label']);
    if (fields.length) edgeChanges.push({ id: e.id, source: e.source, target: e.target, fields });
  }
  return {
    nodes: {
      added: after.nodes.filter((n) => !oldNodes.has(n.id)),
      removed: before.nodes.filter((n) => !newNodes.has(n.id)),
      changed,
      moved,
    },
    edges: {
      added: after.edges.filter((e) => !oldEdges.has(e.id)),
      removed: before.edges.filter((e) => !newEdges.has(e.id)),
      changed: edgeChanges,
    },
    design: changedFields(before, after, ['title', 'description', 'settings', 'lint', 'walkthrough']),
  };
}

/** True when the two versions hold the same content (positions aside). */
export function isUnchanged(diff: DesignDiff): boolean {
  const { nodes, edges, design } = diff;
  return !nodes.added.length && !nodes.removed.length && !nodes.changed.length && !edges.added.length && !edges.removed.length && !edges.changed.length && !design.length;
}
