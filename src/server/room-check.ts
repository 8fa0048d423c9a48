import * as Y from 'yjs';
import { EDGES, META, NODES, validateDesignDoc, type DocIssue } from '../core/sync';

const ROOTS = new Set([NODES, EDGES, META]);

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

  check(update: Uint8Array): CheckResult {
    let changed = false;
    const mark = () => {
      changed = true;
    };
    this.shadow.on('update', mark);
    try {
      Y.applyUpdate(this.shadow, update);
    } catch {
      this.rebuild();
      return { ok: false, malformed: true, issues: [{ path: '', message: 'the update could not be decoded', severity: 'error' }] };
    } finally {
      this.shadow.off('update', mark);
    }
    if (!changed) return { ok: true, changed: false };
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
