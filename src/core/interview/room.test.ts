import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  COMMENTS,
  MAX_REQUIREMENT_CHARS,
  REQUIREMENTS,
  SESSION,
  applyHostCommand,
  judgeUpdate,
  readRoomRequirements,
  readSession,
  readSessionOptions,
  requirementsIssues,
  writeRoomRequirement,
  writeSession,
  type InterviewRole,
  type SessionState,
} from './room';
import { currentPhase, elapsedMs, phaseTimes, startTimer } from './timer';

const open: SessionState = { minutes: 45, hints: false, locked: false, ended: false };
const locked: SessionState = { ...open, locked: true };
const ended: SessionState = { ...open, ended: true };

describe('judgeUpdate', () => {
  const cases: { role: InterviewRole; before: SessionState; touched: string[]; refused: RegExp | undefined }[] = [
    { role: 'host', before: open, touched: [SESSION, 'nodes'], refused: undefined },
    { role: 'host', before: locked, touched: ['nodes'], refused: undefined },
    { role: 'candidate', before: open, touched: ['nodes', 'edges'], refused: undefined },
    { role: 'candidate', before: open, touched: [COMMENTS], refused: undefined },
    { role: 'candidate', before: open, touched: [SESSION], refused: /only the interviewer/ },
    { role: 'candidate', before: locked, touched: ['nodes'], refused: /locked/ },
    { role: 'candidate', before: locked, touched: ['meta'], refused: /locked/ },
    { role: 'candidate', before: locked, touched: [COMMENTS], refused: undefined },
    { role: 'candidate', before: ended, touched: [COMMENTS], refused: /ended/ },
    { role: 'host', before: ended, touched: ['edges'], refused: /frozen/ },
    { role: 'host', before: ended, touched: [SESSION], refused: /frozen/ },
    { role: 'host', before: ended, touched: [COMMENTS], refused: undefined },
    { role: 'watcher', before: open, touched: [COMMENTS], refused: /watchers/ },
    { role: 'candidate', before: open, touched: [REQUIREMENTS], refused: undefined },
    { role: 'candidate', before: locked, touched: [REQUIREMENTS], refused: /locked/ },
    { role: 'host', before: locked, touched: [REQUIREMENTS], refused: undefined },
    { role: 'host', before: ended, touched: [REQUIREMENTS], refused: /frozen/ },
    { role: 'watcher', before: open, touched: [REQUIREMENTS], refused: /watchers/ },
  ];
  it.each(cases)('$role touching $touched (locked $before.locked, ended $before.ended)', ({ role, before, touched, refused }) => {
    const reason = judgeUpdate(role, before, new Set(touched));
    if (refused) expect(reason).toMatch(refused);
    else expect(reason).toBeUndefined();
  });
});

describe('session in the doc', () => {
  it('reads back what was written, and a fresh doc as an unlocked 45-minute room', () => {
    const doc = new Y.Doc();
    expect(readSession(doc)).toEqual(open);
    const timer = startTimer(1_000);
    writeSession(doc, { minutes: 30, hints: true, prompt: 'news-feed', timer, locked: true });
    expect(readSession(doc)).toEqual({ minutes: 30, hints: true, prompt: 'news-feed', timer, locked: true, ended: false });
  });

  it('rewrites nothing that is unchanged (no sync traffic for a no-op)', () => {
    const doc = new Y.Doc();
    writeSession(doc, { minutes: 30, hints: true });
    let updates = 0;
    doc.on('update', () => updates++);
    writeSession(doc, { minutes: 30, hints: true });
    expect(updates).toBe(0);
  });

  it('ignores a timer that is not one', () => {
    const doc = new Y.Doc();
    sessionOfSet(doc, 'timer', { startedAt: 'soon' });
    expect(readSession(doc).timer).toBeUndefined();
  });
});

function sessionOfSet(doc: Y.Doc, key: string, value: unknown) {
  doc.getMap(SESSION).set(key, value);
}

describe('the requirements card in the doc', () => {
  it('reads back what was written, and anything unexpected as empty text', () => {
    const doc = new Y.Doc();
    expect(readRoomRequirements(doc).objective).toBe('');
    writeRoomRequirement(doc, 'objective', 'Long-term engagement');
    doc.getMap(REQUIREMENTS).set('mlTask', 42);
    expect(readRoomRequirements(doc)).toMatchObject({ objective: 'Long-term engagement', mlTask: '' });
    expect(() => writeRoomRequirement(doc, 'nonsense' as 'objective', 'x')).toThrow(/no requirement "nonsense"/);
  });

  it('names each bad entry a client could send', () => {
    const doc = new Y.Doc();
    const map = doc.getMap(REQUIREMENTS);
    map.set('objective', 'fine');
    map.set('mood', 'happy');
    map.set('mlTask', 7);
    map.set('offlineMetrics', 'x'.repeat(MAX_REQUIREMENT_CHARS + 1));
    expect(requirementsIssues(doc).map((i) => `${i.path}: ${i.message}`)).toEqual([
      'requirements.mood: not a field of the requirements card (objective, mlTask, offlineMetrics, onlineMetrics, dataAndLabels)',
      'requirements.mlTask: expected text',
      `requirements.offlineMetrics: longer than ${MAX_REQUIREMENT_CHARS} characters`,
    ]);
  });
});

describe('readSessionOptions', () => {
  it('accepts a length, hints and an optional prompt', () => {
    expect(readSessionOptions({ minutes: 60, hints: false })).toEqual({ ok: true, options: { minutes: 60, hints: false } });
    expect(readSessionOptions({ minutes: 30, hints: true, prompt: 'search' })).toEqual({ ok: true, options: { minutes: 30, hints: true, prompt: 'search' } });
  });
  it('names each bad field', () => {
    const result = readSessionOptions({ minutes: 50, hints: 'yes', prompt: '../etc' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.join('\n')).toMatch(/interview\.minutes.*50[\s\S]*interview\.hints[\s\S]*interview\.prompt/);
    expect(readSessionOptions(null).ok).toBe(false);
  });
});

describe('applyHostCommand', () => {
  const MIN = 60_000;
  it('runs one clock through the doc: start, pause, resume, skip a phase, end (which locks and freezes)', () => {
    const doc = new Y.Doc();
    applyHostCommand(doc, 'start', 0);
    applyHostCommand(doc, 'pause', 3 * MIN);
    applyHostCommand(doc, 'resume', 5 * MIN);
    applyHostCommand(doc, 'next-phase', 6 * MIN);
    const candidate = new Y.Doc();
    Y.applyUpdate(candidate, Y.encodeStateAsUpdate(doc));
    const running = readSession(candidate).timer!;
    expect(currentPhase(running)).toBe('ml-task');
    expect(phaseTimes(running, 7 * MIN)).toMatchObject({ clarify: 4 * MIN, 'ml-task': 1 * MIN });
    applyHostCommand(doc, 'end', 8 * MIN);
    const ended = readSession(doc);
    expect(ended).toMatchObject({ ended: true, locked: true });
    expect(elapsedMs(ended.timer!, 60 * MIN)).toBe(6 * MIN);
  });

  it('changes nothing after the end, and nothing for a command that does not apply', () => {
    const doc = new Y.Doc();
    let updates = 0;
    doc.on('update', () => updates++);
    applyHostCommand(doc, 'pause', 1);
    applyHostCommand(doc, 'next-phase', 1);
    expect(updates).toBe(0);
    applyHostCommand(doc, 'end', 2);
    const after = updates;
    applyHostCommand(doc, 'unlock', 3);
    applyHostCommand(doc, 'start', 3);
    expect(updates).toBe(after);
    expect(readSession(doc).locked).toBe(true);
  });
});
