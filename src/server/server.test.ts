import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as encoding from 'lib0/encoding';
import type { Design } from '../core/document';
import { applyDesignToDoc } from '../core/sync';
import { silentLogger } from './logger';
import { startRoomServer, type RoomServer } from './server';
import { connectClient, createRoom, syncUrl, waitFor, type TestClient } from './test-clients';

const template = async (name: string) => JSON.parse(await readFile(join('templates', `${name}.json`), 'utf8')) as Design;

function addNode(client: TestClient, id: string, kind = 'cache') {
  const prev = client.design();
  applyDesignToDoc(client.doc, prev, { ...prev, nodes: [...prev.nodes, { id, kind, props: {} }] }, 'test');
}
const nodeIds = (client: TestClient) => client.design().nodes.map((n) => n.id);

let dataDir: string;
let server: RoomServer;
const clients: TestClient[] = [];
const client = (...args: Parameters<typeof connectClient>) => {
  const c = connectClient(...args);
  clients.push(c);
  return c;
};

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'mlsd-rooms-'));
  server = await startRoomServer({ port: 0, dataDir, logger: silentLogger, snapshotDebounceMs: 100 });
});

afterEach(async () => {
  for (const c of clients.splice(0)) c.destroy();
  await server.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe('room server', () => {
  it('two edit clients see each other’s edits and converge on one design', async () => {
    const links = await createRoom(server.url, await template('news-feed-ranking'));
    const a = client(server.url, links.room, links.editToken);
    const b = client(server.url, links.room, links.editToken);
    await Promise.all([a.synced(), b.synced()]);
    expect(nodeIds(a)).toHaveLength(27);
    addNode(a, 'bandit-a', 'bandit');
    addNode(b, 'alerting-b', 'alerting');
    await waitFor(() => nodeIds(a).includes('alerting-b') && nodeIds(b).includes('bandit-a'), 'both edits on both sides');
    expect(a.design()).toEqual(b.design());
  });

  it('a watch link receives edits but its own writes never reach the room', async () => {
    const links = await createRoom(server.url, await template('similar-items'));
    const editor = client(server.url, links.room, links.editToken);
    const watcher = client(server.url, links.room, links.viewToken);
    await Promise.all([editor.synced(), watcher.synced().catch(() => undefined)]);
    addNode(watcher, 'sneaky', 'cache');
    addNode(editor, 'legit', 'cache');
    await waitFor(() => nodeIds(watcher).includes('legit'), 'the watcher to see the edit');
    const late = client(server.url, links.room, links.editToken);
    await late.synced();
    expect(nodeIds(late)).toContain('legit');
    expect(nodeIds(late)).not.toContain('sneaky');
    expect(nodeIds(editor)).not.toContain('sneaky');
  });

  it('refuses a missing, forged or other room’s token, and a room id that does not exist', async () => {
    const one = await createRoom(server.url, await template('similar-items'));
    const two = await createRoom(server.url, await template('similar-items'));
    const attempts = [
      client(server.url, one.room, '', { reconnect: false }),
      client(server.url, one.room, `${one.editToken.slice(0, -2)}AA`, { reconnect: false }),
      client(server.url, one.room, two.editToken, { reconnect: false }),
      client(server.url, 'AAAAAAAAAAAAAAAAAAAAAAAA', one.editToken, { reconnect: false }),
    ];
    await waitFor(() => attempts.every((c) => c.authFailures.length > 0), 'every attempt to be refused');
    for (const c of attempts) expect(c.design().nodes).toEqual([]);
  });

  it('an update that would break the design is refused, the sender told why, and the room keeps going', async () => {
    const links = await createRoom(server.url, await template('similar-items'));
    const good = client(server.url, links.room, links.editToken);
    const bad = client(server.url, links.room, links.editToken, { reconnect: false });
    await Promise.all([good.synced(), bad.synced()]);
    addNode(bad, 'mystery', 'quantum-ranker');
    await waitFor(() => bad.closes.some((c) => c.code === 4422), 'the sender to be cut off');
    const told = JSON.parse(bad.stateless.find((s) => s.includes('mlsd:update-refused')) ?? '{}');
    expect(told.issues.map((i: { path: string; message: string }) => `${i.path}: ${i.message}`).join('\n')).toMatch(/nodes\["mystery"\]\.kind: unknown kind "quantum-ranker"/);
    addNode(good, 'still-works', 'cache');
    const fresh = client(server.url, links.room, links.editToken);
    await waitFor(() => nodeIds(fresh).includes('still-works'), 'a later edit to reach a new client');
    expect(nodeIds(fresh)).not.toContain('mystery');
  });

  it('an oversized or malformed message closes only that connection', async () => {
    const links = await createRoom(server.url, await template('similar-items'));
    const a = client(server.url, links.room, links.editToken);
    const b = client(server.url, links.room, links.editToken);
    await Promise.all([a.synced(), b.synced()]);
    const closeOf = (payload: Uint8Array) =>
      new Promise<number>((resolve) => {
        const raw = new WebSocket(syncUrl(server.url));
        raw.on('open', () => raw.send(payload));
        raw.on('close', (code) => resolve(code));
        raw.on('error', () => undefined);
      });
    expect(await closeOf(new Uint8Array(3 * 1024 * 1024))).toBe(1009);
    expect(await closeOf(new Uint8Array([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]))).toBeGreaterThanOrEqual(4000);
    // A well-framed sync message for the room whose update is garbage, sent after authenticating.
    const e = encoding.createEncoder();
    encoding.writeVarString(e, links.room);
    encoding.writeVarUint(e, 0);
    encoding.writeVarUint(e, 2);
    encoding.writeVarUint8Array(e, new Uint8Array([1, 200, 3, 4, 5, 6, 7]));
    const c = client(server.url, links.room, links.editToken, { reconnect: false });
    await c.synced();
    const socket = (c.socket as unknown as { webSocket: WebSocket }).webSocket;
    socket.send(encoding.toUint8Array(e));
    await waitFor(() => c.closes.length > 0, 'the garbage sender to be closed');
    addNode(a, 'after-attacks', 'cache');
    await waitFor(() => nodeIds(b).includes('after-attacks'), 'the others to keep editing');
  });

  it('a restart loses nothing: edits are back, and a connected client reconnects and merges its offline edits', async () => {
    const links = await createRoom(server.url, await template('similar-items'));
    const a = client(server.url, links.room, links.editToken);
    await a.synced();
    addNode(a, 'before-restart', 'cache');
    await a.synced();
    const port = server.port;
    await server.close();
    addNode(a, 'while-down', 'cache');
    server = await startRoomServer({ port, dataDir, logger: silentLogger });
    const b = client(server.url, links.room, links.editToken);
    await b.synced();
    expect(nodeIds(b)).toContain('before-restart');
    await waitFor(() => nodeIds(b).includes('while-down'), 'the offline edit to merge after reconnecting');
  });
});

describe('GET /api/time', () => {
  it("answers with the server's clock, never cached", async () => {
    const before = Date.now();
    const res = await fetch(`${server.url}/api/time`);
    const body = (await res.json()) as { now: number };
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(body.now).toBeGreaterThanOrEqual(before);
    expect(body.now).toBeLessThanOrEqual(Date.now());
  });
});

describe('POST /api/rooms', () => {
  it('answers a bad design with 400 and messages naming the JSON path', async () => {
    const design = await template('similar-items');
    design.nodes[1] = { ...design.nodes[1], kind: 'feature-stor' };
    const res = await fetch(`${server.url}/api/rooms`, { method: 'POST', body: JSON.stringify(design) });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { errors: string[] };
    expect(body.errors.join('\n')).toContain('nodes[1].kind: unknown kind "feature-stor"; did you mean "feature-store"?');
    const notJson = await fetch(`${server.url}/api/rooms`, { method: 'POST', body: '{"nodes": [' });
    expect(notJson.status).toBe(400);
  });

  it('gives unguessable room ids and distinct edit and view tokens, and lists no rooms', async () => {
    const design = await template('similar-items');
    const a = await createRoom(server.url, design);
    const b = await createRoom(server.url, design);
    expect(a.room).toMatch(/^[A-Za-z0-9_-]{24}$/);
    expect(a.room).not.toBe(b.room);
    expect(new Set([a.editToken, a.viewToken, b.editToken, b.viewToken]).size).toBe(4);
    expect((await fetch(`${server.url}/api/rooms`)).status).toBe(405);
    expect((await fetch(`${server.url}/api/rooms/${a.room}`)).status).toBe(404);
  });

  it('binds 127.0.0.1 unless told otherwise', async () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}`);
    const outside = Object.values(networkInterfaces())
      .flat()
      .find((i) => i && i.family === 'IPv4' && !i.internal);
    if (outside) await expect(fetch(`http://${outside.address}:${server.port}/api/rooms`, { method: 'POST' })).rejects.toThrow();
  });

  it('refuses a body over the size cap', async () => {
    const res = await fetch(`${server.url}/api/rooms`, { method: 'POST', body: 'x'.repeat(3 * 1024 * 1024) });
    expect(res.status).toBe(413);
  });
});
