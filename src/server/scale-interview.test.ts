import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyHostCommand, readSession } from '../core/interview/room';
import { applyDesignToDoc } from '../core/sync';
import { silentLogger } from './logger';
import { startRoomServer, type RoomServer } from './server';
import { connectClient, waitFor, type TestClient } from './test-clients';
import { startRedis } from './test-process';

// Interview roles hold on every instance: the tokens are HMACs of one secret, the end is a file in the
// shared data directory, and each instance judges the updates its own sockets send.

let dir: string;
let redis: Awaited<ReturnType<typeof startRedis>>;
let one: RoomServer;
let two: RoomServer;
let links: { room: string; hostToken: string; candidateToken: string; watcherToken: string };
const clients: TestClient[] = [];
const client = (...a: Parameters<typeof connectClient>) => {
  const c = connectClient(...a);
  clients.push(c);
  return c;
};
const nodeIds = (c: TestClient) => c.design().nodes.map((n) => n.id);
function addNode(c: TestClient, id: string) {
  const prev = c.design();
  applyDesignToDoc(c.doc, prev, { ...prev, nodes: [...prev.nodes, { id, kind: 'cache', props: {} }] }, 'test');
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mlsd-scale-interview-'));
  redis = await startRedis();
  [one, two] = await Promise.all(
    ['one', 'two'].map((instanceId) => startRoomServer({ port: 0, dataDir: join(dir, 'rooms'), redis: redis.url, instanceId, logger: silentLogger })),
  );
  const res = await fetch(`${one.url}/api/interviews`, {
    method: 'POST',
    body: JSON.stringify({ design: { format: 'mlsd-studio/design', version: 1, title: 'Interview', nodes: [], edges: [] }, interview: { minutes: 45, hints: false } }),
  });
  expect(res.status).toBe(201);
  links = await res.json();
}, 60_000);

afterAll(async () => {
  for (const c of clients) c.destroy();
  await new Promise((r) => setTimeout(r, 150));
  await Promise.all([one?.close(), two?.close()]);
  await redis?.stop();
  await rm(dir, { recursive: true, force: true });
});

describe('an interview room across two instances on one Redis', { timeout: 30_000 }, () => {
  it('candidate and watcher tokens cannot change the session or write on the other instance; the end revokes them on both', async () => {
    const host = client(one.url, links.room, links.hostToken);
    const candidate = client(two.url, links.room, links.candidateToken, { reconnect: false });
    const watcher = client(two.url, links.room, links.watcherToken);
    await Promise.all([host.synced(), candidate.synced(), watcher.synced()]);

    applyHostCommand(host.doc, 'start', Date.now());
    await waitFor(() => readSession(candidate.doc).timer !== undefined, 'the host’s clock to reach the candidate on instance two');

    // The candidate draws, on instance two; the host sees it on instance one.
    addNode(candidate, 'candidate-card');
    await waitFor(() => nodeIds(host).includes('candidate-card'), 'the candidate’s card to reach the host');

    // Session changes from a candidate token are refused by instance two (which tells the sender and
    // cuts it), and so is any write from a watcher token.
    const rogue = client(two.url, links.room, links.candidateToken, { reconnect: false });
    await rogue.synced();
    applyHostCommand(rogue.doc, 'lock', Date.now());
    addNode(watcher, 'watcher-card');
    await waitFor(() => rogue.stateless.some((s) => s.includes('only the interviewer changes the session')), 'instance two to tell the candidate');
    addNode(host, 'host-card');
    await waitFor(() => nodeIds(watcher).includes('host-card'), 'a later host edit to reach instance two');
    expect(readSession(host.doc).locked).toBe(false);
    expect(nodeIds(host)).not.toContain('watcher-card');
    expect(nodeIds(candidate)).not.toContain('watcher-card');

    // The host ends on instance one: instance two closes its candidate, and both refuse the links afterwards.
    applyHostCommand(host.doc, 'end', Date.now());
    await host.synced();
    await waitFor(() => candidate.roomCloses.includes('interview-ended'), 'instance two to close the candidate’s connection');
    await waitFor(() => watcher.roomCloses.includes('interview-ended'), 'instance two to close the watcher’s connection');
    for (const server of [one, two]) {
      for (const token of [links.candidateToken, links.watcherToken]) {
        const late = client(server.url, links.room, token, { reconnect: false });
        await waitFor(() => late.authFailures.includes('interview-ended'), `${server === one ? 'instance one' : 'instance two'} to refuse an ended session's token`);
      }
    }
    // The host may still open the room (for the review) on either instance.
    const hostAgain = client(two.url, links.room, links.hostToken);
    await hostAgain.synced();
    expect(readSession(hostAgain.doc).ended).toBe(true);
  });
});
