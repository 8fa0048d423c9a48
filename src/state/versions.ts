import { create } from 'zustand';
import { type Design, restore, toJson } from '../core/document';
import { notify } from './notify';
import { useEditor } from './store';
import { indexedDbBackend, type VersionBackend } from './versionStore';

/**
 * Version history of each design: kept automatically (on open, a few minutes into editing, before
 * a quick fix, a tidy-up, opening a file or a restore) and by hand with a name. A version is a
 * snapshot of the editor's design, whatever persists the open design.
 */

export interface VersionMeta {
  key: string;
  designId: string;
  at: number;
  /** Set for versions saved by hand; they are never pruned. */
  name?: string;
  /** Why an automatic version was taken ("opened", "before tidy up"…). */
  reason: string;
  /** Bytes of the stored design JSON. */
  size: number;
  nodes: number;
  edges: number;
}

interface StoredVersion extends VersionMeta {
  design: Record<string, unknown>;
}

/** Automatic versions kept per design; named ones are kept on top of these. */
export const KEEP_AUTOMATIC = 50;
/** Editing this long after the last version takes another. */
export const AUTO_SNAPSHOT_MS = 3 * 60_000;

interface VersionsState {
  designId: string;
  list: VersionMeta[];
  /** Whether the browser promised not to evict this site's storage (undefined: not asked or unknown). */
  persisted?: boolean;
  usage?: { used: number; quota: number };
}

export const useVersions = create<VersionsState>()(() => ({ designId: '', list: [] }));

let backend: VersionBackend = indexedDbBackend;

/** Tests swap in a store that fails the way a full disk does. */
export function setVersionBackend(b: VersionBackend): void {
  backend = b;
}

const keyOf = (designId: string, at: number) => `v:${designId}:${String(at).padStart(15, '0')}`;
const prefixOf = (designId: string) => `v:${designId}:`;

const isQuota = (e: unknown) => (e as { name?: string })?.name === 'QuotaExceededError';

async function storedVersions(designId: string): Promise<StoredVersion[]> {
  const ks = (await backend.keys()).filter((k) => k.startsWith(prefixOf(designId))).sort();
  const values = await backend.getMany(ks);
  return values.filter((v): v is StoredVersion => !!v && typeof v === 'object' && 'design' in v).sort((a, b) => b.at - a.at);
}

const metaOf = ({ design: _design, ...meta }: StoredVersion): VersionMeta => meta;

/** Reads the open design's versions into `useVersions`, newest first. */
export async function refreshVersions(): Promise<void> {
  const designId = useEditor.getState().designId;
  try {
    const list = (await storedVersions(designId)).map(metaOf);
    if (useEditor.getState().designId === designId) useVersions.setState({ designId, list });
  } catch (e) {
    notify(`Version history could not be read (${(e as Error).message}).`, 'error');
  }
}

let lastAt = 0;
let lastJson = '';

async function take(reason: string, name?: string): Promise<boolean> {
  const { design, designId } = useEditor.getState();
  if (!designId) return false;
  const json = toJson(design);
  const text = JSON.stringify(json);
  // An automatic version identical to the previous one would only push older ones out.
  if (!name && text === lastJson) return true;
  const at = Math.max(Date.now(), lastAt + 1);
  const version: StoredVersion = { key: keyOf(designId, at), designId, at, reason, size: new TextEncoder().encode(text).length, nodes: design.nodes.length, edges: design.edges.length, design: json, ...(name ? { name } : {}) };
  try {
    await backend.put(version.key, version);
  } catch (e) {
    // The design itself stays open and keeps being saved on its own: only the version is lost.
    notify(
      isQuota(e)
        ? 'Local storage is full: this version was not kept. Your design is unchanged; delete old designs or save it as a JSON file to free space.'
        : `This version was not kept (${(e as Error).message}). Your design is unchanged.`,
      'error',
    );
    return false;
  }
  lastAt = at;
  lastJson = text;
  await prune(designId);
  await refreshVersions();
  void refreshUsage();
  return true;
}

async function prune(designId: string): Promise<void> {
  const automatic = (await storedVersions(designId)).filter((v) => !v.name);
  for (const old of automatic.slice(KEEP_AUTOMATIC)) await backend.del(old.key).catch(() => undefined);
}

/** Keeps a version of the open design before a change the user may want to take back wholesale. */
export function snapshotBefore(reason: string): Promise<boolean> {
  return take(`before ${reason}`);
}

/** "Save version": a named version, kept until deleted. */
export function saveVersion(name: string): Promise<boolean> {
  return take('saved by hand', name.trim() || new Date().toLocaleString());
}

export async function readVersion(key: string): Promise<Design | undefined> {
  const v = (await backend.get(key)) as StoredVersion | undefined;
  if (!v) return undefined;
  const result = restore(v.design);
  return result.ok ? result.design : undefined;
}

/** Puts a version back on the canvas as one undo step, keeping the current design as a version first. */
export async function restoreVersion(key: string): Promise<boolean> {
  const design = await readVersion(key);
  if (!design) {
    notify('That version could not be read.', 'error');
    return false;
  }
  await snapshotBefore('restore');
  useEditor.getState().commit(() => design);
  notify('Version restored. Undo (Ctrl+Z) takes it back.');
  return true;
}

export async function deleteVersion(key: string): Promise<void> {
  await backend.del(key).catch((e) => notify(`The version was not deleted (${(e as Error).message}).`, 'error'));
  await refreshVersions();
}

/** Asks the browser not to evict this site's data under storage pressure; the answer is shown. */
export async function askPersistentStorage(): Promise<void> {
  const storage = typeof navigator !== 'undefined' ? navigator.storage : undefined;
  if (!storage?.persist) return;
  try {
    const persisted = (await storage.persisted?.()) || (await storage.persist());
    useVersions.setState({ persisted });
  } catch {
    useVersions.setState({ persisted: false });
  }
}

export async function refreshUsage(): Promise<void> {
  const storage = typeof navigator !== 'undefined' ? navigator.storage : undefined;
  const estimate = await storage?.estimate?.().catch(() => undefined);
  if (estimate) useVersions.setState({ usage: { used: estimate.usage ?? 0, quota: estimate.quota ?? 0 } });
}

/** Takes versions automatically: when a design is opened, and a few minutes into editing it. */
export function startVersioning(): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const opened = () => {
    clearTimeout(timer);
    timer = undefined;
    lastJson = '';
    void take('opened');
  };
  if (useEditor.getState().designId) opened();
  const unsubscribe = useEditor.subscribe((s, prev) => {
    if (s.designId !== prev.designId) {
      if (s.designId) opened();
      return;
    }
    if (s.contentRev === prev.contentRev || timer) return;
    timer = setTimeout(() => {
      timer = undefined;
      void take('editing');
    }, AUTO_SNAPSHOT_MS);
  });
  void askPersistentStorage();
  return () => {
    clearTimeout(timer);
    unsubscribe();
  };
}
