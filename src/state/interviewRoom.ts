import { create } from 'zustand';
import { emptyDesign, toJson } from '../core/document';
import { getPrompt, type Duration } from '../core/interview';
import { bestOffset, readServerTime, type TimeSample } from '../core/interview/clockSync';
import { applyHostCommand, readRoomRequirements, readSession, REQUIREMENTS, SESSION, writeRoomRequirement, type HostCommand, type SessionState } from '../core/interview/room';
import type { RequirementsText } from '../core/interview/requirements';
import { openHostNotes } from './hostNotes';
import { currentRoomDoc, joinRoom } from './room/client';
import { keepHostLinks, readHostLinks } from './room/hostLinks';
import { roomLink } from './room/links';
import { useRoom } from './room/roomState';

/**
 * The interview room in this tab: the shared session (one clock for host, candidate and watchers) read
 * from the room's doc, the host's commands, and the links the host hands out. Loaded with the room
 * client, only when an interview room is started or opened.
 */
export interface InterviewRoomState {
  session?: SessionState;
  /** The requirements card, written by the candidate (and the host), seen by everyone in the room. */
  requirements?: RequirementsText;
  /** Only the host's tab holds the candidate and watcher links (and the host token). */
  links?: { candidate: string; watcher: string };
  host: boolean;
  /** How far the server's clock runs ahead of this machine's, once measured. */
  clockOffsetMs?: number;
}

export const useInterviewRoom = create<InterviewRoomState>()(() => ({ host: false }));

/** This tab's reading of the server's clock: the session's instants are all in server time. */
let offsetMs = 0;
export const clock = { now: (): number => Date.now() + offsetMs };

/**
 * Reads the server's time a few times and keeps the offset of the quickest answer, so a candidate
 * whose machine runs minutes off still sees the host's clock. Without an answer the local clock is used.
 */
export async function syncClock(samples = 3): Promise<void> {
  const taken: TimeSample[] = [];
  for (let i = 0; i < samples; i++) {
    try {
      const sentAt = Date.now();
      const response = await fetch('/api/time', { cache: 'no-store' });
      const serverTime = readServerTime(await response.json());
      const receivedAt = Date.now();
      if (response.ok && serverTime !== undefined) taken.push({ sentAt, serverTime, receivedAt });
    } catch {
      // An unreachable server leaves the sample out; the room shows its own offline state.
    }
  }
  const best = bestOffset(taken);
  if (best !== undefined) {
    offsetMs = best;
    useInterviewRoom.setState({ clockOffsetMs: best });
  }
}

export interface RoomInterviewOptions {
  promptId?: string;
  title: string;
  minutes: Duration;
  hints: boolean;
}

class InterviewRoomError extends Error {}

/** Follows the session of the open room's doc into the store (and the lock into the room's edit guard). */
export function watchSession(): () => void {
  const doc = currentRoomDoc();
  if (!doc) return () => undefined;
  const room = useRoom.getState().room;
  const kept = room && readHostLinks(room);
  if (kept) useInterviewRoom.setState({ host: true, links: kept });
  if (room && useInterviewRoom.getState().host) void openHostNotes(room);
  const map = doc.getMap(SESSION);
  let clockSynced = false;
  const publish = () => {
    if (map.size === 0) return;
    // Only an interview room needs the server's time; a plain room never asks.
    if (!clockSynced) {
      clockSynced = true;
      void syncClock();
    }
    const session = readSession(doc);
    useInterviewRoom.setState({ session });
    const host = useInterviewRoom.getState().host;
    useRoom.setState({ locked: !host && (session.locked || session.ended), interviewHost: host, interview: true, hintsHidden: !host && !session.hints, ...(session.ended && { ended: true }) });
  };
  const card = doc.getMap(REQUIREMENTS);
  const publishCard = () => useInterviewRoom.setState({ requirements: readRoomRequirements(doc) });
  map.observe(publish);
  card.observe(publishCard);
  publish();
  publishCard();
  return () => {
    map.unobserve(publish);
    card.unobserve(publishCard);
  };
}

/** Writes a field of the shared requirements card (the server refuses it from watchers and on a locked canvas). */
export function setRoomRequirement(key: keyof RequirementsText, value: string): void {
  const doc = currentRoomDoc();
  if (doc) writeRoomRequirement(doc, key, value);
}

/** Creates an interview room on the server and joins it as the host. */
export async function startInterviewRoom(options: RoomInterviewOptions, name: string): Promise<void> {
  const title = options.title.trim();
  if (!title) throw new InterviewRoomError('Give the interview a title');
  const prompt = getPrompt(options.promptId);
  const design = { ...emptyDesign(title), ...(prompt && { description: prompt.brief }) };
  let response: Response;
  try {
    response = await fetch('/api/interviews', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ design: toJson(design), interview: { minutes: options.minutes, hints: options.hints, ...(prompt && { prompt: prompt.id }) } }),
    });
  } catch (e) {
    throw new InterviewRoomError(`The room server at ${location.origin} could not be reached (${(e as Error).message}).`);
  }
  const body = (await response.json().catch(() => ({}))) as { room?: string; hostToken?: string; candidateToken?: string; watcherToken?: string; error?: string; errors?: string[] };
  if (!response.ok || !body.room || !body.hostToken || !body.candidateToken || !body.watcherToken)
    throw new InterviewRoomError(`The room server refused to create the interview: ${body.error ?? `HTTP ${response.status}`}${body.errors?.length ? ` (${body.errors.join('; ')})` : ''}.`);
  const links = { candidate: roomLink(location.href, body.room, body.candidateToken, false), watcher: roomLink(location.href, body.room, body.watcherToken, true) };
  useInterviewRoom.setState({ host: true, links, session: undefined });
  useRoom.setState({ interviewHost: true });
  keepHostLinks(body.room, links);
  await joinRoom({ room: body.room, token: body.hostToken, watch: false }, name, { edit: links.candidate, view: links.watcher });
  // The host's own link (to come back after a reload) stays in this tab's address bar, never in the room.
  history.replaceState(history.state, '', roomLink(location.href, body.room, body.hostToken, false));
}

/** The host's buttons; the server refuses them from anyone else. */
export function hostCommand(command: HostCommand): void {
  const doc = currentRoomDoc();
  if (doc) applyHostCommand(doc, command, clock.now());
}
