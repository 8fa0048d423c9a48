import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Design } from '../core/document';
import { COMMENTS, readRoomRequirements, readSession, REQUIREMENTS, writeRoomRequirement, writeSession } from '../core/interview/room';
import { addComment } from '../core/interview/roomComments';
import { startTimer } from '../core/interview/timer';
import { applyDesignToDoc } from '../core/sync';
import { silentLogger } from './logger';
import { startRoomServer, type RoomServer } from './server';
import { connectClient, waitFor, type TestClient } from './test-clients';

interface InterviewLinks {
  room: string;
  hostToken: string;
  candidateToken: string;
  watcherToken: string;
}

const template = async (name: string) => JSON.parse(await readFile(join('templates', `${name}.json`), 'utf8')) as Design;

async function createInterview(baseUrl: string, body: unknown): Promise<Response> {
  return fetch(`${baseUrl}/api/interviews`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
}

function addNode(client: TestClient, id: string, kind = 'cache') {
  const prev = client.design();
  applyDesignToDoc(client.doc, prev, { ...prev, nodes: [...prev.nodes, { id, kind, props: {} }] }, 'test');
}
const nodeIds = (client: TestClient) => client.design().nodes.map((n) => n.id);
const told = (client: TestClient) => client.stateless.filter((s) => s.includes('mlsd:update-refused')).join('\n');

let dataDir: string;
let server: RoomServer;
let links: InterviewLinks;
const clients: TestClient[] = [];
const client = (token: keyof Omit<InterviewLinks, 'room'>, options: { reconnect?: boolean } = {}) => {
  const c = connectClient(server.url, links.room, links[token], options);
  clients.push(c);
  return c;
};

async function dropClients() {
  for (const c of clients.splice(0)) c.destroy();
  // A provider cut off by the server has a reconnect queued (50 ms): let it meet a live server, not a closed port.
  await new Promise((r) => setTimeout(r, 150));
}

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'mlsd-interviews-'));
  server = await startRoomServer({ port: 0, dataDir, logger: silentLogger, snapshotDebounceMs: 100 });
  const res = await createInterview(server.url, { design: await template('similar-items'), interview: { minutes: 45, hints: false, prompt: 'news-feed' } });
  expect(res.status).toBe(201);
  links = (await res.json()) as InterviewLinks;
});

afterEach(async () => {
  await dropClients();
  await server.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe('interview rooms', () => {
  it('hand out three distinct tokens and seed the session the host asked for', async () => {
    expect(new Set([links.hostToken, links.candidateToken, links.watcherToken]).size).toBe(3);
    const candidate = client('candidateToken');
    await candidate.synced();
    expect(readSession(candidate.doc)).toEqual({ minutes: 45, hints: false, prompt: 'news-feed', locked: false, ended: false });
    expect(nodeIds(candidate).length).toBeGreaterThan(5);
  });

  it('refuse a body with a bad length or design, naming each field', async () => {
    const res = await createInterview(server.url, { design: { format: 'nope' }, interview: { minutes: 50, hints: true } });
    expect(res.status).toBe(400);
    const { errors } = (await res.json()) as { errors: string[] };
    expect(errors.join('\n')).toMatch(/interview\.minutes: expected 30, 45 or 60, got 50/);
    expect(errors.join('\n')).toMatch(/^design\./m);
  });

  it('only the host changes the session: a candidate’s attempt is refused, the candidate told, the room unchanged', async () => {
    const host = client('hostToken');
    const candidate = client('candidateToken', { reconnect: false });
    await Promise.all([host.synced(), candidate.synced()]);
    const timer = startTimer(Date.now());
    writeSession(host.doc, { timer });
    await waitFor(() => readSession(candidate.doc).timer !== undefined, 'the host’s start to reach the candidate');
    expect(readSession(candidate.doc).timer).toEqual(timer);

    writeSession(candidate.doc, { hints: true, locked: false });
    await waitFor(() => candidate.closes.length > 0, 'the candidate to be cut off');
    expect(told(candidate)).toMatch(/only the interviewer changes the session/);
    const late = client('watcherToken');
    await late.synced();
    expect(readSession(late.doc).hints).toBe(false);
  });

  it('a locked canvas refuses the candidate’s design edits but not their comments; unlocking lets edits through', async () => {
    const host = client('hostToken');
    const first = client('candidateToken', { reconnect: false });
    await Promise.all([host.synced(), first.synced()]);
    writeSession(host.doc, { locked: true });
    await waitFor(() => readSession(first.doc).locked, 'the lock to reach the candidate');
    addComment(first.doc, { node: 'ranker' }, 'Sam', 'what happens when the ranker times out?', Date.now(), 'c1');
    await waitFor(() => host.doc.getMap(COMMENTS).has('c1'), 'the comment to reach the host');
    addNode(first, 'while-locked');
    await waitFor(() => first.closes.length > 0, 'the locked candidate to be cut off');
    expect(told(first)).toMatch(/locked the canvas/);
    expect(nodeIds(host)).not.toContain('while-locked');
    // Its refused edit stays in its own copy (a CRDT cannot take it back): the browser refuses edits while locked.
    first.destroy();

    writeSession(host.doc, { locked: false });
    await host.synced();
    const second = client('candidateToken');
    await second.synced();
    addNode(second, 'after-unlock');
    await waitFor(() => nodeIds(host).includes('after-unlock'), 'the unlocked edit to reach the host');
    expect(nodeIds(host)).not.toContain('while-locked');
  });

  it('the candidate fills in the requirements card for both; a field the card does not have is refused, named', async () => {
    const host = client('hostToken');
    const candidate = client('candidateToken', { reconnect: false });
    await Promise.all([host.synced(), candidate.synced()]);
    writeRoomRequirement(candidate.doc, 'objective', 'Long-term engagement, not the next click');
    await waitFor(() => readRoomRequirements(host.doc).objective.startsWith('Long-term'), 'the candidate’s requirement to reach the host');
    candidate.doc.getMap(REQUIREMENTS).set('mood', 'nervous');
    await waitFor(() => candidate.closes.length > 0, 'the candidate with a stray field to be cut off');
    const refusal = JSON.parse(told(candidate)) as { issues: { path: string; message: string }[] };
    expect(refusal.issues.map((i) => i.path)).toEqual(['requirements.mood']);
    expect(host.doc.getMap(REQUIREMENTS).has('mood')).toBe(false);
  });

  it('a watcher’s writes never reach the room', async () => {
    const host = client('hostToken');
    const watcher = client('watcherToken');
    await Promise.all([host.synced(), watcher.synced()]);
    addNode(watcher, 'sneaky');
    addComment(watcher.doc, { node: 'sneaky' }, 'Eve', 'a watcher cannot comment', Date.now(), 'sneaky-comment');
    writeSession(watcher.doc, { ended: true });
    addNode(host, 'legit');
    await waitFor(() => nodeIds(watcher).includes('legit'), 'the watcher to see the host’s edit');
    const late = client('candidateToken');
    await late.synced();
    expect(nodeIds(late)).not.toContain('sneaky');
    expect(late.doc.getMap(COMMENTS).has('sneaky-comment')).toBe(false);
    expect(readSession(late.doc).ended).toBe(false);
  });

  it('a comment without an author or time is refused, naming the comment', async () => {
    const host = client('hostToken');
    const candidate = client('candidateToken', { reconnect: false });
    await Promise.all([host.synced(), candidate.synced()]);
    const bad = new Y.Map<unknown>();
    candidate.doc.transact(() => {
      candidate.doc.getMap(COMMENTS).set('half', bad);
      bad.set('target', { node: 'ranker' });
      bad.set('text', 'no author');
      bad.set('replies', new Y.Array());
    });
    await waitFor(() => candidate.closes.length > 0, 'the candidate with a malformed comment to be cut off');
    const refusal = JSON.parse(told(candidate)) as { issues: { path: string; message: string }[] };
    expect(refusal.issues).toContainEqual({ path: 'comments["half"].author', message: 'missing; expected a non-empty string' });
    expect(host.doc.getMap(COMMENTS).has('half')).toBe(false);
  });

  it('ending revokes the candidate and watcher (now and after a restart), freezes the design, and keeps the host in', async () => {
    const host = client('hostToken');
    const candidate = client('candidateToken', { reconnect: false });
    const watcher = client('watcherToken', { reconnect: false });
    await Promise.all([host.synced(), candidate.synced(), watcher.synced()]);
    const sentAway: string[] = [];
    for (const c of [host, candidate, watcher]) c.provider.on('close', ({ event }: { event: { reason: string } }) => sentAway.push(event.reason));
    writeSession(host.doc, { ended: true });
    await waitFor(() => sentAway.length >= 2, 'the candidate and watcher to be sent away');
    expect(sentAway).toEqual(['interview-ended', 'interview-ended']);

    const again = client('candidateToken', { reconnect: false });
    await waitFor(() => again.authFailures.length > 0, 'a new candidate connection to be refused');
    expect(again.authFailures).toContain('interview-ended');
    expect(again.design().nodes).toEqual([]);

    addNode(host, 'after-end');
    await waitFor(() => told(host) !== '', 'the host to be told the design is frozen');
    expect(told(host)).toMatch(/interview has ended: the design is frozen/);

    await dropClients();
    await server.close();
    server = await startRoomServer({ port: 0, dataDir, logger: silentLogger });
    const afterRestart = client('watcherToken', { reconnect: false });
    await waitFor(() => afterRestart.authFailures.length > 0, 'the watcher to be refused after a restart');
    expect(afterRestart.authFailures).toContain('interview-ended');
    const hostBack = client('hostToken');
    await hostBack.synced();
    expect(readSession(hostBack.doc).ended).toBe(true);
    expect(nodeIds(hostBack)).not.toContain('after-end');
  });

  it('tokens of one interview open no other room, and plain room tokens open no interview', async () => {
    const other = (await (await createInterview(server.url, { design: await template('similar-items'), interview: { minutes: 30, hints: true } })).json()) as InterviewLinks;
    const wrong = connectClient(server.url, other.room, links.hostToken, { reconnect: false });
    clients.push(wrong);
    await waitFor(() => wrong.authFailures.length > 0, 'another interview’s host token to be refused');
    expect(wrong.design().nodes).toEqual([]);
  });
});
