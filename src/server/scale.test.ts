import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Design } from '../core/document';
import { applyDesignToDoc } from '../core/sync';
import type { Logger } from './logger';
import { startRoomServer, type RoomServer } from './server';
import { connectClient, createRoom, waitFor, type RoomLinks, type TestClient } from './test-clients';
import { startBalancer, startRedis, startServerProcess, type ServerProcess } from './test-process';

const template = async (name: string) => JSON.parse(await readFile(join('templates', `${name}.json`), 'utf8')) as Design;
const nodeIds = (c: TestClient) => c.design().nodes.map((n) => n.id);
function addNode(c: TestClient, id: string) {
  const prev = c.design();
  applyDesignToDoc(c.doc, prev, { ...prev, nodes: [...prev.nodes, { id, kind: 'cache', props: {} }] }, 'test');
}

let dir: string;
let redis: Awaited<ReturnType<typeof startRedis>>;
let one: ServerProcess;
let two: RoomServer;
let balancer: Awaited<ReturnType<typeof startBalancer>>;
let links: RoomLinks;
let viaBalancer: TestClient;
let onTwo: TestClient;
const logged: string[] = [];
const clients: TestClient[] = [];
const client = (...a: Parameters<typeof connectClient>) => {
  const c = connectClient(...a);
  clients.push(c);
  return c;
};

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mlsd-scale-'));
  await mkdir(join(dir, 'dist'));
  await writeFile(join(dir, 'dist', 'index.html'), '<!doctype html><title>MLSD Studio</title>');
  redis = await startRedis();
  const logger: Logger = {
    info: (event) => logged.push(event),
    warn: (event) => logged.push(event),
    error: (event, fields) => logged.push(`${event} ${JSON.stringify(fields)}`),
  };
  [one, two] = await Promise.all([
    startServerProcess(['--port', '0', '--data', join(dir, 'rooms'), '--dist', join(dir, 'dist'), '--redis', redis.url, '--instance', 'one']),
    startRoomServer({ port: 0, dataDir: join(dir, 'rooms'), redis: redis.url, instanceId: 'two', logger }),
  ]);
  balancer = await startBalancer(() => [one.port, two.port]);
  links = await createRoom(one.url, await template('similar-items'));
}, 60_000);

afterAll(async () => {
  for (const c of clients) c.destroy();
  await one?.kill('SIGKILL');
  await two?.close();
  await balancer?.close();
  await redis?.stop();
  await rm(dir, { recursive: true, force: true });
});

describe('several instances on one Redis', { timeout: 30_000 }, () => {
  it('clients of one room on two instances edit together; watch tokens write on neither', async () => {
    viaBalancer = client(`http://127.0.0.1:${balancer.port}`, links.room, links.editToken);
    onTwo = client(two.url, links.room, links.editToken);
    const watchOne = client(one.url, links.room, links.viewToken);
    const watchTwo = client(two.url, links.room, links.viewToken);
    await Promise.all([viaBalancer.synced(), onTwo.synced()]);
    addNode(viaBalancer, 'from-one');
    addNode(onTwo, 'from-two');
    addNode(watchOne, 'watcher-one');
    addNode(watchTwo, 'watcher-two');
    await waitFor(() => nodeIds(viaBalancer).includes('from-two') && nodeIds(onTwo).includes('from-one'), 'edits to cross instances');
    await waitFor(() => nodeIds(watchOne).includes('from-two') && nodeIds(watchTwo).includes('from-one'), 'watchers to see both');
    const fresh = client(one.url, links.room, links.editToken);
    await fresh.synced();
    for (const c of [viaBalancer, onTwo, fresh]) {
      expect(nodeIds(c)).not.toContain('watcher-one');
      expect(nodeIds(c)).not.toContain('watcher-two');
    }
    expect(viaBalancer.design()).toEqual(onTwo.design());
  });

  it('when an instance is killed, its clients reconnect to the other and lose nothing', async () => {
    addNode(viaBalancer, 'acked-on-one');
    await viaBalancer.synced();
    await one.kill('SIGKILL');
    addNode(viaBalancer, 'unsent-when-killed');
    await waitFor(() => ['acked-on-one', 'unsent-when-killed'].every((id) => nodeIds(onTwo).includes(id)), 'the edits to reach instance two', 15_000);
    addNode(onTwo, 'after-failover');
    await waitFor(() => nodeIds(viaBalancer).includes('after-failover'), 'the moved client to get new edits');
    expect(viaBalancer.design()).toEqual(onTwo.design());
  });

  it('with Redis gone, an instance keeps serving its rooms and says so in its log', async () => {
    await redis.stop();
    await waitFor(() => logged.some((l) => l.startsWith('redis-unavailable')), 'the log to say Redis is unavailable');
    addNode(onTwo, 'no-redis');
    await waitFor(() => nodeIds(viaBalancer).includes('no-redis'), 'clients of the same instance to keep editing');
    const late = client(two.url, links.room, links.editToken);
    await late.synced();
    expect(nodeIds(late)).toContain('no-redis');
  });
});
