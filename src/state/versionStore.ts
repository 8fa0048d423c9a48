import { createStore, del, get, getMany, keys, set } from 'idb-keyval';

/**
 * Where versions live: an IndexedDB database of their own, apart from the designs' store, so a
 * version survives whatever happens to the way the open design is saved (and a damaged design
 * index). One key per version, `v:<designId>:<time>`, holding the whole version.
 */
export interface VersionBackend {
  put(key: string, value: unknown): Promise<void>;
  get(key: string): Promise<unknown>;
  getMany(keys: string[]): Promise<unknown[]>;
  del(key: string): Promise<void>;
  keys(): Promise<string[]>;
}

export const VERSIONS_DB = 'mlsd-studio-versions';

let store: ReturnType<typeof createStore> | undefined;
const db = () => (store ??= createStore(VERSIONS_DB, 'versions'));

export const indexedDbBackend: VersionBackend = {
  put: (key, value) => set(key, value, db()),
  get: (key) => get(key, db()),
  getMany: (k) => getMany(k, db()),
  del: (key) => del(key, db()),
  keys: async () => (await keys(db())).map(String),
};
