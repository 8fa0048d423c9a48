import * as Y from 'yjs';
import type { Design, DesignComment, DesignEdge, DesignNode } from '../document';
import type { LostCreations } from './races';
import { CURRENT_VERSION, FORMAT } from '../document';
import { COMMENT_FIELDS, EDGE_FIELDS, META_FIELDS, NODE_FIELDS, ORDER, commentsOf, edgesOf, metaOf, nodesOf } from './layout';

type Json = Record<string, unknown>;

function readFields(map: Y.Map<unknown>, fields: readonly string[], into: Json): Json {
  for (const f of fields) {
    const v = map.get(f);
    if (v !== undefined) into[f] = v;
  }
  return into;
}

/** One node or edge entry as plain JSON, tolerant of whatever a peer wrote (validation judges it). */
function entryJson(id: string, entry: unknown, fields: readonly string[], withProps: boolean): Json {
  if (!(entry instanceof Y.Map)) return { id, invalid: entry };
  const json = readFields(entry, fields, { id });
  if (withProps) {
    const props = entry.get('props');
    json.props = props instanceof Y.Map ? props.toJSON() : props;
  }
  return json;
}

const orderOf = (entry: unknown) => {
  const o = entry instanceof Y.Map ? entry.get(ORDER) : undefined;
  return typeof o === 'number' ? o : Infinity;
};

/** Ids of a collection in design order: by sort key, ties (concurrent appends) by id. */
export function orderedIds(ymap: Y.Map<unknown>): string[] {
  const keyed = [...ymap.entries()].map(([id, entry]) => ({ id, o: orderOf(entry) }));
  keyed.sort((a, b) => a.o - b.o || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return keyed.map((k) => k.id);
}

export function readNode(doc: Y.Doc, id: string): DesignNode {
  return entryJson(id, nodesOf(doc).get(id), NODE_FIELDS, true) as unknown as DesignNode;
}

export function readEdge(doc: Y.Doc, id: string): DesignEdge {
  return entryJson(id, edgesOf(doc).get(id), EDGE_FIELDS, false) as unknown as DesignEdge;
}

export function readComment(doc: Y.Doc, id: string): DesignComment {
  const entry = commentsOf(doc).get(id);
  const json = entryJson(id, entry, COMMENT_FIELDS, false);
  if (entry instanceof Y.Map) {
    const replies = entry.get('replies');
    json.replies = replies instanceof Y.Array ? replies.toArray() : replies;
  }
  return json as unknown as DesignComment;
}

/**
 * The comments, in design order; undefined when there are none (the design then has no `comments`
 * field). An entry that is not a map at all is left out here (validation reports it): screens that
 * list comments need at least a thread to show.
 */
export function readComments(doc: Y.Doc): DesignComment[] | undefined {
  const comments = commentsOf(doc);
  const ids = orderedIds(comments).filter((id) => comments.get(id) instanceof Y.Map);
  return ids.length ? ids.map((id) => readComment(doc, id)) : undefined;
}

const withComments = (design: Json, comments: DesignComment[] | undefined): Design => {
  if (comments) design.comments = comments;
  else delete design.comments;
  return design as Design;
};

function readMeta(doc: Y.Doc): Json {
  const meta = readFields(metaOf(doc), META_FIELDS, {});
  return { ...meta, format: meta.format ?? FORMAT, version: meta.version ?? CURRENT_VERSION };
}

/** The design the doc holds, in the same shape the reader produces (lossless for a design written by designToYDoc). */
export function yDocToDesign(doc: Y.Doc): Design {
  const nodes = nodesOf(doc);
  const edges = edgesOf(doc);
  const design = {
    ...readMeta(doc),
    nodes: orderedIds(nodes).map((id) => readNode(doc, id)),
    edges: orderedIds(edges).map((id) => readEdge(doc, id)),
  };
  return withComments(design, readComments(doc));
}

export interface DocChanges {
  nodeIds: ReadonlySet<string>;
  edgeIds: ReadonlySet<string>;
  /**
   * False when the transaction only edited nodes (or edges) in place: none added, removed or moved
   * in the order. patchDesign then re-reads the changed ones where they are, without sorting the
   * whole collection. Undefined means not known (treated as reordered).
   */
  nodesReordered?: boolean;
  edgesReordered?: boolean;
  meta: boolean;
  /** A comment or reply was added, changed or removed. */
  comments: boolean;
  /** This client's nodes and edges that another client's creation under the same id replaced (races.ts); absent when none. */
  lost?: LostCreations;
}

function patchList<T extends { id: string }>(prev: readonly T[], ymap: Y.Map<unknown>, changed: ReadonlySet<string>, reordered: boolean | undefined, read: (id: string) => T): T[] {
  if (reordered === false && ymap.size === prev.length) return prev.map((i) => (changed.has(i.id) ? read(i.id) : i));
  const old = new Map(prev.map((i) => [i.id, i]));
  return orderedIds(ymap).map((id) => (changed.has(id) || !old.has(id) ? read(id) : old.get(id)!));
}

/**
 * `prev` updated with what a transaction changed: untouched nodes and edges keep their identity, so
 * the store, the canvas and lint see a small change.
 */
export function patchDesign(prev: Design, doc: Y.Doc, changes: DocChanges): Design {
  let next: Design = prev;
  if (changes.meta) {
    next = withComments({ ...readMeta(doc), nodes: prev.nodes, edges: prev.edges }, prev.comments);
  }
  if (changes.nodeIds.size) next = { ...next, nodes: patchList(prev.nodes, nodesOf(doc), changes.nodeIds, changes.nodesReordered, (id) => readNode(doc, id)) };
  if (changes.edgeIds.size) next = { ...next, edges: patchList(prev.edges, edgesOf(doc), changes.edgeIds, changes.edgesReordered, (id) => readEdge(doc, id)) };
  // Comments are few and small: a change reads them all again.
  if (changes.comments) next = withComments({ ...next }, readComments(doc));
  return next;
}
