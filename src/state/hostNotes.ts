import { createStore, get, set } from 'idb-keyval';
import { create } from 'zustand';
import { isPhaseId, type PhaseId } from '../core/interview/phases';
import type { PhaseNotes } from '../core/interview/roomReview';

/**
 * The interviewer's private scorecard of a room: notes per phase and the checklist items they ticked
 * by hand. Kept only in the host's IndexedDB (a database of its own, keyed by room), never in the
 * room's doc and never sent to the server, so the candidate's browser cannot receive it.
 */
export interface HostNotes {
  notes: PhaseNotes;
  ticked: Record<string, boolean>;
}

interface HostNotesState extends HostNotes {
  room?: string;
  /** The notes of `room` have been read back from IndexedDB. */
  loaded: boolean;
  /** Why the notes cannot be kept in this browser, when they cannot. */
  error?: string;
}

export const HOST_NOTES_DB = 'mlsd-studio-interview-notes';
const SAVE_MS = 300;

export const useHostNotes = create<HostNotesState>()(() => ({ notes: {}, ticked: {}, loaded: false }));

let store: ReturnType<typeof createStore> | undefined;
const db = () => (store ??= createStore(HOST_NOTES_DB, 'notes'));

/** Reads back a stored scorecard, keeping only what has the expected shape. */
export function readHostNotes(raw: unknown): HostNotes {
  const r = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const notes: PhaseNotes = {};
  const ticked: Record<string, boolean> = {};
  if (typeof r.notes === 'object' && r.notes !== null)
    for (const [phase, text] of Object.entries(r.notes)) if (isPhaseId(phase) && typeof text === 'string') notes[phase] = text;
  if (typeof r.ticked === 'object' && r.ticked !== null) for (const [id, done] of Object.entries(r.ticked)) if (done === true) ticked[id] = true;
  return { notes, ticked };
}

/** Loads the host's scorecard of `room` (empty for a new room). */
export async function openHostNotes(room: string): Promise<void> {
  if (useHostNotes.getState().room === room) return;
  useHostNotes.setState({ room, notes: {}, ticked: {}, loaded: false, error: undefined });
  try {
    const kept = readHostNotes(await get(room, db()));
    if (useHostNotes.getState().room === room) useHostNotes.setState({ ...kept, loaded: true });
  } catch (e) {
    useHostNotes.setState({ loaded: true, error: `Notes cannot be kept in this browser (${(e as Error).message}); they last until the tab closes.` });
  }
}

let timer: ReturnType<typeof setTimeout> | undefined;

function save() {
  clearTimeout(timer);
  timer = setTimeout(() => {
    const { room, notes, ticked } = useHostNotes.getState();
    if (room) set(room, { notes, ticked }, db()).catch((e: Error) => useHostNotes.setState({ error: `Notes could not be saved (${e.message}).` }));
  }, SAVE_MS);
}

export function setPhaseNote(phase: PhaseId, text: string): void {
  useHostNotes.setState((s) => ({ notes: { ...s.notes, [phase]: text } }));
  save();
}

export function tickByHost(id: string, done: boolean): void {
  useHostNotes.setState((s) => {
    const ticked = { ...s.ticked };
    if (done) ticked[id] = true;
    else delete ticked[id];
    return { ticked };
  });
  save();
}
