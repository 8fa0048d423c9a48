import * as Y from 'yjs';
import type { Design } from '../document';
import { META, NODES } from './layout';
import { yDocToDesign } from './read';

/**
 * The design a stored list of Yjs updates holds (y-indexeddb keeps one database of updates per
 * design), or undefined when the updates are not a design's document (the designs index, say)
 * or cannot be applied. Recovery reads storage raw, so this never throws.
 */
export function designOfUpdates(updates: readonly unknown[]): Design | undefined {
  const bytes = updates.filter((u): u is Uint8Array => u instanceof Uint8Array);
  if (!bytes.length) return undefined;
  const doc = new Y.Doc();
  try {
    for (const update of bytes) Y.applyUpdate(doc, update);
    if (!doc.share.has(NODES) && !doc.share.has(META)) return undefined;
    return yDocToDesign(doc);
  } catch {
    return undefined;
  } finally {
    doc.destroy();
  }
}
