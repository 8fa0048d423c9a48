import * as Y from 'yjs';
import { commentsOf, edgesOf, metaOf, nodesOf } from './layout';
import type { DocChanges } from './read';

type Events = Y.YEvent<Y.AbstractType<unknown>>[];

/**
 * Calls `onChange` once after every transaction that touched the design, with the ids of the nodes
 * and edges it changed (added, removed or edited, props included), whether the meta map or the
 * comments changed, and
 * the transaction's origin. Returns the function that stops observing.
 */
export function observeDesign(doc: Y.Doc, onChange: (changes: DocChanges, origin: unknown) => void): () => void {
  const roots = { nodes: nodesOf(doc), edges: edgesOf(doc), meta: metaOf(doc), comments: commentsOf(doc) };
  let pending: { tr: Y.Transaction; nodeIds: Set<string>; edgeIds: Set<string>; meta: boolean; comments: boolean } | undefined;

  const collector = (root: keyof typeof roots) => (events: Events, tr: Y.Transaction) => {
    if (!pending || pending.tr !== tr) pending = { tr, nodeIds: new Set(), edgeIds: new Set(), meta: false, comments: false };
    if (root === 'meta' || root === 'comments') {
      pending[root] = true;
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
    comments: collector('comments'),
  };
  // Deep observers run before afterTransaction, so one transaction is reported once.
  const flush = (tr: Y.Transaction) => {
    if (!pending || pending.tr !== tr) return;
    const { nodeIds, edgeIds, meta, comments } = pending;
    pending = undefined;
    if (nodeIds.size || edgeIds.size || meta || comments) onChange({ nodeIds, edgeIds, meta, comments }, tr.origin);
  };
  for (const root of Object.keys(roots) as (keyof typeof roots)[]) roots[root].observeDeep(observers[root]);
  doc.on('afterTransaction', flush);
  return () => {
    for (const root of Object.keys(roots) as (keyof typeof roots)[]) roots[root].unobserveDeep(observers[root]);
    doc.off('afterTransaction', flush);
  };
}
