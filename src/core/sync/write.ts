import * as Y from 'yjs';
import type { CommentReply, Design, DesignComment, DesignEdge, DesignNode } from '../document';
import { COMMENT_FIELDS, EDGE_FIELDS, META_FIELDS, NODE_FIELDS, ORDER, commentsOf, edgesOf, metaOf, nodesOf, sameValue } from './layout';

type Item = DesignNode | DesignEdge | DesignComment;

function setField(map: Y.Map<unknown>, key: string, value: unknown) {
  if (value === undefined) {
    if (map.has(key)) map.delete(key);
  } else if (!sameValue(map.get(key), value)) map.set(key, value);
}

function writeProps(map: Y.Map<unknown>, props: DesignNode['props']) {
  let yprops = map.get('props');
  if (!(yprops instanceof Y.Map)) {
    yprops = new Y.Map<unknown>();
    map.set('props', yprops);
  }
  const target = yprops as Y.Map<unknown>;
  for (const key of [...target.keys()]) if (!(key in props)) target.delete(key);
  for (const [key, value] of Object.entries(props)) setField(target, key, value);
}

/**
 * Brings a comment's thread to `replies` by reply id: new replies are appended and gone ones removed,
 * never rewritten wholesale, so a reply someone else appended at the same moment survives.
 */
function writeReplies(map: Y.Map<unknown>, replies: readonly CommentReply[]) {
  let yreplies = map.get('replies');
  if (!(yreplies instanceof Y.Array)) {
    yreplies = new Y.Array<unknown>();
    map.set('replies', yreplies);
  }
  const target = yreplies as Y.Array<unknown>;
  const wanted = new Map(replies.map((r) => [r.id, r]));
  const present = target.toArray();
  for (let i = present.length - 1; i >= 0; i--) {
    const id = (present[i] as CommentReply | null)?.id;
    const want = wanted.get(id as string);
    if (!want) target.delete(i, 1);
    else if (!sameValue(present[i], want)) {
      target.delete(i, 1);
      target.insert(i, [want]);
    }
  }
  const have = new Set(present.map((r) => (r as CommentReply | null)?.id));
  const added = replies.filter((r) => !have.has(r.id));
  if (added.length) target.push(added);
}

function writeItem(map: Y.Map<unknown>, item: Item, fields: readonly string[]) {
  const record = item as unknown as Record<string, unknown>;
  for (const f of fields) setField(map, f, record[f]);
  if ('props' in item) writeProps(map, item.props);
  if ('replies' in item) writeReplies(map, item.replies);
}

/**
 * Writes the items of `next` into `ymap` (nodes or edges), skipping the ones that are the same object
 * as in `prev` (the store never mutates, so identity means unchanged), and keeps the order with the
 * `o` sort keys: an item keeps its key while it is already after its predecessor, so appending a card
 * writes one key, not one per card.
 */
function writeCollection(ymap: Y.Map<unknown>, prev: readonly Item[] | undefined, next: readonly Item[], fields: readonly string[]) {
  const before = new Map(prev?.map((i) => [i.id, i]));
  const keep = new Set(next.map((i) => i.id));
  for (const id of [...ymap.keys()]) if (!keep.has(id)) ymap.delete(id);
  let last = -Infinity;
  for (const item of next) {
    let entry = ymap.get(item.id);
    if (!(entry instanceof Y.Map)) {
      entry = new Y.Map<unknown>();
      ymap.set(item.id, entry);
    }
    const map = entry as Y.Map<unknown>;
    // Every entry written here has a sort key; one without (just created, or an empty map from a
    // peer) is written in full. Not `map.size`: Y.Map counts its entries by walking them, per card.
    if (before.get(item.id) !== item || map.get(ORDER) === undefined) writeItem(map, item, fields);
    const order = map.get(ORDER);
    if (typeof order === 'number' && order > last) last = order;
    else {
      last = Number.isFinite(last) ? last + 1 : 0;
      map.set(ORDER, last);
    }
  }
}

function writeMeta(doc: Y.Doc, design: Design) {
  const meta = metaOf(doc);
  const record = design as unknown as Record<string, unknown>;
  for (const f of META_FIELDS) setField(meta, f, record[f]);
}

/**
 * Brings the doc to `next` in one transaction, writing only what differs. `prev` is the design the
 * caller last saw in the doc; items identical to it are skipped without being read.
 */
export function applyDesignToDoc(doc: Y.Doc, prev: Design | undefined, next: Design, origin: unknown): void {
  if (prev === next) return;
  doc.transact(() => {
    writeMeta(doc, next);
    if (prev?.nodes !== next.nodes) writeCollection(nodesOf(doc), prev?.nodes, next.nodes, NODE_FIELDS);
    if (prev?.edges !== next.edges) writeCollection(edgesOf(doc), prev?.edges, next.edges, EDGE_FIELDS);
    if (prev?.comments !== next.comments) writeCollection(commentsOf(doc), prev?.comments, next.comments ?? [], COMMENT_FIELDS);
  }, origin);
}

/** Fills a doc with a design (used to seed a room or a tab's first copy). */
export function designToYDoc(design: Design, doc: Y.Doc = new Y.Doc(), origin: unknown = null): Y.Doc {
  applyDesignToDoc(doc, undefined, design, origin);
  return doc;
}
