import { type Design, emptyDesign, restore, titleOf, toJson } from '../core/document';
import { notify } from './notify';
import * as storage from './persistence';
import { starterDesign } from './starter';
import { type DesignMeta, useEditor } from './store';

/** The designs a user keeps in this browser: create, switch, rename, duplicate, delete, autosave. */

const AUTOSAVE_MS = 300;
let timer: ReturnType<typeof setTimeout> | undefined;
let storageBroken = false;

const newId = () => `d-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}`;

function metaOf(id: string, design: Design): DesignMeta {
  return { id, title: titleOf(design), updatedAt: Date.now() };
}

function reportStorage(e: unknown) {
  storageBroken = true;
  notify((e as Error).message, 'error');
}

async function writeIndex() {
  const { designs, designId } = useEditor.getState();
  await storage.saveIndex({ designs, currentId: designId });
}

/** Saves the open design now (autosave calls this a moment after each edit). */
export async function flush(): Promise<void> {
  clearTimeout(timer);
  timer = undefined;
  const { design, designId, designs } = useEditor.getState();
  if (!designId) return;
  const meta = metaOf(designId, design);
  useEditor.getState().setDesigns([meta, ...designs.filter((d) => d.id !== designId)]);
  try {
    await storage.saveDesign(designId, toJson(design) as unknown as Design);
    await writeIndex();
    if (storageBroken) notify('Local saving works again.');
    storageBroken = false;
  } catch (e) {
    reportStorage(e);
  }
}

/**
 * IndexedDB writes are asynchronous and do not finish while a page unloads, so an edit made just
 * before a reload or a closed tab is kept synchronously in localStorage and replayed on the next start.
 */
const JOURNAL_KEY = 'mlsd-studio:unsaved';

function writeJournal() {
  if (timer === undefined) return;
  const { design, designId } = useEditor.getState();
  try {
    localStorage.setItem(JOURNAL_KEY, JSON.stringify({ id: designId, design: toJson(design) }));
  } catch {
    // Nothing more can be done while the page goes away; the previous autosave stands.
  }
}

function readJournal(): { id: string; design: Design } | undefined {
  try {
    const raw = localStorage.getItem(JOURNAL_KEY);
    if (!raw) return undefined;
    localStorage.removeItem(JOURNAL_KEY);
    const { id, design } = JSON.parse(raw) as { id: string; design: unknown };
    const result = restore(design);
    return typeof id === 'string' && result.ok ? { id, design: result.design } : undefined;
  } catch {
    return undefined;
  }
}

export function startAutosave(): () => void {
  const unsubscribe = useEditor.subscribe((s, prev) => {
    if (s.rev === prev.rev || s.designId !== prev.designId || s.dragging) return;
    clearTimeout(timer);
    timer = setTimeout(flush, AUTOSAVE_MS);
  });
  const onHide = () => writeJournal();
  window.addEventListener('pagehide', onHide);
  return () => {
    unsubscribe();
    window.removeEventListener('pagehide', onHide);
  };
}

async function readStored(id: string): Promise<Design | undefined> {
  const raw = await storage.loadDesign(id);
  if (!raw) return undefined;
  const result = restore(raw);
  return result.ok ? result.design : undefined;
}

let starting: Promise<{ firstVisit: boolean }> | undefined;

/** Opens the last design of this browser, or the starter design for a first visit (once per page). */
export function initDesigns(): Promise<{ firstVisit: boolean }> {
  starting ??= openLastDesign();
  return starting;
}

async function openLastDesign(): Promise<{ firstVisit: boolean }> {
  try {
    const index = await storage.loadIndex();
    useEditor.getState().setDesigns(index.designs);
    const journal = readJournal();
    const id = journal && index.designs.some((d) => d.id === journal.id) ? journal.id : (index.currentId ?? index.designs[0]?.id);
    const fromJournal = !!journal && journal.id === id;
    const design = fromJournal ? journal.design : id ? await readStored(id) : undefined;
    if (id && design) {
      useEditor.getState().load(id, design);
      if (fromJournal) await flush();
      return { firstVisit: false };
    }
  } catch (e) {
    reportStorage(e);
  }
  await createDesign(starterDesign());
  return { firstVisit: true };
}

/** Adds a design and opens it; the design that was open is saved first. */
export async function createDesign(design: Design = emptyDesign()): Promise<string> {
  if (useEditor.getState().designId) await flush();
  const id = newId();
  const { designs, load, setDesigns } = useEditor.getState();
  setDesigns([metaOf(id, design), ...designs]);
  load(id, design);
  await flush();
  return id;
}

export async function switchDesign(id: string): Promise<void> {
  if (id === useEditor.getState().designId) return;
  await flush();
  try {
    const design = await readStored(id);
    if (!design) {
      notify('That design could not be read from local storage.', 'error');
      return;
    }
    useEditor.getState().load(id, design);
    await writeIndex();
  } catch (e) {
    reportStorage(e);
  }
}

export async function renameDesign(id: string, title: string): Promise<void> {
  const state = useEditor.getState();
  if (id === state.designId) {
    state.commit((d) => ({ ...d, title }));
    await flush();
    return;
  }
  const design = await readStored(id);
  if (!design) return;
  await storage.saveDesign(id, toJson({ ...design, title }) as unknown as Design).catch(reportStorage);
  state.setDesigns(state.designs.map((d) => (d.id === id ? { ...d, title } : d)));
  await writeIndex().catch(reportStorage);
}

export async function duplicateDesign(id: string): Promise<void> {
  await flush();
  const source = id === useEditor.getState().designId ? useEditor.getState().design : await readStored(id);
  if (!source) return;
  await createDesign({ ...structuredClone(source), title: `${titleOf(source)} (copy)` });
}

export async function deleteDesign(id: string): Promise<void> {
  const state = useEditor.getState();
  const rest = state.designs.filter((d) => d.id !== id);
  try {
    await storage.deleteDesign(id);
  } catch (e) {
    reportStorage(e);
    return;
  }
  state.setDesigns(rest);
  if (id !== state.designId) {
    await writeIndex().catch(reportStorage);
    return;
  }
  const nextId = rest[0]?.id;
  const next = nextId ? await readStored(nextId) : undefined;
  if (nextId && next) {
    useEditor.getState().load(nextId, next);
    await writeIndex().catch(reportStorage);
  } else {
    useEditor.setState({ designId: '' });
    await createDesign(emptyDesign());
  }
}
