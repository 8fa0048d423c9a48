import * as Y from 'yjs';
import { COMMENTS, SESSION } from '../core/interview/room';
import { EDGES, META, NODES, validateDesignDoc, type DocIssue } from '../core/sync';

// An interview room adds its session and comments next to the design (core/interview/room.ts).
const ROOTS = new Set([NODES, EDGES, META, SESSION, COMMENTS]);

/** Why the sender may not touch these roots of the doc (its state before the update), or undefined. */
export type Judge = (before: Y.Doc, touched: ReadonlySet<string>) => string | undefined;

export type CheckResult = { ok: true; changed: boolean } | { ok: false; malformed: boolean; issues: DocIssue[] };

const key = (issue: DocIssue) => `${issue.path}\u0000${issue.message}`;

/**
 * Judges a client's update before the room sees it. Yjs cannot take an update back, so it is first applied
 * to a shadow copy of the room's document; the room gets it only when the shadow still holds a valid
 * design. Only problems the update would add count: a room that already holds a problem (a concurrent
 * delete left an edge dangling) does not lock everyone out of it.
 */
export class RoomCheck {
  private shadow = new Y.Doc();
  private known = new Set<string>();
  private readonly follow = (update: Uint8Array) => Y.applyUpdate(this.shadow, update);

  constructor(private readonly room: Y.Doc) {
    this.rebuild();
    room.on('update', this.follow);
  }

  check(update: Uint8Array, judge?: Judge): CheckResult {
    let changed = false;
    const touched = new Set<string>();
    const mark = () => {
      changed = true;
    };
    const collect = (tr: Y.Transaction) => {
      for (const type of tr.changed.keys()) touched.add(rootName(this.shadow, type));
    };
    this.shadow.on('update', mark);
    this.shadow.on('afterTransaction', collect);
    try {
      Y.applyUpdate(this.shadow, update);
    } catch {
      this.rebuild();
      return { ok: false, malformed: true, issues: [{ path: '', message: 'the update could not be decoded', severity: 'error' }] };
    } finally {
      this.shadow.off('update', mark);
      this.shadow.off('afterTransaction', collect);
    }
    if (!changed) return { ok: true, changed: false };
    const refusal = judge?.(this.room, touched);
    if (refusal) {
      this.rebuild();
      return { ok: false, malformed: false, issues: [...touched].map((path) => ({ path, message: refusal, severity: 'error' as const })) };
    }
    const issues = this.issues();
    const added = issues.filter((i) => !this.known.has(key(i)));
    if (added.length) {
      this.rebuild();
      return { ok: false, malformed: false, issues: added };
    }
    this.known = new Set(issues.map(key));
    return { ok: true, changed: true };
  }

  destroy(): void {
    this.room.off('update', this.follow);
    this.shadow.destroy();
  }

  private issues(): DocIssue[] {
    const strays = [...this.shadow.share.keys()].filter((name) => !ROOTS.has(name));
    const stray = strays.map((name) => ({ path: name, message: 'not part of a design document', severity: 'error' as const }));
    return [...stray, ...validateDesignDoc(this.shadow)];
  }

  private rebuild(): void {
    this.shadow.destroy();
    this.shadow = new Y.Doc();
    Y.applyUpdate(this.shadow, Y.encodeStateAsUpdate(this.room));
    this.known = new Set(this.issues().map(key));
  }
}

/** The name of the root map a (possibly nested) shared type belongs to. */
function rootName(doc: Y.Doc, type: { _item: Y.Item | null }): string {
  let top: unknown = type;
  for (let item = type._item; item?.parent instanceof Y.AbstractType; item = item.parent._item) top = item.parent;
  for (const [name, root] of doc.share) if (root === top) return name;
  return '';
}
