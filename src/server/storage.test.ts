import * as fs from 'node:fs/promises';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Design } from '../core/document';
import { applyDesignToDoc } from '../core/sync';
import type { Logger } from './logger';
import { startRoomServer, type RoomServer } from './server';
import type { StorageIo } from './storage';
import { connectClient, createRoom, waitFor, type TestClient } from './test-clients';

const template = async (name: string) => JSON.parse(await readFile(join('templates', `${name}.json`), 'utf8')) as Design;
const nodeIds = (c: TestClient) => c.design().nodes.map((n) => n.id);
function addNode(c: TestClient, id: string) {
  const prev = c.design();
  applyDesignToDoc(c.doc, prev, { ...prev, nodes: [...prev.nodes, { id, kind: 'cache', props: {} }] }, 'test');
}

/** A disk that can be made full: while `full`, every file opened for writing fails with ENOSPC. */
function fullableDisk() {
  const disk = { full: false };
  const io: StorageIo = {
    open: (async (path: string, flags?: string, mode?: number) => {
      if (disk.full && flags !== 'r') throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
      return fs.open(path, flags, mode);
    }) as StorageIo['open'],
    rename: fs.rename,
    readdir: (dir) => fs.readdir(dir),
    readFile: (file) => fs.readFile(file),
    rm: (file) => fs.rm(file, { force: true }),
    mkdir: (dir) => fs.mkdir(dir, { recursive: true }),
  };
  return { disk, io };
}

let dataDir: string;
let server: RoomServer | undefined;
const clients: TestClient[] = [];
afterEach(async () => {
  for (const c of clients.splice(0)) c.destroy();
  await server?.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe('storage faults', () => {
  it('a full disk: logged, the room stays in memory, writes are retried, and the good file is never truncated', async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'mlsd-disk-'));
    const { disk, io } = fullableDisk();
    const logged: string[] = [];
    const logger: Logger = { info: () => {}, warn: () => {}, error: (event, fields) => logged.push(`${event} ${JSON.stringify(fields)}`) };
    server = await startRoomServer({ port: 0, dataDir, logger, storageIo: io, snapshotDebounceMs: 50 });
    const links = await createRoom(server.url, await template('similar-items'));
    const roomDir = join(dataDir, 'rooms', links.room);
    const a = connectClient(server.url, links.room, links.editToken);
    clients.push(a);
    await a.synced();
    const before = await readFile(join(roomDir, 'main.snap'));

    disk.full = true;
    addNode(a, 'during-outage');
    await waitFor(() => logged.some((l) => l.startsWith('storage-error') && l.includes('ENOSPC')), 'the failure to be logged');
    // Not on disk, so not acknowledged; but the room has it, and others see it.
    expect(a.provider.hasUnsyncedChanges).toBe(true);
    const b = connectClient(server.url, links.room, links.editToken);
    clients.push(b);
    await waitFor(() => nodeIds(b).includes('during-outage'), 'another client to see the edit held in memory');
    expect(await readFile(join(roomDir, 'main.snap'))).toEqual(before);
    expect((await readdir(roomDir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);

    disk.full = false;
    await a.synced();
    for (const c of clients.splice(0)) c.destroy();
    await server.close();
    server = await startRoomServer({ port: 0, dataDir, logger });
    const c = connectClient(server.url, links.room, links.editToken);
    clients.push(c);
    await c.synced();
    expect(nodeIds(c)).toContain('during-outage');
  });
});
