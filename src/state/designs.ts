import type * as Y from 'yjs';
import { type Design, emptyDesign, titleOf } from '../core/document';
import type { BindOptions } from './sync/binding';
import type { StoredDoc } from './sync/designDocs';
import type { DesignEntry, Library } from './sync/library';
import { notify } from './notify';
import { starterDesign } from './starter';
import { useEditor } from './store';

/**
 * The designs a user keeps in this browser: create, switch, rename, duplicate, delete. Each design is
 * a Y.Doc stored in IndexedDB and shared live with the other tabs (see state/sync), so the same design
 * open in two tabs merges, and every edit is stored as it is made.
 */

const INDEX_MS = 300;
const CURRENT_KEY = 'mlsd-studio:current';
/** IndexedDB writes do not finish while a page unloads: the open doc's state is kept here on pagehide. */
const JOURNAL_KEY = 'mlsd-studio:unsaved-doc';

type Sync = typeof import('./sync/local');
let sync: Sync | undefined;
let loadingSync: Promise<Sync> | undefined;
const loadSync = async () => (sync ??= await (loadingSync ??= import('./sync/local')));

let library: Library | undefined;
let open: { stored: StoredDoc; unbind: () => void; detach?: () => void } | undefined;
let timer: ReturnType<typeof setTimeout> | undefined;

const newId = () => `d-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}`;

function reportStorage(e: unknown) {
  notify(`Local storage failed (${(e as Error)?.message ?? String(e)}); save the design as a JSON file to keep it.`, 'error');
}

function remember(id: string) {
  try {
    localStorage.setItem(CURRENT_KEY, id);
  } catch {
    // Without localStorage the studio opens the newest design next time: nothing is lost.
  }
}

async function lib(): Promise<Library> {
  const { listDesigns, openLibrary } = await loadSync();
  if (!library) {
    library = await openLibrary();
    const publish = () => useEditor.getState().setDesigns(listDesigns(library!));
    library.entries.observe(publish);
    publish();
  }
  return library;
}

/** The open design's entry in the index (title, time), a moment after each edit. */
export async function flush(): Promise<void> {
  clearTimeout(timer);
  timer = undefined;
  const { design, designId } = useEditor.getState();
  if (!designId || !library || !sync) return;
  const old = library.entries.get(designId);
  sync.putEntry(library, { ...old, id: designId, title: titleOf(design), updatedAt: Date.now() });
}

function writeJournal() {
  if (!open || !sync) return;
  try {
    localStorage.setItem(JOURNAL_KEY, JSON.stringify({ id: open.stored.id, update: sync.toBase64(sync.encodeStateAsUpdate(open.stored.doc)) }));
  } catch {
    // Nothing more can be done while the page goes away; what IndexedDB already holds stands.
  }
}

/** A doc state kept at the last unload is merged into the doc (a CRDT merge: replaying it twice is harmless). */
function replayJournal(stored: StoredDoc, { applyUpdate, fromBase64 }: Sync) {
  try {
    const raw = localStorage.getItem(JOURNAL_KEY);
    if (!raw) return;
    const { id, update } = JSON.parse(raw) as { id: string; update: string };
    if (id !== stored.id) return;
    applyUpdate(stored.doc, fromBase64(update), 'journal');
    localStorage.removeItem(JOURNAL_KEY);
  } catch {
    // A damaged journal is dropped: IndexedDB holds everything but the last moment.
  }
}

export function startAutosave(): () => void {
  const unsubscribe = useEditor.subscribe((s, prev) => {
    if (s.rev === prev.rev || s.designId !== prev.designId || s.dragging) return;
    clearTimeout(timer);
    timer = setTimeout(flush, INDEX_MS);
  });
  window.addEventListener('pagehide', writeJournal);
  return () => {
    unsubscribe();
    window.removeEventListener('pagehide', writeJournal);
  };
}

function close() {
  if (!open) return;
  open.detach?.();
  open.unbind();
  open.stored.close();
  open = undefined;
}

/** Opens a stored design in the editor, seeding its doc with `seed` when the doc is new. */
async function openDoc(id: string, seed?: Design): Promise<boolean> {
  const s = await loadSync();
  await flush();
  close();
  const stored = s.openDesignDoc(id);
  try {
    await stored.loaded;
  } catch (e) {
    reportStorage(e);
  }
  replayJournal(stored, s);
  const empty = stored.doc.getMap('nodes').size === 0 && stored.doc.getMap('meta').size === 0;
  if (empty && !seed) {
    stored.close();
    return false;
  }
  if (empty && seed) s.designToYDoc(seed, stored.doc, 'seed');
  useEditor.getState().load(id, s.yDocToDesign(stored.doc));
  open = { stored, unbind: s.bindEditorToDoc(stored.doc) };
  remember(id);
  return true;
}

/**
 * Opens a design whose doc another provider also fills (a live room): `attach` connects the stored doc
 * and resolves once it holds the design; the function it returns disconnects, when this tab closes the
 * design or leaves the room. The local copy stays in this browser either way.
 */
export async function openAttachedDesign(id: string, entry: Omit<DesignEntry, 'id' | 'updatedAt' | 'title'>, attach: (doc: Y.Doc) => Promise<() => void>, binding: BindOptions = {}): Promise<void> {
  const s = await loadSync();
  await flush();
  close();
  const stored = s.openDesignDoc(id);
  let detach: () => void;
  try {
    await stored.loaded.catch(reportStorage);
    replayJournal(stored, s);
    detach = await attach(stored.doc);
  } catch (e) {
    stored.close();
    throw e;
  }
  const design = s.yDocToDesign(stored.doc);
  s.putEntry(await lib(), { ...entry, id, title: titleOf(design), updatedAt: Date.now() });
  useEditor.getState().load(id, design);
  open = { stored, unbind: s.bindEditorToDoc(stored.doc, binding), detach };
  remember(id);
}

/** Disconnects the open design from its room, keeping it open as a local design. */
export function detachOpenDesign(): void {
  open?.detach?.();
  if (open) open.detach = undefined;
}

let starting: Promise<{ firstVisit: boolean }> | undefined;

/** Opens the last design of this browser, or the starter design for a first visit (once per page). */
export function initDesigns(): Promise<{ firstVisit: boolean }> {
  starting ??= openLastDesign();
  return starting;
}

function lastOpened(): string | undefined {
  try {
    return localStorage.getItem(CURRENT_KEY) ?? undefined;
  } catch {
    return undefined;
  }
}

async function openLastDesign(): Promise<{ firstVisit: boolean }> {
  try {
    const l = await lib();
    const entries = sync!.listDesigns(l);
    const last = lastOpened();
    const candidates = [...(last && l.entries.has(last) ? [last] : []), ...entries.map((e) => e.id)];
    for (const id of candidates) if (await openDoc(id)) return { firstVisit: false };
  } catch (e) {
    reportStorage(e);
  }
  await createDesign(starterDesign());
  return { firstVisit: true };
}

/** Adds a design and opens it; `entry` carries extra index fields (a room design's room). */
export async function createDesign(design: Design = emptyDesign(), entry: Partial<DesignEntry> = {}): Promise<string> {
  const id = entry.id ?? newId();
  try {
    const l = await lib();
    sync!.putEntry(l, { ...entry, id, title: titleOf(design), updatedAt: Date.now() });
  } catch (e) {
    reportStorage(e);
  }
  await openDoc(id, design);
  return id;
}

export async function switchDesign(id: string): Promise<void> {
  if (id === useEditor.getState().designId) return;
  if (!(await openDoc(id))) notify('That design could not be read from local storage.', 'error');
}

/** Reads (and optionally changes) a design that is not open, through its stored doc. */
async function withStored<T>(id: string, work: (doc: Y.Doc, sync: Sync) => T): Promise<T | undefined> {
  const s = await loadSync();
  const doc = s.openDesignDoc(id);
  try {
    await doc.loaded;
    return doc.doc.getMap('meta').size ? work(doc.doc, s) : undefined;
  } finally {
    // Let y-indexeddb queue the writes of `work` before closing (closing waits for them).
    await Promise.resolve();
    doc.close();
  }
}

export async function renameDesign(id: string, title: string): Promise<void> {
  const state = useEditor.getState();
  if (id === state.designId) {
    state.commit((d) => ({ ...d, title }));
    await flush();
    return;
  }
  try {
    await withStored(id, (doc) => doc.getMap('meta').set('title', title));
    const l = await lib();
    const old = l.entries.get(id);
    if (old) sync!.putEntry(l, { ...old, id, title: titleOf({ title }) });
  } catch (e) {
    reportStorage(e);
  }
}

export async function duplicateDesign(id: string): Promise<void> {
  await flush();
  const source = id === useEditor.getState().designId ? useEditor.getState().design : await withStored(id, (doc, s) => s.yDocToDesign(doc)).catch(() => undefined);
  if (!source) return;
  await createDesign({ ...structuredClone(source), title: `${titleOf(source)} (copy)` });
}

export async function deleteDesign(id: string): Promise<void> {
  try {
    const l = await lib();
    l.entries.delete(id);
    if (id === useEditor.getState().designId) {
      close();
      useEditor.setState({ designId: '' });
      const next = sync!.listDesigns(l)[0];
      if (!next || !(await openDoc(next.id))) await createDesign(emptyDesign());
    }
    await sync!.eraseDesignDoc(id);
  } catch (e) {
    reportStorage(e);
  }
}
