import { HocuspocusProvider } from '@hocuspocus/provider';
import type * as Y from 'yjs';
import { toJson } from '../../core/document';
import { readSession, sessionOf } from '../../core/interview/room';
import { detachOpenDesign, openAttachedDesign } from '../designs';
import { notify } from '../notify';
import { usePresenter } from '../presenter';
import { useEditor } from '../store';
import { readHostLinks } from './hostLinks';
import { type RoomLink, roomLink } from './links';
import { type Connection, type Peer, type PresentedStep, type Role, type RoomLinks, type Viewport, rememberName, useRoom } from './roomState';
import { throttle } from './throttle';

/**
 * The room client, loaded only when a user starts or opens a live session: it creates rooms on the
 * server the studio was loaded from, attaches a Hocuspocus provider to the design's stored doc (so
 * offline edits are kept locally and merge on reconnect), and publishes presence through awareness.
 */

const PRESENCE_MS = 50;
const FIRST_SYNC_MS = 15_000;
const COLORS = ['#e03131', '#1971c2', '#2f9e44', '#f08c00', '#9c36b5', '#0c8599', '#e8590c', '#5c7cfa'];

const colorOf = (name: string, clientId: number) => COLORS[[...name].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, clientId) % COLORS.length];
const serverOrigin = () => location.origin;
const syncUrl = () => `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/sync`;
export const roomDesignId = (room: string) => `room-${room}`;

/** The open room's doc, for the interview room (its session and comments sit next to the design). */
let roomDoc: Y.Doc | undefined;
export const currentRoomDoc = (): Y.Doc | undefined => roomDoc;
const ENDED_TEXT = 'This interview has ended. The interviewer closed it; the link no longer opens the design.';

class RoomError extends Error {}

/**
 * Hides findings before the room's design is first shown when it is an interview with hints off and this
 * tab is not known to host it; the interview strip refines it once it knows (state/interviewRoom).
 */
function hideHintsEarly(doc: Y.Doc, room: string) {
  if (sessionOf(doc).size > 0 && !readSession(doc).hints && !hostsHere(room)) useRoom.setState({ hintsHidden: true });
}

const hostsHere = (room: string) => useRoom.getState().interviewHost === true || readHostLinks(room) !== undefined;

/** Creates a room holding the open design and joins it as its first editor. */
export async function startLiveSession(name: string): Promise<void> {
  const { design } = useEditor.getState();
  let response: Response;
  try {
    response = await fetch('/api/rooms', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(toJson(design)) });
  } catch (e) {
    throw new RoomError(`The room server at ${serverOrigin()} could not be reached (${(e as Error).message}).`);
  }
  const body = (await response.json().catch(() => ({}))) as { room?: string; editToken?: string; viewToken?: string; error?: string; errors?: string[] };
  if (!response.ok || !body.room || !body.editToken || !body.viewToken) {
    const why = body.error ?? `HTTP ${response.status}`;
    throw new RoomError(`The room server at ${serverOrigin()} refused to create a room: ${why}${body.errors?.length ? ` (${body.errors.slice(0, 3).join('; ')})` : ''}.`);
  }
  const links = { edit: roomLink(location.href, body.room, body.editToken, false), view: roomLink(location.href, body.room, body.viewToken, true) };
  await joinRoom({ room: body.room, token: body.editToken, watch: false }, name, links);
}

function setConnection(connection: Connection) {
  if (useRoom.getState().connection !== connection) useRoom.setState({ connection });
}

/** A peer's published presenter step, checked: awareness carries whatever a client sends. */
function presentedStep(raw: unknown): PresentedStep | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const r = raw as Record<string, unknown>;
  const ok = [r.since, r.index, r.count].every((n) => Number.isInteger(n)) && typeof r.title === 'string' && Array.isArray(r.nodeIds);
  if (!ok) return undefined;
  const nodeIds = (r.nodeIds as unknown[]).filter((id): id is string => typeof id === 'string');
  return { since: r.since as number, index: r.index as number, count: r.count as number, title: (r.title as string).slice(0, 200), nodeIds };
}

function peersOf(provider: HocuspocusProvider): Peer[] {
  const self = provider.awareness?.clientID;
  const peers: Peer[] = [];
  provider.awareness?.getStates().forEach((state, clientId) => {
    const user = state.user as { name?: unknown; color?: unknown; role?: unknown } | undefined;
    if (clientId === self || !user || typeof user.name !== 'string') return;
    const cursor = state.cursor as Peer['cursor'] | null;
    peers.push({
      clientId,
      name: user.name.slice(0, 40),
      color: typeof user.color === 'string' && /^#[0-9a-f]{6}$/i.test(user.color) ? user.color : '#868e96',
      role: user.role === 'view' ? 'view' : 'edit',
      cursor: cursor && Number.isFinite(cursor.x) && Number.isFinite(cursor.y) ? cursor : undefined,
      selection: Array.isArray(state.selection) ? state.selection.filter((s): s is string => typeof s === 'string') : [],
      viewport: state.viewport ?? undefined,
      presenting: presentedStep(state.presenting),
    });
  });
  return peers.sort((a, b) => a.name.localeCompare(b.name) || a.clientId - b.clientId);
}

/** Connects `doc` to the room; resolves once the doc holds the room's design. */
function connect(doc: Y.Doc, link: RoomLink, name: string): Promise<() => void> {
  return new Promise((resolve, reject) => {
    let everSynced = false;
    let settled = false;
    let authenticated = false;
    const fail = (message: string) => {
      if (settled) return notify(message, 'error');
      settled = true;
      clearTimeout(timer);
      provider.destroy();
      reject(new RoomError(message));
    };
    const provider: HocuspocusProvider = new HocuspocusProvider({
      url: syncUrl(),
      name: link.room,
      document: doc,
      token: link.token,
      onAuthenticated: ({ scope }) => {
        authenticated = true;
        const role: Role = scope === 'readonly' ? 'view' : 'edit';
        useRoom.setState({ role });
        provider.awareness?.setLocalStateField('user', { name, color: colorOf(name, doc.clientID), role });
      },
      onAuthenticationFailed: ({ reason }) => {
        if (reason === 'interview-ended') {
          // Opened after the end (a reload counts): the ended page replaces the studio. Sent away while
          // in the room: the frozen design stays on screen; either way, stop knocking.
          useRoom.setState(authenticated ? { ended: true } : { ended: true, endedLink: true });
          if (settled) return provider.disconnect();
        }
        fail(reason === 'interview-ended' ? ENDED_TEXT : `The room server at ${serverOrigin()} refused this link: it is wrong, or the session has ended.`);
      },
      onClose: ({ event }) => {
        if (event.reason !== 'interview-ended') return;
        useRoom.setState({ ended: true });
        notify(ENDED_TEXT);
      },
      onStatus: ({ status }) => {
        if (status === 'connected') return everSynced && setConnection('live');
        setConnection(everSynced ? (status === 'connecting' ? 'reconnecting' : 'offline') : 'connecting');
      },
      onSynced: () => {
        everSynced = true;
        hideHintsEarly(doc, link.room);
        setConnection('live');
        if (!settled) {
          settled = true;
          clearTimeout(timer);
          resolve(detach);
        }
      },
      onUnsyncedChanges: ({ number }) => useRoom.setState({ unsent: number }),
      onStateless: ({ payload }) => {
        try {
          const message = JSON.parse(payload) as { type?: string; issues?: { path: string; message: string }[] };
          if (message.type === 'mlsd:update-refused')
            notify('The room refused your last edit: it would make the design invalid.', 'error', message.issues?.slice(0, 10).map((i) => `${i.path}: ${i.message}`));
        } catch {
          // Not one of ours.
        }
      },
      onAwarenessChange: () => useRoom.setState({ peers: peersOf(provider) }),
    });
    // A design already stored here (rejoining, or offline) opens at once and syncs in the background.
    const hasCopy = doc.getMap('meta').size > 0 || doc.getMap('nodes').size > 0;
    const timer = setTimeout(() => fail(`The room server at ${serverOrigin()} did not answer.`), FIRST_SYNC_MS);
    const stopPresence = publishPresence(provider);
    roomDoc = doc;
    const detach = () => {
      roomDoc = undefined;
      stopPresence();
      provider.destroy();
      useRoom.setState({ room: undefined, designId: undefined, role: undefined, links: undefined, peers: [], following: undefined, publish: undefined, connection: 'offline', unsent: 0, interviewHost: undefined, interview: undefined, hintsHidden: undefined, ended: undefined });
    };
    // The copy kept here of an interview that has ended opens for its host only, never from the candidate's link.
    if (hasCopy && sessionOf(doc).size > 0 && readSession(doc).ended && !hostsHere(link.room)) {
      useRoom.setState({ ended: true, endedLink: true });
      stopPresence();
      roomDoc = undefined;
      fail(ENDED_TEXT);
      return;
    }
    if (hasCopy) {
      hideHintsEarly(doc, link.room);
      settled = true;
      clearTimeout(timer);
      resolve(detach);
    }
  });
}

function publishPresence(provider: HocuspocusProvider): () => void {
  const awareness = provider.awareness!;
  const cursor = throttle((p: { x: number; y: number } | undefined) => awareness.setLocalStateField('cursor', p ?? null), PRESENCE_MS);
  const viewport = throttle((v: Viewport) => awareness.setLocalStateField('viewport', v), PRESENCE_MS);
  const selection = throttle((ids: string[]) => awareness.setLocalStateField('selection', ids), PRESENCE_MS);
  const stopSelection = useEditor.subscribe((s, prev) => {
    if (s.selection !== prev.selection) selection([...s.selection.nodeIds]);
  });
  // Presenting (not following someone) leads the room: the step goes out, the speaker notes stay here.
  let since = 0;
  const publishStep = ({ active, leader, steps, index }: ReturnType<typeof usePresenter.getState>) => {
    if (!active || leader !== undefined) {
      since = 0;
      if (awareness.getLocalState()?.presenting) awareness.setLocalStateField('presenting', null);
      return;
    }
    since ||= Date.now();
    const step = steps[index];
    awareness.setLocalStateField('presenting', { since, index, count: steps.length, title: step?.title ?? '', nodeIds: step?.nodeIds ?? [] });
  };
  publishStep(usePresenter.getState());
  const stopPresenter = usePresenter.subscribe(publishStep);
  useRoom.setState({ publish: { cursor, viewport } });
  return () => {
    stopPresenter();
    stopSelection();
    cursor.cancel();
    viewport.cancel();
    selection.cancel();
  };
}

/** Opens a room link: the room's design opens as a local design that stays in sync while the session lasts. */
export async function joinRoom(link: RoomLink, name: string, links?: RoomLinks): Promise<void> {
  rememberName(name);
  const designId = roomDesignId(link.room);
  useRoom.setState({
    room: link.room,
    designId,
    role: link.watch ? 'view' : 'edit',
    server: serverOrigin(),
    connection: 'connecting',
    links: links ?? (link.watch ? { view: location.href } : { edit: location.href }),
    peers: [],
  });
  try {
    await openAttachedDesign(designId, { room: link.room }, (doc) => connect(doc, link, name), {
      readOnly: () => useRoom.getState().role === 'view' || useRoom.getState().locked === true,
      onRefused: refusedOnce,
    });
  } catch (e) {
    useRoom.setState({ room: undefined, designId: undefined, links: undefined, connection: 'offline' });
    throw e;
  }
  if (links?.edit) history.replaceState(history.state, '', links.edit);
}

let lastRefusal = 0;
function refusedOnce() {
  if (Date.now() - lastRefusal < 4000) return;
  lastRefusal = Date.now();
  const { ended, locked } = useRoom.getState();
  notify(ended ? 'The interview has ended: the design is frozen.' : locked ? 'The interviewer has locked the canvas: editing is off.' : 'You are watching this session: editing is off.');
}

/** Leaves the room: the design stays in this browser as a local design. */
export function leaveRoom(): void {
  detachOpenDesign();
  history.replaceState(history.state, '', location.pathname + location.search);
  notify('You left the live session. Your copy of the design stays in this browser.');
}
