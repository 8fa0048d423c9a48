import * as Y from 'yjs';

/**
 * The Y.Doc layout of a design (the sync format; files stay format 1):
 * - `nodes`: Y.Map id -> Y.Map { kind, label?, position?, props: Y.Map name -> value, notes?, pinned?, extra?, o }
 * - `edges`: Y.Map id -> Y.Map { source, target, flow, label?, extra?, o }
 * - `meta`:  Y.Map { format, version, title?, description?, settings?, lint?, walkthrough?, extra? }
 * - `comments`: Y.Map id -> Y.Map { target, author, text, at, resolved, extra?, replies: Y.Array of reply JSON, o }
 * Nodes and edges are keyed by id so two people editing different cards never conflict, and props are
 * a nested map so two people editing two props of one card both win. Comments are keyed by id and
 * their replies are a Y.Array, so two people commenting or replying at once both land, and resolving is
 * one field. `o` is a sort key that keeps
 * the design's node, edge and comment order (z-order, lint output order) without a shared array.
 */
export const NODES = 'nodes';
export const EDGES = 'edges';
export const META = 'meta';
export const COMMENTS = 'comments';
export const ORDER = 'o';

/** Node fields stored as plain values (props and order are handled apart). */
export const NODE_FIELDS = ['kind', 'label', 'position', 'notes', 'pinned', 'extra'] as const;
export const EDGE_FIELDS = ['source', 'target', 'flow', 'label', 'extra'] as const;
export const COMMENT_FIELDS = ['target', 'author', 'text', 'at', 'resolved', 'extra'] as const;
export const META_FIELDS = ['format', 'version', 'title', 'description', 'settings', 'lint', 'walkthrough', 'extra'] as const;

export const nodesOf = (doc: Y.Doc) => doc.getMap<unknown>(NODES);
export const edgesOf = (doc: Y.Doc) => doc.getMap<unknown>(EDGES);
export const metaOf = (doc: Y.Doc) => doc.getMap<unknown>(META);
export const commentsOf = (doc: Y.Doc) => doc.getMap<unknown>(COMMENTS);

/** Values in the doc are immutable JSON; equal content means no write (and no sync traffic). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  return JSON.stringify(a) === JSON.stringify(b);
}
