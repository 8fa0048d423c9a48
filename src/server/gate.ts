import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import type { WebSocket } from 'ws';
import type { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { Bucket } from './bucket';
import type { Logger } from './logger';
import type { RoomCheck } from './room-check';
import type { Role } from './tokens';

/** Hocuspocus' message types (its protocol, 3.x). */
const SYNC = 0;
const AWARENESS = 1;
const SYNC_REPLY = 4;
const STATELESS = 5;
const BROADCAST_STATELESS = 6;
const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;

export const CLOSE = {
  malformed: { code: 4400, reason: 'malformed message' },
  refused: { code: 4422, reason: 'update refused: the design would not be valid' },
  rateLimited: { code: 4429, reason: 'too many messages' },
  awarenessTooLarge: { code: 4413, reason: 'presence state too large' },
} as const;

export interface GateLimits {
  /** Messages a second a connection may send on average, and in a burst. */
  messagesPerSecond: number;
  messageBurst: number;
  /** Presence (cursor) updates a second, and in a burst: the client throttles cursors to ~10/s. */
  awarenessPerSecond: number;
  awarenessBurst: number;
  awarenessMaxBytes: number;
  /** Rooms one socket may open (the studio opens one). */
  roomsPerSocket: number;
}

export const DEFAULT_GATE_LIMITS: GateLimits = {
  messagesPerSecond: 120,
  messageBurst: 400,
  awarenessPerSecond: 30,
  awarenessBurst: 90,
  awarenessMaxBytes: 64 * 1024,
  roomsPerSocket: 4,
};

/** What a gate needs from the server: the room a document name refers to, once it is loaded. */
export interface GateHost {
  loadedRoom(name: string): { doc: Y.Doc; check: RoomCheck; awareness: Awareness } | undefined;
  durable(name: string): Promise<void>;
  logger: Logger;
  /** Role rules beyond edit/view (interview rooms): why this socket may not touch these roots, or undefined. */
  judge?(room: string, socket: object, before: Y.Doc, touched: ReadonlySet<string>): string | undefined;
}

/** The origin of updates the gate applies: a truthy object, so Hocuspocus stores and relays them. */
export const GATE_ORIGIN = { context: {}, socketId: 'mlsd-gate' };

/** True when every presence state in the update is one the room already has (same or newer clock). */
function isEcho(update: Uint8Array, known: Awareness): boolean {
  const decoder = decoding.createDecoder(update);
  const count = decoding.readVarUint(decoder);
  for (let i = 0; i < count; i++) {
    const client = decoding.readVarUint(decoder);
    const clock = decoding.readVarUint(decoder);
    decoding.readVarString(decoder);
    const had = known.meta.get(client);
    if (!had || had.clock < clock) return false;
  }
  return true;
}

function statelessMessage(room: string, payload: string): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, room);
  encoding.writeVarUint(encoder, STATELESS);
  encoding.writeVarString(encoder, payload);
  return encoding.toUint8Array(encoder);
}

/**
 * Stands between a WebSocket and Hocuspocus: every message passes here first (ws `emit` is wrapped, so
 * Hocuspocus' own listener only sees what the gate lets through). It cuts off floods and malformed
 * messages, refuses updates that would break the design (telling the sender why), applies accepted
 * updates to the room at once so others see them, and hands the message on to Hocuspocus (which sends
 * the acknowledgement) only once the update is on disk.
 */
export function gateSocket(ws: WebSocket, roles: ReadonlyMap<string, Role>, host: GateHost, limits: GateLimits, ip: string): void {
  const emit = ws.emit.bind(ws) as (event: string, ...args: unknown[]) => boolean;
  // Hocuspocus queues messages that arrive before authentication and emits them again afterwards:
  // they pass the gate twice, but count against the rate limit once.
  const seen = new WeakSet<object>();
  const messages = new Bucket(limits.messagesPerSecond, limits.messageBurst);
  const awareness = new Bucket(limits.awarenessPerSecond, limits.awarenessBurst);
  const rooms = new Set<string>();
  let syncQueue: Promise<void> = Promise.resolve();
  let closed = false;

  const cut = (why: { code: number; reason: string }, room?: string) => {
    if (closed) return;
    closed = true;
    host.logger.warn('connection-cut', { ip, room, code: why.code, reason: why.reason });
    ws.close(why.code, why.reason);
  };

  const handOn = (args: unknown[]) => {
    if (!closed) emit('message', ...args);
  };

  const admit = (data: Uint8Array, args: unknown[]): void => {
    const first = !seen.has(data);
    seen.add(data);
    let room: string;
    let type: number;
    const decoder = decoding.createDecoder(data);
    try {
      room = decoding.readVarString(decoder);
      type = decoding.readVarUint(decoder);
    } catch {
      return cut(CLOSE.malformed);
    }
    if (first && type !== AWARENESS && !messages.take()) return cut(CLOSE.rateLimited);
    rooms.add(room);
    if (rooms.size > limits.roomsPerSocket) return cut(CLOSE.malformed, room);
    const role = roles.get(room);

    if (type === AWARENESS) {
      if (data.byteLength > limits.awarenessMaxBytes) return cut(CLOSE.awarenessTooLarge, room);
      const loaded = role ? host.loadedRoom(room) : undefined;
      let echo: boolean;
      try {
        echo = !!loaded && isEcho(decoding.readVarUint8Array(decoder), loaded.awareness);
      } catch {
        return cut(CLOSE.malformed, room);
      }
      // Hocuspocus' provider sends back every presence change it receives; those echoes change nothing,
      // so they are dropped here and not counted, or a busy room would rate-limit its quiet members.
      if (echo) return;
      if (first && !awareness.take()) return cut(CLOSE.rateLimited, room);
      return handOn(args);
    }
    if ((type === STATELESS || type === BROADCAST_STATELESS) && role !== 'edit') return; // watchers change no session state
    if (type !== SYNC && type !== SYNC_REPLY) return handOn(args);

    let update: Uint8Array | undefined;
    try {
      const step = decoding.readVarUint(decoder);
      if (step === SYNC_STEP_2 || step === SYNC_UPDATE) update = decoding.readVarUint8Array(decoder);
      else if (step !== 0) throw new Error('unknown sync step');
    } catch {
      return cut(CLOSE.malformed, room);
    }
    const loaded = role === 'edit' && update ? host.loadedRoom(room) : undefined;
    if (loaded && update) {
      const judge = host.judge && ((before: Y.Doc, touched: ReadonlySet<string>) => host.judge!(room, roles, before, touched));
      const result = loaded.check.check(update, judge);
      if (!result.ok) {
        if (result.malformed) return cut(CLOSE.malformed, room);
        host.logger.warn('update-refused', { ip, room, issues: result.issues.length });
        const payload = JSON.stringify({ type: 'mlsd:update-refused', issues: result.issues.map(({ path, message }) => ({ path, message })) });
        ws.send(statelessMessage(room, payload));
        return cut(CLOSE.refused, room);
      }
      if (result.changed) loaded.check.commit(update, GATE_ORIGIN);
      const durable = host.durable(room);
      syncQueue = syncQueue.then(() => durable).then(() => handOn(args));
    } else {
      // Not yet authenticated (Hocuspocus queues it and sends it back through here), read-only
      // (Hocuspocus refuses it), or a state request: only the order of sync messages matters.
      syncQueue = syncQueue.then(() => handOn(args));
    }
    syncQueue = syncQueue.catch((e: unknown) => host.logger.error('message-failed', { ip, room, error: e instanceof Error ? e.name : 'error' }));
  };

  ws.emit = ((event: string, ...args: unknown[]) => {
    if (event !== 'message') return emit(event, ...args);
    if (closed) return false;
    const data = args[0];
    try {
      admit(data instanceof Uint8Array ? data : new Uint8Array(data as ArrayBuffer), args);
    } catch (e) {
      host.logger.error('gate-failed', { ip, error: e instanceof Error ? e.name : 'error' });
      cut(CLOSE.malformed);
    }
    return true;
  }) as typeof ws.emit;
}
