import { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';
import { TabChannel } from './tabChannel';

/**
 * A stored design is a Y.Doc kept in IndexedDB (y-indexeddb, one database per design) and shared with
 * the other tabs of this browser (TabChannel). A live room attaches one more provider to the same doc,
 * so tabs and rooms are one mechanism and a room design is also a local design.
 */
export interface StoredDoc {
  id: string;
  doc: Y.Doc;
  /** Resolves once the doc holds what IndexedDB had. */
  loaded: Promise<void>;
  close(): void;
}

const LOAD_TIMEOUT_MS = 10_000;

export const designDbName = (id: string) => `mlsd-design:${id}`;

export function openStoredDoc(name: string, id = name): StoredDoc {
  const doc = new Y.Doc();
  const persistence = typeof indexedDB === 'undefined' ? undefined : new IndexeddbPersistence(name, doc);
  const tabs = typeof BroadcastChannel === 'undefined' ? undefined : new TabChannel(name, doc);
  const loaded = persistence
    ? Promise.race([
        persistence.whenSynced.then(() => undefined),
        // y-indexeddb reports no errors: a database that never opens would otherwise hang the start.
        new Promise<void>((_, reject) => setTimeout(() => reject(new Error('local storage (IndexedDB) did not answer')), LOAD_TIMEOUT_MS)),
      ])
    : Promise.reject(new Error('this browser offers no IndexedDB'));
  return {
    id,
    doc,
    loaded,
    close() {
      tabs?.destroy();
      void persistence?.destroy();
      doc.destroy();
    },
  };
}

export const openDesignDoc = (id: string) => openStoredDoc(designDbName(id), id);

/** Removes a design's stored doc for good (after its entry left the designs index). */
export function eraseDesignDoc(id: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(designDbName(id));
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
    // Another tab still has it open: the deletion completes when that tab closes it.
    request.onblocked = () => resolve();
  });
}
