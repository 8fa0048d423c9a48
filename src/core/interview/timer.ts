import { PHASE_IDS, type PhaseId, type PhasePlan } from './phases';

/**
 * The interview clock as plain data, so it survives a reload: wall-clock instants (ms since the
 * epoch, from whatever `now()` the caller uses) of the start, the pauses and the end, and the
 * moments (in active interview time) the candidate moved from phase to phase. Everything shown
 * is computed from these and the current time; nothing counts down in memory.
 */
export interface TimerState {
  startedAt: number;
  /** Wall-clock instant the interview was paused, while it is paused. */
  pausedAt?: number;
  /** Total wall-clock time spent paused before `pausedAt`. */
  pausedMs: number;
  /** Phase changes, oldest first: the phase entered and the active time (ms) at which it was. */
  visits: { phase: PhaseId; at: number }[];
  /** Wall-clock instant the interview ended. */
  endedAt?: number;
}

export interface TimerStatus {
  phase: PhaseId;
  /** Active time so far (pauses excluded), in ms. */
  elapsedMs: number;
  /** Planned length minus active time; negative once the interview runs past its length. */
  overallLeftMs: number;
  /** Time spent in the current phase (all visits), in ms. */
  phaseSpentMs: number;
  /** Its time box minus the time spent in it; negative when it runs over. */
  phaseLeftMs: number;
  /** How far the current phase has run past its time box (0 when it has not). */
  overMs: number;
  paused: boolean;
  ended: boolean;
  /** The planned length is used up. */
  timeUp: boolean;
}

export function startTimer(now: number): TimerState {
  return { startedAt: now, pausedMs: 0, visits: [{ phase: PHASE_IDS[0], at: 0 }] };
}

/** The instant the clock reads: frozen while paused and after the end. */
function stoppedAt(t: TimerState, now: number): number {
  return Math.min(t.endedAt ?? now, t.pausedAt ?? now, now);
}

export function elapsedMs(t: TimerState, now: number): number {
  return Math.max(0, stoppedAt(t, now) - t.startedAt - t.pausedMs);
}

export function currentPhase(t: TimerState): PhaseId {
  return t.visits[t.visits.length - 1]?.phase ?? PHASE_IDS[0];
}

/** Active time spent in each phase so far, in ms (a phase visited twice adds up). */
export function phaseTimes(t: TimerState, now: number): Record<PhaseId, number> {
  const spent = Object.fromEntries(PHASE_IDS.map((id) => [id, 0])) as Record<PhaseId, number>;
  const end = elapsedMs(t, now);
  t.visits.forEach((v, i) => {
    const until = i + 1 < t.visits.length ? t.visits[i + 1].at : end;
    spent[v.phase] += Math.max(0, until - v.at);
  });
  return spent;
}

export function timerStatus(t: TimerState, plan: PhasePlan, now: number): TimerStatus {
  const phase = currentPhase(t);
  const elapsed = elapsedMs(t, now);
  const boxMs = (plan.phases.find((p) => p.id === phase)?.minutes ?? 0) * 60_000;
  const phaseSpentMs = phaseTimes(t, now)[phase];
  const overallLeftMs = plan.totalMinutes * 60_000 - elapsed;
  return {
    phase,
    elapsedMs: elapsed,
    overallLeftMs,
    phaseSpentMs,
    phaseLeftMs: boxMs - phaseSpentMs,
    overMs: Math.max(0, phaseSpentMs - boxMs),
    paused: t.pausedAt !== undefined,
    ended: t.endedAt !== undefined,
    timeUp: overallLeftMs <= 0,
  };
}

export function pauseTimer(t: TimerState, now: number): TimerState {
  if (t.pausedAt !== undefined || t.endedAt !== undefined) return t;
  return { ...t, pausedAt: now };
}

export function resumeTimer(t: TimerState, now: number): TimerState {
  if (t.pausedAt === undefined || t.endedAt !== undefined) return t;
  return { ...t, pausedAt: undefined, pausedMs: t.pausedMs + Math.max(0, now - t.pausedAt) };
}

/** Moves to a phase (the next one, or back to an earlier one); its clock starts where it left off. */
export function goToPhase(t: TimerState, phase: PhaseId, now: number): TimerState {
  if (t.endedAt !== undefined || currentPhase(t) === phase) return t;
  return { ...t, visits: [...t.visits, { phase, at: elapsedMs(t, now) }] };
}

/** The phase after the current one, or undefined in the last phase. */
export function nextPhase(t: TimerState): PhaseId | undefined {
  return PHASE_IDS[PHASE_IDS.indexOf(currentPhase(t)) + 1];
}

/** Ends the interview; a paused interview ends at the moment it was paused. */
export function endTimer(t: TimerState, now: number): TimerState {
  if (t.endedAt !== undefined) return t;
  const endedAt = t.pausedAt ?? now;
  return { ...t, endedAt };
}

/**
 * The wall-clock instant the planned length runs out, as things stand: a tab left in the
 * background (or closed) past it ends there, not whenever it is looked at again. Never while paused.
 */
export function timeUpAt(t: TimerState, plan: PhasePlan): number {
  if (t.pausedAt !== undefined) return Infinity;
  return t.startedAt + t.pausedMs + plan.totalMinutes * 60_000;
}

/** "m:ss" (or "h:mm:ss") of a duration; negative durations read as their size. */
export function formatClock(ms: number): string {
  const total = Math.floor(Math.abs(ms) / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/** Reads a stored timer back (from localStorage); undefined when it is not a valid one. */
export function readTimer(raw: unknown): TimerState | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const r = raw as Record<string, unknown>;
  const num = (v: unknown) => typeof v === 'number' && Number.isFinite(v);
  if (!num(r.startedAt) || !num(r.pausedMs) || !Array.isArray(r.visits) || !r.visits.length) return undefined;
  const visits = r.visits.filter((v): v is { phase: PhaseId; at: number } => typeof v === 'object' && v !== null && PHASE_IDS.includes(v.phase) && num(v.at));
  if (visits.length !== r.visits.length) return undefined;
  if ((r.pausedAt !== undefined && !num(r.pausedAt)) || (r.endedAt !== undefined && !num(r.endedAt))) return undefined;
  return {
    startedAt: r.startedAt as number,
    pausedMs: r.pausedMs as number,
    visits,
    ...(r.pausedAt !== undefined && { pausedAt: r.pausedAt as number }),
    ...(r.endedAt !== undefined && { endedAt: r.endedAt as number }),
  };
}
