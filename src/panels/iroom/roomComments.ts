import type * as Y from 'yjs';
import type { Design } from '../../core/document';
import { type CommentReply, type DesignComment, readComments } from '../../core/interview/roomComments';

const text = (v: unknown) => (typeof v === 'string' ? v : '');

function targetOf(design: Design, raw: unknown): DesignComment['on'] | undefined {
  if (typeof raw === 'object' && raw !== null) {
    const t = raw as { node?: unknown; edge?: unknown };
    if (typeof t.node === 'string') return { node: t.node };
    if (typeof t.edge === 'string') return { edge: t.edge };
  }
  if (typeof raw !== 'string') return undefined;
  return design.edges.some((e) => e.id === raw) ? { edge: raw } : { node: raw };
}

/**
 * The comments of the reviewed design. A design that carries a `comments` field (format 1, optional)
 * is read from it, tolerating any shape; otherwise they come from the room's doc. Entries that name
 * no target or text are left out rather than shown half.
 */
export function reviewComments(design: Design, doc: Y.Doc | undefined): DesignComment[] {
  const field = (design as { comments?: unknown }).comments;
  if (!Array.isArray(field)) return doc ? readComments(doc) : [];
  const out: DesignComment[] = [];
  for (const raw of field) {
    if (typeof raw !== 'object' || raw === null) continue;
    const c = raw as Record<string, unknown>;
    const on = targetOf(design, c.target ?? c.on);
    if (!on || !text(c.text)) continue;
    const replies: CommentReply[] = (Array.isArray(c.replies) ? c.replies : [])
      .filter((r): r is Record<string, unknown> => typeof r === 'object' && r !== null && !!text((r as { text?: unknown }).text))
      .map((r) => ({ author: text(r.author), text: text(r.text), at: typeof r.at === 'number' ? r.at : 0 }));
    out.push({ id: text(c.id) || `comment-${out.length + 1}`, on, author: text(c.author), text: text(c.text), at: typeof c.at === 'number' ? c.at : 0, resolved: c.resolved === true, replies });
  }
  return out;
}
