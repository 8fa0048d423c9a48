import * as Y from 'yjs';
import type { Design } from '../core/document';
import { REQUIREMENTS, requirementsIssues, SESSION } from '../core/interview/room';
import { COMMENTS, EDGES, META, NODES, validateDesignDoc, type DocIssue } from '../core/sync';
import { designIssuesById } from '../core/sync/validate';
import { readComment, readEdge, readNode } from '../core/sync/read';

export type CheckResult = { ok: true; changed: boolean } | { ok: false; malformed: boolean; issues: DocIssue[] };

interface Touched {
  nodes: Set<string>;
  edges: Set<string>;
  meta: Set<string>;
  comments: Set<string>;
  stray: Set<string>;
}

/** Why the sender may not touch these roots of the doc (its state before the update), or undefined. */
export type Judge = (before: Y.Doc, touched: ReadonlySet<string>) => string | undefined;

// An interview room keeps its session and requirements card next to the design (core/interview/room.ts).
const EXTRA_ROOTS = new Set([SESSION, REQUIREMENTS]);

const key = (issue: DocIssue) => `${issue.path}\u0000${issue.message}`;

/**
 * Judges a client's update before the room sees it. Yjs cannot take an update back, so it is first applied
 * to a shadow copy of the room's document; the room gets it only when the shadow still holds a valid
 * design. Only what the update touched is read again (a card edit in a 500-node room checks one card and
 * its edges, not the room), with the same reader that checks files.
 */
export class RoomCheck {
  private shadow = new Y.Doc();
  private known = new Set<string>();
  /** The last update check() accepted: the shadow holds it. */
  private accepted: Uint8Array | undefined;
  /** Set while the room takes an update the shadow already holds (commit): following it would apply it twice. */
  private committing: object | undefined;
  private readonly follow = (update: Uint8Array, origin: unknown) => {
    if (origin !== undefined && origin === this.committing) return;
    Y.applyUpdate(this.shadow, update);
  };
  /** Where the shadow's transactions are collected during check(); undefined while it only follows the room. */
  private touched: (Touched & { changed: boolean }) | undefined;
  private readonly collectTouched = (tx: Y.Transaction) => {
    if (!this.touched) return;
    // Yjs' own test for an update worth emitting (cleanupTransactions), without encoding that update again.
    if (tx.deleteSet.clients.size > 0 || [...tx.afterState].some(([client, clock]) => tx.beforeState.get(client) !== clock)) this.touched.changed = true;
    this.collect(tx, this.touched);
  };

  constructor(private readonly room: Y.Doc) {
    this.rebuild();
    room.on('update', this.follow);
  }

  /** Applies an update to the room under `origin`; the shadow is spared applying it again when check() just accepted it. */
  commit(update: Uint8Array, origin: object): void {
    this.committing = update === this.accepted ? origin : undefined;
    this.accepted = undefined;
    try {
      Y.applyUpdate(this.room, update, origin);
    } finally {
      this.committing = undefined;
    }
  }

  check(update: Uint8Array, judge?: Judge): CheckResult {
    const touched = { nodes: new Set<string>(), edges: new Set<string>(), meta: new Set<string>(), comments: new Set<string>(), stray: new Set<string>(), changed: false };
    this.touched = touched;
    this.accepted = undefined;
    try {
      Y.applyUpdate(this.shadow, update);
    } catch {
      this.rebuild();
      return { ok: false, malformed: true, issues: [{ path: '', message: 'the update could not be decoded', severity: 'error' }] };
    } finally {
      this.touched = undefined;
    }
    if (!touched.changed) return { ok: true, changed: false };
    const roots = new Set([...touched.stray, ...(touched.nodes.size ? [NODES] : []), ...(touched.edges.size ? [EDGES] : []), ...(touched.meta.size ? [META] : []), ...(touched.comments.size ? [COMMENTS] : [])]);
    const refusal = judge?.(this.room, roots);
    if (refusal) {
      this.rebuild();
      return { ok: false, malformed: false, issues: [...roots].map((path) => ({ path, message: refusal, severity: 'error' as const })) };
    }
    const requirements = touched.stray.has(REQUIREMENTS) ? requirementsIssues(this.shadow) : [];
    for (const root of EXTRA_ROOTS) touched.stray.delete(root);
    const issues: DocIssue[] = [
      ...[...touched.stray].map((name) => ({ path: name, message: 'not part of a design document', severity: 'error' as const })),
      ...requirements.map((i) => ({ ...i, severity: 'error' as const })),
    ];
    // The walkthrough names nodes, so a change to it (rare) is checked against the whole design.
    if (touched.meta.has('walkthrough')) issues.push(...validateDesignDoc(this.shadow).filter((i) => !this.known.has(key(i))));
    else issues.push(...this.itemIssues(touched));
    if (issues.length) {
      this.rebuild();
      return { ok: false, malformed: false, issues };
    }
    this.accepted = update;
    return { ok: true, changed: true };
  }

  destroy(): void {
    this.room.off('update', this.follow);
    this.shadow.destroy();
  }

  /** Which nodes, edges and comments a transaction changed, however deep (a prop of a node counts as the node). */
  private collect(tx: Y.Transaction, touched: Touched): void {
    const nodes: unknown = this.shadow.getMap(NODES);
    const edges: unknown = this.shadow.getMap(EDGES);
    const meta: unknown = this.shadow.getMap(META);
    const comments: unknown = this.shadow.getMap(COMMENTS);
    const itemsOf = (type: unknown) => (type === nodes ? touched.nodes : type === edges ? touched.edges : type === comments ? touched.comments : undefined);
    for (const [type, keys] of tx.changed as Map<unknown, Set<string | null>>) {
      if (type === meta) {
        for (const k of keys) if (k !== null) touched.meta.add(k);
        continue;
      }
      const items = itemsOf(type);
      if (items) {
        for (const k of keys) if (k !== null) items.add(k);
        continue;
      }
      let child = type as Y.AbstractType<unknown>;
      for (;;) {
        const parent = child._item?.parent as Y.AbstractType<unknown> | undefined;
        if (!parent) {
          if (child === meta) touched.meta.add('walkthrough');
          else if (!itemsOf(child)) touched.stray.add([...this.shadow.share].find(([, t]) => t === child)?.[0] ?? '(unnamed)');
          break;
        }
        const parentItems = itemsOf(parent);
        if (parentItems) {
          parentItems.add(child._item!.parentSub ?? '');
          break;
        }
        child = parent;
      }
    }
  }

  /** Problems of the touched nodes and edges, as the file reader reports them, named by id. */
  private itemIssues(touched: Touched): DocIssue[] {
    const nodes = this.shadow.getMap(NODES);
    const edges = this.shadow.getMap(EDGES);
    const edgeIds = new Set([...touched.edges].filter((id) => edges.has(id)));
    const gone = [...touched.nodes].filter((id) => !nodes.has(id));
    if (gone.length) {
      const goneSet = new Set(gone);
      for (const [id, entry] of edges) {
        if (entry instanceof Y.Map && (goneSet.has(entry.get('source') as string) || goneSet.has(entry.get('target') as string))) edgeIds.add(id);
      }
    }
    const nodeIds = new Set([...touched.nodes].filter((id) => nodes.has(id)));
    const context = new Set<string>();
    const edgeList = [...edgeIds].map((id) => readEdge(this.shadow, id));
    for (const e of edgeList) for (const end of [e.source, e.target]) if (typeof end === 'string' && nodes.has(end) && !nodeIds.has(end)) context.add(end);
    const nodeList = [...nodeIds, ...context].map((id) => readNode(this.shadow, id));
    const comments = this.shadow.getMap(COMMENTS);
    const commentList = [...touched.comments].filter((id) => comments.has(id)).map((id) => readComment(this.shadow, id));
    if (!nodeList.length && !edgeList.length && !commentList.length && !touched.meta.size) return [];
    const meta = this.shadow.getMap(META);
    const metaFields = Object.fromEntries([...touched.meta].filter((k) => meta.has(k)).map((k) => [k, meta.get(k)]));
    const design = {
      ...metaFields,
      format: meta.get('format') ?? 'mlsd-studio/design',
      version: meta.get('version') ?? 1,
      nodes: nodeList,
      edges: edgeList,
      ...(commentList.length && { comments: commentList }),
    } as Design;
    return designIssuesById(design);
  }

  private rebuild(): void {
    this.shadow.destroy();
    this.shadow = new Y.Doc();
    this.shadow.on('afterTransaction', this.collectTouched);
    Y.applyUpdate(this.shadow, Y.encodeStateAsUpdate(this.room));
    this.known = new Set(validateDesignDoc(this.shadow).map(key));
  }
}
