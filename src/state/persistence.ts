import { createStore, del, get, set } from 'idb-keyval';
import type { Design } from '../core/document';
import type { DesignMeta } from './store';

/**
 * Local persistence in IndexedDB. Nothing leaves the browser. Every function throws a
 * `StorageError` with a message a user can act on, so the app can say why a save failed.
 */

export class StorageError extends Error {}

interface Index {
  designs: DesignMeta[];
  currentId?: string;
}

let store: ReturnType<typeof createStore> | undefined;

function db() {
  if (typeof indexedDB === 'undefined') throw new StorageError('This browser offers no IndexedDB, so designs cannot be saved locally. Save your work as a JSON file.');
  store ??= createStore('mlsd-studio', 'designs');
  return store;
}

function explain(e: unknown): StorageError {
  if (e instanceof StorageError) return e;
  const name = (e as { name?: string })?.name;
  if (name === 'QuotaExceededError') return new StorageError('Local storage is full: the last change was not saved. Free space (delete old designs) or save the design as a JSON file.');
  return new StorageError(`Local storage failed (${(e as Error)?.message ?? String(e)}); save the design as a JSON file to keep it.`);
}

async function guard<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    throw explain(e);
  }
}

export const loadIndex = () => guard(async () => ((await get<Index>('index', db())) ?? { designs: [] }) as Index);

export const saveIndex = (index: Index) => guard(() => set('index', index, db()));

export const loadDesign = (id: string) => guard(() => get<Design>(`design:${id}`, db()));

export const saveDesign = (id: string, design: Design) => guard(() => set(`design:${id}`, design, db()));

export const deleteDesign = (id: string) => guard(() => del(`design:${id}`, db()));
