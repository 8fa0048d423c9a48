import * as Y from 'yjs';
import type { Design, DesignEdge } from '../document';
import { uniqueEdgeId, uniqueNodeId } from '../document/ids';
import { edgesOf } from './layout';

/** What this client created that another client's creation under the same id replaced, in one transaction. */
export interface LostCreations {
  nodeIds: Set<string>;
  edgeIds: Set<string>;
}

const creator = (t: unknown) => (t instanceof Y.AbstractType ? t._item?.id.client : undefined);

/**
 * The one conflict a keyed map cannot merge: two people add a card of the same kind at the same
 * moment, both name it `cache-2`, and Yjs keeps one entry per key, so one card is gone. These are the
 * keys of a root map's event (nodes or edges) where this client's entry lost that way, in a transaction
 * from elsewhere; the side that won sees nothing. An entry replaced by someone who had seen it is an
 * edit, not a race. observeDesign reports them as `lost`.
 */
export function lostKeys(event: Y.YMapEvent<unknown>, tr: Y.Transaction): string[] {
  if (tr.local) return [];
  const self = tr.doc.clientID;
  const lost: string[] = [];
  for (const [key, change] of event.changes.keys) {
    if (change.action !== 'update' || creator(change.oldValue) !== self) continue;
    const now = event.target.get(key);
    const mine = (change.oldValue as Y.AbstractType<unknown>)._item!;
    const theirs = now instanceof Y.AbstractType ? now._item : null;
    if (!theirs || theirs.id.client === self) continue;
    if (theirs.origin && Y.compareIDs(theirs.origin, mine.id)) continue;
    lost.push(key);
  }
  return lost;
}

/** Where a card put back beside the one that took its id lands: near, not under it. */
const NUDGE = 32;

/** Who the doc's entry for an edge is: this client's, this client's that also beat another's same-id entry, or someone else's. */
export type EdgeOwner = 'mine' | 'shared' | 'theirs';

/** JSON with object keys sorted: a node read back from the doc lists its fields in the doc's order. */
const canonical = (v: unknown) => JSON.stringify(v, (_k, x: unknown) => (x && typeof x === 'object' && !Array.isArray(x) ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => (a < b ? -1 : 1))) : x));
const sameNode = (a: Design['nodes'][number], b: Design['nodes'][number] | undefined) => !!b && canonical({ ...a, id: '' }) === canonical({ ...b, id: '' });

/**
 * `now` (the design after the other side's creation won) with this client's lost nodes back under fresh
 * ids, from `before` (this client's design just before), and this client's edges to them following.
 * A lost node identical to the winner, position included (both people applied the same quick fix), is
 * one card, not two. This client's edges to a restored node are pointed at its new id, or copied there
 * when the other side had drawn the same edge (it is theirs too); lost edges come back.
 */
export function restoreLostCreations(before: Design, now: Design, lost: LostCreations, edgeOwner: (id: string) => EdgeOwner): Design {
  const renamed = new Map<string, string>();
  const taken = new Set(now.nodes.map((n) => n.id));
  const winners = new Map(now.nodes.map((n) => [n.id, n]));
  const nodes = [...now.nodes];
  for (const node of before.nodes) {
    if (!lost.nodeIds.has(node.id) || sameNode(node, winners.get(node.id))) continue;
    const id = uniqueNodeId(node.id, taken);
    taken.add(id);
    renamed.set(node.id, id);
    nodes.push({ ...node, id, ...(node.position && { position: { x: node.position.x + NUDGE, y: node.position.y + NUDGE } }) });
  }
  if (!renamed.size) return now;
  const retarget = (e: DesignEdge) => ({ ...e, source: renamed.get(e.source) ?? e.source, target: renamed.get(e.target) ?? e.target });
  const touches = (e: DesignEdge) => renamed.has(e.source) || renamed.has(e.target);
  const edgeIds = new Set(now.edges.map((e) => e.id));
  const copies: DesignEdge[] = [];
  const copy = (e: DesignEdge) => {
    const moved = retarget(e);
    const id = uniqueEdgeId(moved.source, moved.target, edgeIds);
    edgeIds.add(id);
    copies.push({ ...moved, id });
  };
  const edges = now.edges.map((e) => {
    if (!touches(e) || lost.edgeIds.has(e.id)) return e;
    const owner = edgeOwner(e.id);
    if (owner === 'shared') copy(e);
    return owner === 'mine' ? retarget(e) : e;
  });
  for (const e of before.edges) if (touches(e) && lost.edgeIds.has(e.id)) copy(e);
  return { ...now, nodes, edges: [...edges, ...copies] };
}

/** Who created the doc's entry for edge `id`, and whether it beat someone else's entry under that id. */
export const edgeOwnerIn = (doc: Y.Doc) => (id: string): EdgeOwner => {
  const item = edgesOf(doc)._map.get(id);
  if (!item || item.id.client !== doc.clientID) return 'theirs';
  for (let rival = item.left; rival; rival = rival.left) if (rival.id.client !== doc.clientID) return 'shared';
  return 'mine';
};
