import * as Y from 'yjs';
import { ORDER, commentsOf, edgesOf, metaOf, nodesOf } from './layout';
import { lostKeys } from './races';
import type { DocChanges } from './read';

type Events = Y.YEvent<Y.AbstractType<unknown>>[];

/**
 * Calls `onChange` once after every transaction that touched the design, with the ids of the nodes
 * and edges it changed (added, removed or edited, props included), whether any was added, removed
 * or moved in the design's order, whether the meta map or the comments changed, and the
 * transaction's origin. Returns the function that stops observing.
 */
export function observeDesign(doc: Y.Doc, onChange: (changes: DocChanges, origin: unknown) => void): () => void {
  const roots = { nodes: nodesOf(doc), edges: edgesOf(doc), meta: metaOf(doc), comments: commentsOf(doc) };
  interface Pending {
    tr: Y.Transaction;
    nodeIds: Set<string>;
    edgeIds: Set<string>;
    nodesReordered: boolean;
    edgesReordered: boolean;
    meta: boolean;
    comments: boolean;
    lostNodeIds: Set<string>;
    lostEdgeIds: Set<string>;
  }
  let pending: Pending | undefined;

  const collector = (root: keyof typeof roots) => (events: Events, tr: Y.Transaction) => {
    if (!pending || pending.tr !== tr) pending = { tr, nodeIds: new Set(), edgeIds: new Set(), nodesReordered: false, edgesReordered: false, meta: false, comments: false, lostNodeIds: new Set(), lostEdgeIds: new Set() };
    if (root === 'meta' || root === 'comments') {
      pending[root] = true;
      return;
    }
    const ids = root === 'nodes' ? pending.nodeIds : pending.edgeIds;
    const lost = root === 'nodes' ? pending.lostNodeIds : pending.lostEdgeIds;
    let reordered = false;
    for (const ev of events) {
      // Paths are relative to the observed root: [] for the root itself (an entry added, removed or
      // replaced), [id] for an entry's own fields (its sort key among them), [id, 'props'] below.
      const keys = (ev as Y.YMapEvent<unknown>).keysChanged;
      if (ev.path.length === 0) {
        for (const key of keys) ids.add(key);
        for (const key of lostKeys(ev as Y.YMapEvent<unknown>, tr)) lost.add(key);
      } else ids.add(String(ev.path[0]));
      if (ev.path.length === 0 || (ev.path.length === 1 && keys.has(ORDER))) reordered = true;
    }
    if (reordered) pending[root === 'nodes' ? 'nodesReordered' : 'edgesReordered'] = true;
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
    const { nodeIds, edgeIds, nodesReordered, edgesReordered, meta, comments, lostNodeIds, lostEdgeIds } = pending;
    pending = undefined;
    const lost = lostNodeIds.size || lostEdgeIds.size ? { lost: { nodeIds: lostNodeIds, edgeIds: lostEdgeIds } } : {};
    if (nodeIds.size || edgeIds.size || meta || comments) onChange({ nodeIds, edgeIds, nodesReordered, edgesReordered, meta, comments, ...lost }, tr.origin);
  };
  for (const root of Object.keys(roots) as (keyof typeof roots)[]) roots[root].observeDeep(observers[root]);
  doc.on('afterTransaction', flush);
  return () => {
    for (const root of Object.keys(roots) as (keyof typeof roots)[]) roots[root].unobserveDeep(observers[root]);
    doc.off('afterTransaction', flush);
  };
}
