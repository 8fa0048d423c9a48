import { beforeEach, describe, expect, it } from 'vitest';
import { EMPTY_REQUIREMENTS, startTimer } from '../core/interview';
import { type InterviewSession, closeInterview, goToInterviewPhase, selectHintsHidden, startInterviewPersistence, togglePause, useInterview } from './interview';

/** localStorage as a Map, for Node. */
class MemoryStorage implements Storage {
  private items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(i: number) {
    return [...this.items.keys()][i] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
}

const KEY = 'mlsd-studio/interview';
const session = (): InterviewSession => ({
  promptId: 'news-feed',
  title: 'News feed',
  designId: 'd-1',
  minutes: 45,
  timer: startTimer(Date.UTC(2025, 0, 6, 9)),
  requirements: { ...EMPTY_REQUIREMENTS, objective: 'Engagement' },
  ticked: { summary: true },
  noHints: true,
});

describe('the interview store', () => {
  beforeEach(() => useInterview.setState({ session: undefined }));

  it('saves every change and finds the interview again after a reload', () => {
    const storage = new MemoryStorage();
    const stop = startInterviewPersistence(storage);
    useInterview.setState({ session: session() });
    goToInterviewPhase('data');
    togglePause();
    stop();
    const saved = useInterview.getState().session;

    useInterview.setState({ session: undefined }); // the reload
    startInterviewPersistence(storage)();
    expect(useInterview.getState().session).toEqual(saved);
    expect(useInterview.getState().session!.timer.visits.map((v) => v.phase)).toEqual(['clarify', 'data']);
    expect(useInterview.getState().session!.timer.pausedAt).toBeDefined();
  });

  it('drops a damaged record instead of showing a wrong clock', () => {
    for (const text of ['{not json', JSON.stringify({ ...session(), minutes: 50 }), JSON.stringify({ ...session(), timer: { startedAt: 'now' } })]) {
      const storage = new MemoryStorage();
      storage.setItem(KEY, text);
      startInterviewPersistence(storage)();
      expect(useInterview.getState().session, text).toBeUndefined();
      expect(storage.getItem(KEY), text).toBeNull();
    }
  });

  it('keeps what it can read of the notes and forgets the interview when closed', () => {
    const storage = new MemoryStorage();
    storage.setItem(KEY, JSON.stringify({ ...session(), requirements: { objective: 42, mlTask: 'Ranking' }, ticked: { summary: 'yes', ethics: true } }));
    const stop = startInterviewPersistence(storage);
    const s = useInterview.getState().session!;
    expect(s.requirements).toEqual({ ...EMPTY_REQUIREMENTS, mlTask: 'Ranking' });
    expect(s.ticked).toEqual({ ethics: true });
    closeInterview();
    expect(storage.getItem(KEY)).toBeNull();
    stop();
  });

  it('hides hints only while an interview with no hints runs', () => {
    expect(selectHintsHidden({ session: session() })).toBe(true);
    expect(selectHintsHidden({ session: { ...session(), noHints: false } })).toBe(false);
    expect(selectHintsHidden({ session: { ...session(), timer: { ...session().timer, endedAt: Date.UTC(2025, 0, 6, 10) } } })).toBe(false);
    expect(selectHintsHidden({})).toBe(false);
  });
});
