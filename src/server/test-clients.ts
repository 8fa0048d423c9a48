// Node clients for the server's tests and the rooms bench: real Hocuspocus providers over `ws`.
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';
import type { Design } from '../core/document';
import { yDocToDesign } from '../core/sync';

export interface RoomLinks {
  room: string;
  editToken: string;
  viewToken: string;
}

export interface TestClient {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  socket: HocuspocusProviderWebsocket;
  closes: { code: number; reason: string }[];
  /** Reasons the server gave for closing this room's connection (a close message on a socket that stays open). */
  roomCloses: string[];
  stateless: string[];
  authFailures: string[];
  design(): Design;
  synced(timeoutMs?: number): Promise<void>;
  destroy(): void;
}

export async function waitFor(condition: () => boolean, what: string, timeoutMs = 5000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > until) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

export async function createRoom(baseUrl: string, design: unknown): Promise<RoomLinks> {
  const res = await fetch(`${baseUrl}/api/rooms`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(design) });
  if (res.status !== 201) throw new Error(`POST /api/rooms answered ${res.status}: ${await res.text()}`);
  return (await res.json()) as RoomLinks;
}

export const syncUrl = (baseUrl: string) => `${baseUrl.replace(/^http/, 'ws')}/sync`;

export function connectClient(baseUrl: string, room: string, token: string, options: { reconnect?: boolean } = {}): TestClient {
  const doc = new Y.Doc();
  const closes: TestClient['closes'] = [];
  const stateless: string[] = [];
  const roomCloses: string[] = [];
  const authFailures: string[] = [];
  const socket = new HocuspocusProviderWebsocket({
    url: syncUrl(baseUrl),
    WebSocketPolyfill: WebSocket,
    delay: 50,
    minDelay: 50,
    maxDelay: 300,
    factor: 1.5,
    maxAttempts: options.reconnect === false ? 1 : 0,
    autoConnect: false,
    onClose: ({ event }) => {
      closes.push({ code: event.code, reason: event.reason });
      // A client told not to reconnect stays down, as a browser tab would after being refused.
      if (options.reconnect === false) socket.disconnect();
    },
  });
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: room,
    token,
    document: doc,
    onStateless: ({ payload }) => stateless.push(payload),
    onClose: ({ event }) => roomCloses.push(event.reason),
    onAuthenticationFailed: ({ reason }) => authFailures.push(reason),
  });
  provider.attach();
  // One attempt rejects when it fails; the test reads the failure from the client's fields instead.
  socket.connect().catch(() => undefined);
  return {
    doc,
    provider,
    socket,
    closes,
    roomCloses,
    stateless,
    authFailures,
    design: () => yDocToDesign(doc),
    synced: (timeoutMs = 5000) => waitFor(() => provider.isSynced && !provider.hasUnsyncedChanges, `client of ${room.slice(0, 6)}… to sync`, timeoutMs),
    destroy: () => {
      // ws reports closing a socket that is still connecting as an 'error' event: expected here.
      (socket as unknown as { webSocket?: WebSocket | null }).webSocket?.on?.('error', () => undefined);
      try {
        provider.destroy();
        socket.destroy();
      } catch {
        // ws throws when closing a socket still connecting (a reconnect attempt): it is gone either way.
      }
      doc.destroy();
    },
  };
}
