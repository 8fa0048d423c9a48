import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { compareWithReference } from '../core/compare';
import type { Design } from '../core/document';
import { EMPTY_REQUIREMENTS, evaluateChecklist, formatClock, getPrompt, phasePlan, phaseTimes } from '../core/interview';
import { buildReview } from '../core/interview/review';
import { applyHostCommand, readSession } from '../core/interview/room';
import { addComment, readComments, replyToComment, setCommentResolved } from '../core/interview/roomComments';
import { roomReviewMarkdown, rubricByStage } from '../core/interview/roomReview';
import { lint } from '../core/lint';
import { applyDesignToDoc } from '../core/sync';
import { silentLogger } from './logger';
import { startRoomServer, type RoomServer } from './server';
import { connectClient, waitFor, type TestClient } from './test-clients';

const MIN = 60_000;
const T0 = Date.UTC(2026, 10, 28, 17, 0, 0);

let dataDir: string;
let server: RoomServer;
const clients: TestClient[] = [];

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'mlsd-interview-session-'));
  server = await startRoomServer({ port: 0, dataDir, logger: silentLogger, snapshotDebounceMs: 100 });
});

afterEach(async () => {
  for (const c of clients.splice(0)) c.destroy();
  // A provider sent away has a reconnect queued (50 ms): let it meet a live server, not a closed port.
  await new Promise((r) => setTimeout(r, 150));
  await server.close();
  await rm(dataDir, { recursive: true, force: true });
});

function addNodes(client: TestClient, nodes: Design['nodes'], edges: Design['edges'] = []) {
  const prev = client.design();
  applyDesignToDoc(client.doc, prev, { ...prev, nodes: [...prev.nodes, ...nodes], edges: [...prev.edges, ...edges] }, 'test');
}

describe('a 45-minute interview, host and candidate on the real server, on a fake clock', () => {
  it('one clock, comments both ways, lock, end and revocation; the review has times, findings, notes and comments', async () => {
    const prompt = getPrompt('news-feed')!;
    const blank = { format: 'mlsd-studio/design', version: 1, title: prompt.title, description: prompt.brief, nodes: [], edges: [] };
    const res = await fetch(`${server.url}/api/interviews`, { method: 'POST', body: JSON.stringify({ design: blank, interview: { minutes: 45, hints: false, prompt: prompt.id } }) });
    const links = (await res.json()) as { room: string; hostToken: string; candidateToken: string };
    const host = connectClient(server.url, links.room, links.hostToken);
    const candidate = connectClient(server.url, links.room, links.candidateToken, { reconnect: false });
    clients.push(host, candidate);
    await Promise.all([host.synced(), candidate.synced()]);
    // The notes box lives in the host's browser only; nothing here writes it to the room.
    const notes = { clarify: 'Asked about cold start unprompted.', serving: 'No fallback when the ranker times out.' };

    applyHostCommand(host.doc, 'start', T0);
    await waitFor(() => readSession(candidate.doc).timer !== undefined, 'the clock to reach the candidate');
    applyHostCommand(host.doc, 'next-phase', T0 + 6 * MIN);
    applyHostCommand(host.doc, 'next-phase', T0 + 10 * MIN);
    await waitFor(() => readSession(candidate.doc).timer?.visits.length === 3, 'the phase changes to reach the candidate');
    expect(phaseTimes(readSession(candidate.doc).timer!, T0 + 12 * MIN)).toEqual(phaseTimes(readSession(host.doc).timer!, T0 + 12 * MIN));

    addNodes(
      candidate,
      [
        { id: 'request', kind: 'client-request', props: {} },
        { id: 'ranker', kind: 'heavy-ranker', label: 'Ranker', props: {} },
      ],
      [{ id: 'request-ranker', source: 'request', target: 'ranker', flow: 'request' }],
    );
    await waitFor(() => host.design().nodes.length === 2, 'the candidate’s cards to reach the host');

    const question = addComment(host.doc, { node: 'ranker' }, 'Ada (interviewer)', 'What happens when the ranker times out?', T0 + 20 * MIN);
    await waitFor(() => readComments(candidate.doc).length === 1, 'the host’s comment to reach the candidate');
    replyToComment(candidate.doc, question, 'Sam', 'We serve the cached ranking.', T0 + 21 * MIN);
    setCommentResolved(candidate.doc, question, true);
    await waitFor(() => readComments(host.doc)[0]?.resolved === true, 'the candidate’s resolve to reach the host');

    applyHostCommand(host.doc, 'lock', T0 + 30 * MIN);
    await waitFor(() => readSession(candidate.doc).locked, 'the lock to reach the candidate');
    addNodes(candidate, [{ id: 'while-locked', kind: 'cache', props: {} }]);
    await waitFor(() => candidate.stateless.some((s) => s.includes('locked the canvas')), 'the candidate to be told the canvas is locked');
    expect(host.design().nodes.map((n) => n.id)).not.toContain('while-locked');

    applyHostCommand(host.doc, 'next-phase', T0 + 31 * MIN);
    applyHostCommand(host.doc, 'end', T0 + 45 * MIN);
    await host.synced();
    const late = connectClient(server.url, links.room, links.candidateToken, { reconnect: false });
    clients.push(late);
    await waitFor(() => late.authFailures.includes('interview-ended'), 'the candidate link to be refused after the end');

    // The candidate's copy holds the design, session and comments, never the host's notes.
    const candidateState = Buffer.from(Y.encodeStateAsUpdate(candidate.doc)).toString('latin1');
    expect(candidateState).not.toContain('cold start unprompted');
    expect([...candidate.doc.share.keys()].sort()).toEqual(['comments', 'edges', 'meta', 'nodes', 'session']);

    const session = readSession(host.doc);
    const design = host.design();
    const findings = lint(design).findings;
    const reference = JSON.parse(await readFile(join('templates', 'news-feed-ranking.json'), 'utf8')) as Design;
    const review = buildReview({
      title: prompt.title,
      prompt,
      plan: phasePlan(session.minutes),
      timer: session.timer!,
      now: T0 + 60 * MIN,
      design,
      requirements: EMPTY_REQUIREMENTS,
      checklist: evaluateChecklist(design, findings, EMPTY_REQUIREMENTS, {}),
      findings,
      reference: { status: 'compared', id: 'news-feed-ranking', title: reference.title ?? 'News feed', comparison: compareWithReference(design, reference) },
    });
    const markdown = roomReviewMarkdown(review, notes, readComments(host.doc), 'Sam');

    expect(review.actualMs).toBe(45 * MIN);
    expect(markdown).toContain(`| Clarify the problem | ${formatClock(5 * MIN)} | ${formatClock(6 * MIN)} |`);
    expect(markdown).toContain(`| Model and training | ${formatClock(10 * MIN)} | ${formatClock(14 * MIN)} |`);
    expect(findings.length).toBeGreaterThan(0);
    expect(markdown).toContain(findings[0].message.replace(/\|/g, '\\|').replace(/\r?\n/g, ' '));
    const worst = rubricByStage(findings).find((r) => r.errors + r.warnings > 0)!;
    expect(markdown).toContain(`| ${worst.stage} | ${worst.errors} | ${worst.warnings} |`);
    expect(markdown).toContain('Asked about cold start unprompted.');
    expect(markdown).toContain('- **Ranker** (resolved): What happens when the ranker times out? — Ada (interviewer), ');
    expect(markdown).toContain('  - We serve the cached ranking. — Sam, ');
    expect(markdown).toContain('**Candidate:** Sam');
  });
});
