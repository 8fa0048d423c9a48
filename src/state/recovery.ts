import { type RecoveredItem, recoverValue, zipPaths } from '../core/history';

/**
 * Reads every IndexedDB database and localStorage entry this origin holds, with the browser's raw
 * APIs rather than the app's stores, so a damaged index or a changed storage layout hides nothing.
 */

export interface RecoveryScan {
  items: RecoveredItem[];
  /** Databases or stores that could not be read, each with the reason. */
  problems: string[];
}

const request = <T>(r: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });

function openExisting(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(name);
    // Opening without a version never upgrades an existing database; a name that vanished meanwhile would be created empty: abort that.
    open.onupgradeneeded = () => open.transaction?.abort();
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
}

async function scanDatabase(name: string, items: RecoveredItem[], problems: string[]): Promise<void> {
  const db = await openExisting(name);
  try {
    for (const store of Array.from(db.objectStoreNames)) {
      try {
        const tx = db.transaction(store, 'readonly').objectStore(store);
        const [keys, values] = await Promise.all([request(tx.getAllKeys()), request(tx.getAll())]);
        keys.forEach((key, i) => {
          const found = recoverValue({ source: `IndexedDB ${name} › ${store}`, key: String(key) }, values[i]);
          if (found) items.push(found);
        });
      } catch (e) {
        problems.push(`IndexedDB ${name} › ${store}: ${(e as Error).message}`);
      }
    }
  } finally {
    db.close();
  }
}

export async function scanLocalStorage(): Promise<RecoveryScan> {
  const items: RecoveredItem[] = [];
  const problems: string[] = [];
  if (typeof indexedDB === 'undefined') problems.push('This browser offers no IndexedDB.');
  else {
    const databases = indexedDB.databases ? await indexedDB.databases() : [{ name: 'mlsd-studio' }, { name: 'mlsd-studio-versions' }];
    for (const { name } of databases) {
      if (!name) continue;
      await scanDatabase(name, items, problems).catch((e: Error) => problems.push(`IndexedDB ${name}: ${e?.message ?? String(e)}`));
    }
  }
  try {
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      if (!key) continue;
      const found = recoverValue({ source: 'localStorage', key }, localStorage.getItem(key));
      if (found) items.push(found);
    }
  } catch (e) {
    problems.push(`localStorage: ${(e as Error).message}`);
  }
  const order = { design: 0, 'unsaved edit': 1, version: 2 };
  items.sort((a, b) => order[a.kind] - order[b.kind] || (b.at ?? 0) - (a.at ?? 0) || a.title.localeCompare(b.title));
  return { items, problems };
}

/** Every item as a file in one zip (fflate is loaded only when a zip is asked for). */
export async function recoveryZip(items: readonly RecoveredItem[]): Promise<Blob> {
  const { strToU8, zipSync } = await import('fflate');
  const paths = zipPaths(items);
  const files = Object.fromEntries(items.map((it, i) => [paths[i], strToU8(it.text)]));
  return new Blob([zipSync(files, { level: 6 }) as Uint8Array<ArrayBuffer>], { type: 'application/zip' });
}
