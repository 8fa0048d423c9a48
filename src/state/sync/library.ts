import { createStore, get as idbGet } from 'idb-keyval';
import * as Y from 'yjs';
import { type Design, restore } from '../../core/document';
import { designToYDoc } from '../../core/sync';
import { type StoredDoc, openDesignDoc, openStoredDoc } from './designDocs';

/**
 * The designs index of this browser as a Y.Doc (a map id -> { title, updatedAt }), stored and shared
 * between tabs like a design, so a design created in one tab is never lost from another tab's menu:
 * two tabs adding designs add two keys, which merge.
 */
export interface DesignEntry {
  id: string;
  title: string;
  updatedAt: number;
  /** The live room this design belongs to, when it was opened from or shared as a room. */
  room?: string;
}

export const LIBRARY_NAME = 'mlsd-library';
const MIGRATED = 'migratedFromKeyval';

export interface Library {
  stored: StoredDoc;
  entries: Y.Map<Omit<DesignEntry, 'id'>>;
  meta: Y.Map<unknown>;
}

export async function openLibrary(): Promise<Library> {
  const stored = openStoredDoc(LIBRARY_NAME);
  await stored.loaded;
  const library = { stored, entries: stored.doc.getMap<Omit<DesignEntry, 'id'>>('designs'), meta: stored.doc.getMap('meta') };
  if (!library.meta.get(MIGRATED)) await migrateKeyval(library);
  return library;
}

/** Newest first, for the designs menu. */
export function listDesigns(library: Library): DesignEntry[] {
  return [...library.entries.entries()].map(([id, e]) => ({ ...e, id })).sort((a, b) => b.updatedAt - a.updatedAt || (a.id < b.id ? -1 : 1));
}

export function putEntry(library: Library, entry: DesignEntry) {
  const { id, ...rest } = entry;
  const old = library.entries.get(id);
  if (old && old.title === rest.title && old.updatedAt === rest.updatedAt && old.room === rest.room) return;
  library.entries.set(id, Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined)) as Omit<DesignEntry, 'id'>);
}

/**
 * Designs saved by earlier versions (idb-keyval: an index and one format-1 JSON per design) become
 * Y.Docs on first start. The old records stay where they are, so nothing is lost if a tab of the old
 * version is still open; a design already in the library is left as it is.
 */
async function migrateKeyval(library: Library) {
  if (typeof indexedDB === 'undefined') return;
  const legacy = createStore('mlsd-studio', 'designs');
  const index = (await idbGet<{ designs?: { id: string; title: string; updatedAt: number }[] }>('index', legacy).catch(() => undefined)) ?? {};
  for (const meta of index.designs ?? []) {
    if (library.entries.has(meta.id)) continue;
    const raw = await idbGet<unknown>(`design:${meta.id}`, legacy).catch(() => undefined);
    const read = raw === undefined ? undefined : restore(raw);
    if (!read?.ok) continue;
    await writeNewDesign(meta.id, read.design);
    putEntry(library, { id: meta.id, title: meta.title, updatedAt: meta.updatedAt });
  }
  library.meta.set(MIGRATED, Date.now());
}

/** Stores a new design's doc (seeded with the design) and waits until IndexedDB holds it. */
export async function writeNewDesign(id: string, design: Design): Promise<void> {
  const stored = openDesignDoc(id);
  try {
    await stored.loaded;
    if (stored.doc.getMap('nodes').size === 0 && stored.doc.getMap('meta').size === 0) designToYDoc(design, stored.doc);
  } finally {
    // y-indexeddb stores each update as it is made; closing after the write keeps it.
    await new Promise((r) => setTimeout(r, 0));
    stored.close();
  }
}
