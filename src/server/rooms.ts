import { Database } from '@hocuspocus/extension-database';
import { Hocuspocus, type Extension } from '@hocuspocus/server';
import * as Y from 'yjs';
import type { GateHost } from './gate';
import type { Interviews } from './interview';
import type { Logger } from './logger';
import { RoomCheck } from './room-check';
import type { RoomStorage } from './storage';
import { isRoomId, type Role, type Tokens } from './tokens';

/** Per socket, what each room it opened allows: set when its token is checked, read by the gate. */
export interface SocketContext {
  roles: Map<string, Role>;
  ip: string;
}

export const REDIS_ORIGIN = '__hocuspocus__redis__origin__';

export interface RoomsOptions {
  storage: RoomStorage;
  tokens: Tokens;
  logger: Logger;
  extensions: Extension[];
  /** How long a room's changes wait before its snapshot is rewritten (every update is logged at once). */
  snapshotDebounceMs: number;
  /** Interview rooms: their tokens and role rules. */
  interviews?: Interviews;
}

/** Hocuspocus with the studio's auth, storage and per-room design check; plus the gate's view of it. */
export function createRooms(options: RoomsOptions): { hocuspocus: Hocuspocus; host: GateHost } {
  const { storage, tokens, logger } = options;
  const checks = new Map<string, RoomCheck>();

  const database = new Database({
    fetch: async ({ documentName }) => storage.load(documentName),
    store: async ({ documentName, document }) => {
      try {
        await storage.snapshot(documentName, () => Y.encodeStateAsUpdate(document));
      } catch (e) {
        // Only when the server closes mid-retry; every update is also in the room's log.
        logger.error('snapshot-abandoned', { room: documentName, error: e instanceof Error ? e.name : 'error' });
      }
    },
  });

  const studio: Extension = {
    extensionName: 'mlsd-rooms',
    async onAuthenticate({ token, documentName, connectionConfig, context }) {
      const socket = context as SocketContext;
      const role = isRoomId(documentName)
        ? (tokens.roleOf(documentName, token ?? '') ?? (await options.interviews?.authenticate(documentName, token ?? '', socket.roles)))
        : undefined;
      // A thrown object without `message` keeps Hocuspocus from logging it; the client is told `reason`.
      if (!role || !(await storage.exists(documentName))) {
        logger.warn('auth-refused', { ip: socket.ip });
        throw { reason: 'permission-denied' };
      }
      connectionConfig.readOnly = role === 'view';
      socket.roles.set(documentName, role);
    },
    async afterLoadDocument({ documentName, document }) {
      checks.get(documentName)?.destroy();
      checks.set(documentName, new RoomCheck(document));
      document.on('update', (update: Uint8Array, origin: unknown) => {
        // Another instance logged what Redis relays; the gate waits on the log for what it applied.
        if (origin !== REDIS_ORIGIN) storage.append(documentName, update);
      });
      logger.info('room-loaded', { room: documentName });
    },
    async afterUnloadDocument({ documentName }) {
      checks.get(documentName)?.destroy();
      checks.delete(documentName);
      await storage.release(documentName);
      logger.info('room-unloaded', { room: documentName });
    },
  };

  const hocuspocus = new Hocuspocus({
    quiet: true,
    debounce: options.snapshotDebounceMs,
    // A room edited without pause is snapshotted every 30 s (with the default 2 s): the log has every
    // update meanwhile, and re-encoding a busy room's whole state every 10 s cost a fifth of the server's time.
    maxDebounce: options.snapshotDebounceMs * 15,
    extensions: [...options.extensions, database, studio],
  });

  const host: GateHost = {
    logger,
    loadedRoom(name) {
      const doc = hocuspocus.documents.get(name);
      const check = checks.get(name);
      return doc && check && !hocuspocus.loadingDocuments.has(name) ? { doc, check, awareness: doc.awareness } : undefined;
    },
    durable: (name) => storage.durable(name),
    judge: options.interviews && ((room, socket, before, touched) => options.interviews!.judge(room, socket, before, touched)),
  };
  return { hocuspocus, host };
}
