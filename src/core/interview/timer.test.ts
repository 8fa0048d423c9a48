import { describe, expect, it } from 'vitest';
import { phasePlan } from './phases';
import { elapsedMs, endTimer, formatClock, goToPhase, pauseTimer, phaseTimes, readTimer, resumeTimer, startTimer, timerStatus, timeUpAt } from './timer';

const MIN = 60_000;
const T0 = Date.UTC(2025, 0, 6, 9, 0, 0);

describe('phasePlan', () => {
  it('gives the 45-minute split of seed s002', () => {
    expect(phasePlan(45).phases.map((p) => [p.name, p.minutes])).toEqual([
      ['Clarify the problem', 5],
      ['ML task and metrics', 5],
      ['Data and features', 10],
      ['Model and training', 10],
      ['Serving and monitoring', 10],
      ['Wrap-up', 5],
    ]);
  });

  it('scales to 30 and 60 minutes in whole minutes that add up to the length', () => {
    expect(phasePlan(30).phases.map((p) => p.minutes)).toEqual([3, 3, 7, 7, 7, 3]);
    expect(phasePlan(60).phases.map((p) => p.minutes)).toEqual([7, 7, 13, 13, 13, 7]);
    for (const total of [6, 20, 30, 45, 60, 90]) expect(phasePlan(total).phases.reduce((a, p) => a + p.minutes, 0)).toBe(total);
  });

  it('refuses lengths that cannot hold every phase', () => {
    expect(() => phasePlan(5)).toThrow(/at least 6/);
    expect(() => phasePlan(44.5)).toThrow(/whole number/);
  });
});

describe('the interview timer', () => {
  const plan = phasePlan(45);

  it('counts the current phase and the whole interview down from the clock', () => {
    const t = startTimer(T0);
    const s = timerStatus(t, plan, T0 + 2 * MIN + 30_000);
    expect(s.phase).toBe('clarify');
    expect(s.phaseLeftMs).toBe(2 * MIN + 30_000);
    expect(s.overallLeftMs).toBe(42 * MIN + 30_000);
    expect(s.overMs).toBe(0);
  });

  it('reports how far a phase runs over its time box', () => {
    const t = startTimer(T0);
    const s = timerStatus(t, plan, T0 + 6 * MIN + 20_000);
    expect(s.overMs).toBe(MIN + 20_000);
    expect(`over by ${formatClock(s.overMs)}`).toBe('over by 1:20');
  });

  it('excludes pauses from every figure', () => {
    let t = startTimer(T0);
    t = pauseTimer(t, T0 + MIN);
    // Frozen while paused.
    expect(elapsedMs(t, T0 + 10 * MIN)).toBe(MIN);
    expect(timerStatus(t, plan, T0 + 10 * MIN).paused).toBe(true);
    t = resumeTimer(t, T0 + 10 * MIN);
    expect(elapsedMs(t, T0 + 11 * MIN)).toBe(2 * MIN);
    expect(timerStatus(t, plan, T0 + 11 * MIN).phaseLeftMs).toBe(3 * MIN);
  });

  it('adds up the time of each phase, across visits', () => {
    let t = startTimer(T0);
    t = goToPhase(t, 'ml-task', T0 + 4 * MIN);
    t = goToPhase(t, 'data', T0 + 10 * MIN);
    t = goToPhase(t, 'clarify', T0 + 12 * MIN); // back to fix a requirement
    t = goToPhase(t, 'data', T0 + 13 * MIN);
    const spent = phaseTimes(t, T0 + 20 * MIN);
    expect(spent).toMatchObject({ clarify: 5 * MIN, 'ml-task': 6 * MIN, data: 9 * MIN, model: 0 });
    expect(timerStatus(t, plan, T0 + 20 * MIN).phaseLeftMs).toBe(MIN);
  });

  it('stops at the end, and a paused interview ends when it was paused', () => {
    let t = startTimer(T0);
    t = pauseTimer(t, T0 + 7 * MIN);
    t = endTimer(t, T0 + 30 * MIN);
    expect(elapsedMs(t, T0 + 60 * MIN)).toBe(7 * MIN);
    expect(goToPhase(t, 'data', T0 + 61 * MIN)).toBe(t);
    expect(timerStatus(t, plan, T0 + 60 * MIN).ended).toBe(true);
  });

  it('knows when the planned length is used up', () => {
    const t = startTimer(T0);
    expect(timerStatus(t, plan, T0 + 44 * MIN).timeUp).toBe(false);
    expect(timerStatus(t, plan, T0 + 45 * MIN).timeUp).toBe(true);
  });

  it('knows when the time runs out, pauses included, and never while paused', () => {
    let t = startTimer(T0);
    expect(timeUpAt(t, plan)).toBe(T0 + 45 * MIN);
    t = pauseTimer(t, T0 + 10 * MIN);
    expect(timeUpAt(t, plan)).toBe(Infinity);
    t = resumeTimer(t, T0 + 15 * MIN);
    expect(timeUpAt(t, plan)).toBe(T0 + 50 * MIN);
    // A tab that comes back long after the end stops the clock at the time limit.
    expect(elapsedMs(endTimer(t, timeUpAt(t, plan)), T0 + 3 * 60 * MIN)).toBe(45 * MIN);
  });

  it('survives a round trip through JSON (a reload) and rejects a damaged record', () => {
    let t = startTimer(T0);
    t = goToPhase(t, 'ml-task', T0 + 5 * MIN);
    t = pauseTimer(t, T0 + 6 * MIN);
    const back = readTimer(JSON.parse(JSON.stringify(t)));
    expect(back).toEqual(t);
    expect(timerStatus(back!, plan, T0 + 9 * MIN)).toEqual(timerStatus(t, plan, T0 + 9 * MIN));
    expect(readTimer({ ...t, visits: [{ phase: 'lunch', at: 0 }] })).toBeUndefined();
    expect(readTimer({ startedAt: 'yesterday' })).toBeUndefined();
    expect(readTimer(null)).toBeUndefined();
  });

  it('formats durations as a clock', () => {
    expect(formatClock(0)).toBe('0:00');
    expect(formatClock(59_999)).toBe('0:59');
    expect(formatClock(45 * MIN)).toBe('45:00');
    expect(formatClock(-80_000)).toBe('1:20');
    expect(formatClock(61 * MIN + 5000)).toBe('1:01:05');
  });
});
