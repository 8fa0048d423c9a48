import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Extension } from '@hocuspocus/server';
import { WebSocketServer } from 'ws';
import * as Y from 'yjs';
import { DEFAULT_GATE_LIMITS, gateSocket, type GateLimits } from './gate';
import { sendJson, serveStatic } from './http';
import { Interviews } from './interview';
import { interviewsApi } from './interview-api';
import { jsonLogger, type Logger } from './logger';
import { redisExtension } from './redis';
import { createRooms, type SocketContext } from './rooms';
import { roomsApi } from './rooms-api';
import { RoomStorage, type StorageIo } from './storage';
import { Tokens } from './tokens';

export interface RoomServerOptions {
  /** 0 picks a free port. */
  port?: number;
  /** 127.0.0.1 unless told otherwise: a room server is not exposed by accident. */
  host?: string;
  dataDir: string;
  /** The built studio to serve next to the rooms (SPA fallback to index.html). */
  distDir?: string;
  /** `redis://host:port`: share rooms with other instances on the same Redis and data directory. */
  redis?: string;
  /** Names this instance's files in dataDir; instances sharing a directory need distinct ids. */
  instanceId?: string;
  logger?: Logger;
  /** Largest WebSocket message and largest design posted, in bytes (2 MB). */
  maxMessageBytes?: number;
  maxConnectionsPerIp?: number;
  roomsPerMinutePerIp?: number;
  limits?: Partial<GateLimits>;
  snapshotDebounceMs?: number;
  /** File operations of the storage (tests play a failing disk with it). */
  storageIo?: StorageIo;
}

export interface RoomServer {
  port: number;
  url: string;
  close(): Promise<void>;
}

export interface AttachedRooms {
  /** Answers /api/* (and the studio's files when distDir is set); false when the request is not its own. */
  handleRequest(req: IncomingMessage, res: ServerResponse): Promise<boolean>;
  /** Takes WebSocket upgrades of /sync; false for other paths (Vite's HMR socket shares the server). */
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): boolean;
  close(): Promise<void>;
}

export const MAX_MESSAGE_BYTES = 2 * 1024 * 1024;

/** The room server's request and upgrade handlers, for any Node HTTP server (ours, or Vite's dev server). */
export async function createRoomHandlers(options: RoomServerOptions): Promise<AttachedRooms> {
  const logger = options.logger ?? jsonLogger();
  const maxBytes = options.maxMessageBytes ?? MAX_MESSAGE_BYTES;
  const limits = { ...DEFAULT_GATE_LIMITS, ...options.limits };
  const maxPerIp = options.maxConnectionsPerIp ?? 256;
  const tokens = await Tokens.inDataDir(options.dataDir);
  const storage = new RoomStorage(options.dataDir, options.instanceId ?? 'main', logger, options.storageIo);
  const interviews = new Interviews(options.dataDir, tokens, logger);
  const extensions: Extension[] = options.redis ? [redisExtension(options.redis, options.instanceId ?? 'main', logger)] : [];
  extensions.push(interviews.extension());
  const { hocuspocus, host } = createRooms({ storage, tokens, logger, extensions, interviews, snapshotDebounceMs: options.snapshotDebounceMs ?? 2000 });
  const api = roomsApi({ storage, tokens, logger, maxDesignBytes: maxBytes, roomsPerMinutePerIp: options.roomsPerMinutePerIp ?? 60 });
  const interviewApi = interviewsApi({ storage, interviews, logger, maxDesignBytes: maxBytes, roomsPerMinutePerIp: options.roomsPerMinutePerIp ?? 60 });
  const wss = new WebSocketServer({ noServer: true, maxPayload: maxBytes });
  const perIp = new Map<string, number>();

  const handleRequest = async (req: IncomingMessage, res: ServerResponse) => {
    try {
      // The server's clock, so every screen of an interview room shows the same time (core/interview/clockSync).
      if ((req.url ?? '').split('?')[0] === '/api/time') {
        sendJson(res, 200, { now: Date.now() });
        return true;
      }
      if ((await interviewApi(req, res)) || (await api(req, res))) return true;
      if (options.distDir) return await serveStatic(options.distDir, req, res);
      return false;
    } catch (e) {
      logger.error('request-failed', { path: (req.url ?? '').split('?')[0].slice(0, 64), error: e instanceof Error ? e.name : 'error' });
      if (!res.headersSent) sendJson(res, 500, { error: 'internal error' });
      else res.destroy();
      return true;
    }
  };

  const handleUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    if ((req.url ?? '').split('?')[0] !== '/sync') return false;
    const ip = req.socket.remoteAddress ?? 'unknown';
    const open = perIp.get(ip) ?? 0;
    if (open >= maxPerIp) {
      logger.warn('connection-refused', { ip, reason: 'too many connections from this address' });
      socket.end('HTTP/1.1 429 Too Many Requests\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      return true;
    }
    perIp.set(ip, open + 1);
    let counted = true;
    const release = () => {
      if (!counted) return;
      counted = false;
      const left = (perIp.get(ip) ?? 1) - 1;
      if (left > 0) perIp.set(ip, left);
      else perIp.delete(ip);
    };
    socket.once('close', release);
    wss.handleUpgrade(req, socket, head, (ws) => {
      ws.on('error', (e) => logger.warn('socket-error', { ip, error: (e as NodeJS.ErrnoException).code ?? e.name }));
      ws.once('close', release);
      const context: SocketContext = { roles: new Map(), ip };
      gateSocket(ws, context.roles, host, limits, ip);
      hocuspocus.handleConnection(ws, req, context);
    });
    return true;
  };

  const close = async () => {
    hocuspocus.closeConnections();
    for (const ws of wss.clients) ws.terminate();
    // Hocuspocus stores and unloads each room as its last connection goes; wait for that.
    for (let waited = 0; hocuspocus.getDocumentsCount() > 0 && waited < 10_000; waited += 20) await new Promise((r) => setTimeout(r, 20));
    // A room still loaded (its snapshot kept failing) gets one last try; its log holds every update anyway.
    for (const [name, doc] of hocuspocus.documents) await storage.snapshot(name, () => Y.encodeStateAsUpdate(doc)).catch(() => undefined);
    wss.close();
    await hocuspocus.hooks('onDestroy', { instance: hocuspocus });
    await storage.close();
  };

  return { handleRequest, handleUpgrade, close };
}

/** One HTTP server: `POST /api/rooms`, `ws://HOST:PORT/sync`, and the studio when distDir is given. */
export async function startRoomServer(options: RoomServerOptions): Promise<RoomServer> {
  const host = options.host ?? '127.0.0.1';
  const rooms = await createRoomHandlers(options);
  const server: Server = createServer((req, res) => {
    void rooms.handleRequest(req, res).then((handled) => {
      if (!handled) sendJson(res, 404, { error: 'not found' });
    });
  });
  server.on('upgrade', (req, socket, head) => {
    socket.on('error', () => socket.destroy());
    if (!rooms.handleUpgrade(req, socket, head)) socket.destroy();
  });
  server.on('clientError', (_e, socket) => socket.destroy());
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const urlHost = host.includes(':') ? `[${host}]` : host;
  return {
    port,
    url: `http://${urlHost}:${port}`,
    async close() {
      server.close();
      server.closeAllConnections();
      await rooms.close();
    },
  };
}
