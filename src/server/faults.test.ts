import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { Design } from '../core/document';
import { applyDesignToDoc } from '../core/sync';
import { connectClient, createRoom, syncUrl, waitFor, type TestClient } from './test-clients';
import { startServerProcess, type ServerProcess } from './test-process';

const template = async (name: string) => JSON.parse(await readFile(join('templates', `${name}.json`), 'utf8')) as Design;
const nodeIds = (c: TestClient) => c.design().nodes.map((n) => n.id);
function addNode(c: TestClient, id: string, label?: string) {
  const prev = c.design();
  applyDesignToDoc(c.doc, prev, { ...prev, nodes: [...prev.nodes, { id, kind: 'cache', label, props: {} }] }, 'test');
}

let dir: string;
let args: string[];
const clients: TestClient[] = [];
const client = (...a: Parameters<typeof connectClient>) => {
  const c = connectClient(...a);
  clients.push(c);
  return c;
};
const processes: ServerProcess[] = [];
const start = async (extra: string[] = []) => {
  const p = await startServerProcess([...args, ...extra]);
  processes.push(p);
  return p;
};

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mlsd-faults-'));
  await mkdir(join(dir, 'dist'));
  await writeFile(join(dir, 'dist', 'index.html'), '<!doctype html><title>MLSD Studio</title>');
  args = ['--port', '0', '--data', join(dir, 'rooms'), '--dist', join(dir, 'dist')];
});

afterAll(async () => {
  for (const c of clients.splice(0)) c.destroy();
  for (const p of processes) await p.kill('SIGKILL');
  await rm(dir, { recursive: true, force: true });
});

describe('the room server process', { timeout: 30_000 }, () => {
  it('killed with SIGKILL mid-session keeps every acknowledged edit, and unsent edits merge on reconnect', async () => {
    let server = await start();
    const links = await createRoom(server.url, await template('similar-items'));
    const a = client(server.url, links.room, links.editToken);
    const b = client(server.url, links.room, links.editToken);
    await Promise.all([a.synced(), b.synced()]);
    for (let i = 0; i < 5; i++) {
      addNode(a, `a-${i}`);
      addNode(b, `b-${i}`);
    }
    // Acknowledged: the server answered every update (it does so only once the update is on disk).
    await Promise.all([a.synced(), b.synced()]);
    await server.kill('SIGKILL');
    addNode(a, 'a-offline');
    addNode(b, 'b-offline');
    server = await start(['--port', String(server.port)]);
    const c = client(server.url, links.room, links.editToken);
    await c.synced();
    for (let i = 0; i < 5; i++) expect(nodeIds(c)).toEqual(expect.arrayContaining([`a-${i}`, `b-${i}`]));
    await waitFor(() => ['a-offline', 'b-offline'].every((id) => nodeIds(c).includes(id)), 'the unsent edits to merge', 10_000);
    await waitFor(() => JSON.stringify(a.design()) === JSON.stringify(c.design()), 'a to converge with c');
    expect(b.design()).toEqual(c.design());
    for (const x of [a, b, c]) x.destroy();
    await server.kill('SIGTERM');
  });

  it('cuts off a 10 MB update, garbage, 1,000 connections and floods while the room’s others notice nothing', async () => {
    const server = await start();
    const links = await createRoom(server.url, { ...(await template('similar-items')), title: 'Secret roadmap design' });
    const a = client(server.url, links.room, links.editToken);
    const b = client(server.url, links.room, links.editToken);
    await Promise.all([a.synced(), b.synced()]);

    const raw = (payload?: Uint8Array) =>
      new Promise<number>((resolve) => {
        const ws = new WebSocket(syncUrl(server.url));
        ws.on('open', () => payload && ws.send(payload));
        ws.on('close', (code) => resolve(code));
        ws.on('error', () => undefined);
        ws.on('unexpected-response', () => resolve(429));
      });
    expect(await raw(new Uint8Array(10 * 1024 * 1024))).toBe(1009);
    expect(await raw(Uint8Array.from({ length: 64 }, (_, i) => (i * 37) % 256 | 0x80))).toBeGreaterThanOrEqual(4000);

    const crowd: WebSocket[] = [];
    const refused = await new Promise<number>((resolve) => {
      let settled = 0;
      let no = 0;
      for (let i = 0; i < 1000; i++) {
        const ws = new WebSocket(syncUrl(server.url));
        crowd.push(ws);
        ws.on('error', () => undefined);
        const done = (ok: boolean) => {
          if (!ok) no++;
          if (++settled === 1000) resolve(no);
        };
        ws.once('open', () => done(true));
        ws.once('unexpected-response', () => done(false));
      }
    });
    expect(refused).toBeGreaterThanOrEqual(1000 - 256);
    for (const ws of crowd) ws.terminate();

    const flooder = client(server.url, links.room, links.editToken, { reconnect: false });
    await flooder.synced();
    for (let i = 0; i < 500; i++) flooder.provider.setAwarenessField('cursor', { x: i, y: i });
    await waitFor(() => flooder.closes.some((c) => c.code === 4429), 'the presence flood to be cut off');

    // A message flood: presence queries are the cheapest message to send, so they arrive faster than any limit.
    const query = new Uint8Array([24, ...new TextEncoder().encode(links.room), 3]);
    const spam = await new Promise<number>((resolve) => {
      const ws = new WebSocket(syncUrl(server.url));
      ws.on('open', () => {
        for (let i = 0; i < 3000; i++) ws.send(query);
      });
      ws.on('close', (code) => resolve(code));
      ws.on('error', () => undefined);
    });
    expect(spam).toBe(4429);

    addNode(a, 'still-here', 'Fraud queue of ACME');
    await waitFor(() => nodeIds(b).includes('still-here'), 'the others to keep editing');
    expect(a.closes).toEqual([]);
    expect(b.closes).toEqual([]);
    expect(server.child.exitCode).toBeNull();
    // Nothing of the design reaches the log: no title, no label, no token.
    expect(server.output()).not.toMatch(/Secret roadmap|Fraud queue|ACME/);
    expect(server.output()).not.toContain(links.editToken);
    expect(server.output()).toMatch(/connection-cut/);
    await server.kill('SIGTERM');
  });
});
