import * as Y from 'yjs';
import { edgesOf, metaOf, nodesOf } from './layout';
import type { DocChanges } from './read';

type Events = Y.YEvent<Y.AbstractType<unknown>>[];

/**
 * Calls `onChange` once after every transaction that touched the design, with the ids of the nodes
 * and edges it changed (added, removed or edited, props included), whether the meta map changed, and
 * the transaction's origin. Returns the function that stops observing.
 */
export function observeDesign(doc: Y.Doc, onChange: (changes: DocChanges, origin: unknown) => void): () => void {
  const roots = { nodes: nodesOf(doc), edges: edgesOf(doc), meta: metaOf(doc) };
  let pending: { tr: Y.Transaction; nodeIds: Set<string>; edgeIds: Set<string>; meta: boolean } | undefined;

  const collector = (root: 'nodes' | 'edges' | 'meta') => (events: Events, tr: Y.Transaction) => {
    if (!pending || pending.tr !== tr) pending = { tr, nodeIds: new Set(), edgeIds: new Set(), meta: false };
    if (root === 'meta') {
      pending.meta = true;
      return;
    }
    const ids = root === 'nodes' ? pending.nodeIds : pending.edgeIds;
    for (const ev of events) {
      // Paths are relative to the observed root: [] for the root itself, [id, …] inside an entry.
      if (ev.path.length === 0) for (const key of (ev as Y.YMapEvent<unknown>).keysChanged) ids.add(key);
      else ids.add(String(ev.path[0]));
    }
  };
  const observers = {
    nodes: collector('nodes'),
    edges: collector('edges'),
    meta: collector('meta'),
  };
  // Deep observers run before afterTransaction, so one transaction is reported once.
  const flush = (tr: Y.Transaction) => {
    if (!pending || pending.tr !== tr) return;
    const { nodeIds, edgeIds, meta } = pending;
    pending = undefined;
    if (nodeIds.size || edgeIds.size || meta) onChange({ nodeIds, edgeIds, meta }, tr.origin);
  };
  roots.nodes.observeDeep(observers.nodes);
  roots.edges.observeDeep(observers.edges);
  roots.meta.observeDeep(observers.meta);
  doc.on('afterTransaction', flush);
  return () => {
    roots.nodes.unobserveDeep(observers.nodes);
    roots.edges.unobserveDeep(observers.edges);
    roots.meta.unobserveDeep(observers.meta);
    doc.off('afterTransaction', flush);
  };
}
