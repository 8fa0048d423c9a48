import * as Y from 'yjs';
import { COMMENTS, EDGES, META, NODES } from '../sync';
import { isDuration, type Duration } from './phases';
import { EMPTY_REQUIREMENTS, type RequirementsText } from './requirements';
import { endTimer, goToPhase, nextPhase, pauseTimer, readTimer, resumeTimer, startTimer, type TimerState } from './timer';

/**
 * An interview room: one design doc shared by the interviewer (host), the candidate and watchers, with
 * the session (clock, lock, hints, end) in its own root map that only the host may change. The server
 * enforces the roles with `judgeUpdate`; the browsers read the same map, so there is one clock.
 * Host-private data (notes, the rubric) is never written here.
 */
export const SESSION = 'session';
/** Comments pinned to components or edges live with the design (core/sync): both sides write them, even on a locked canvas. */
export { COMMENTS };

/**
 * The requirements card's text (objective, ML task, metrics, data): written by the candidate (and the
 * host), so it lives in its own root map, not in the host-only session. Its figures (SLO, QPS) are on
 * the design's client-request node like in a practice interview.
 */
export const REQUIREMENTS = 'requirements';
export const MAX_REQUIREMENT_CHARS = 2000;

export const INTERVIEW_ROLES = ['host', 'candidate', 'watcher'] as const;
export type InterviewRole = (typeof INTERVIEW_ROLES)[number];

export interface SessionState {
  minutes: Duration;
  /** The candidate sees lint findings. */
  hints: boolean;
  /** Practice prompt id, or undefined for a blank canvas. */
  prompt?: string;
  /** Undefined until the host starts the clock. */
  timer?: TimerState;
  /** The candidate watches: their design edits are refused. */
  locked: boolean;
  /** Final: tokens of candidate and watchers are revoked and the design is frozen. */
  ended: boolean;
}

export interface SessionOptions {
  minutes: Duration;
  hints: boolean;
  prompt?: string;
}

export const sessionOf = (doc: Y.Doc) => doc.getMap<unknown>(SESSION);

/** Checks what a host asks for when creating a room; errors name the field. */
export function readSessionOptions(raw: unknown): { ok: true; options: SessionOptions } | { ok: false; errors: string[] } {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ok: false, errors: ['interview: expected an object { minutes, hints, prompt? }'] };
  const r = raw as Record<string, unknown>;
  const errors: string[] = [];
  if (!isDuration(r.minutes)) errors.push(`interview.minutes: expected 30, 45 or 60, got ${JSON.stringify(r.minutes) ?? 'nothing'}`);
  if (typeof r.hints !== 'boolean') errors.push(`interview.hints: expected true or false, got ${JSON.stringify(r.hints) ?? 'nothing'}`);
  if (r.prompt !== undefined && (typeof r.prompt !== 'string' || !/^[a-z0-9-]{1,64}$/.test(r.prompt)))
    errors.push('interview.prompt: expected a prompt id (lower-case letters, digits and dashes)');
  if (errors.length) return { ok: false, errors };
  return { ok: true, options: { minutes: r.minutes as Duration, hints: r.hints as boolean, ...(typeof r.prompt === 'string' && { prompt: r.prompt }) } };
}

/** The session a doc holds, tolerant of anything (a fresh doc reads as a 45-minute, unlocked, not started room). */
export function readSession(doc: Y.Doc): SessionState {
  const map = sessionOf(doc);
  const minutes = map.get('minutes');
  const prompt = map.get('prompt');
  const timer = readTimer(map.get('timer'));
  return {
    minutes: isDuration(minutes) ? minutes : 45,
    hints: map.get('hints') === true,
    ...(typeof prompt === 'string' && { prompt }),
    ...(timer && { timer }),
    locked: map.get('locked') === true,
    ended: map.get('ended') === true,
  };
}

/** Writes the fields of `patch` that differ, in one transaction. */
export function writeSession(doc: Y.Doc, patch: Partial<SessionState>, origin: unknown = null): void {
  const map = sessionOf(doc);
  doc.transact(() => {
    for (const [key, value] of Object.entries(patch)) {
      if (value === undefined) map.delete(key);
      else if (JSON.stringify(map.get(key)) !== JSON.stringify(value)) map.set(key, value);
    }
  }, origin);
}

/** The requirements card as the doc holds it; anything unexpected reads as empty. */
export function readRoomRequirements(doc: Y.Doc): RequirementsText {
  const map = doc.getMap<unknown>(REQUIREMENTS);
  const text = (key: keyof RequirementsText) => {
    const value = map.get(key);
    return typeof value === 'string' ? value.slice(0, MAX_REQUIREMENT_CHARS) : '';
  };
  return { objective: text('objective'), mlTask: text('mlTask'), offlineMetrics: text('offlineMetrics'), onlineMetrics: text('onlineMetrics'), dataAndLabels: text('dataAndLabels') };
}

export function writeRoomRequirement(doc: Y.Doc, key: keyof RequirementsText, value: string, origin: unknown = null): void {
  if (!(key in EMPTY_REQUIREMENTS)) throw new Error(`no requirement "${key}"`);
  doc.transact(() => doc.getMap<unknown>(REQUIREMENTS).set(key, value.slice(0, MAX_REQUIREMENT_CHARS)), origin);
}

/** What is wrong with the requirements map a client sent: unknown fields, non-text, or text too long. */
export function requirementsIssues(doc: Y.Doc): { path: string; message: string }[] {
  const issues: { path: string; message: string }[] = [];
  for (const [key, value] of doc.getMap<unknown>(REQUIREMENTS).entries()) {
    const path = `${REQUIREMENTS}.${key}`;
    if (!(key in EMPTY_REQUIREMENTS)) issues.push({ path, message: `not a field of the requirements card (${Object.keys(EMPTY_REQUIREMENTS).join(', ')})` });
    else if (typeof value !== 'string') issues.push({ path, message: 'expected text' });
    else if (value.length > MAX_REQUIREMENT_CHARS) issues.push({ path, message: `longer than ${MAX_REQUIREMENT_CHARS} characters` });
  }
  return issues;
}

// The candidate's work: the design and the requirements card; locked and frozen alike.
const DESIGN_ROOTS = new Set([NODES, EDGES, META, REQUIREMENTS]);

/**
 * Whether a role may make an update that touches `touched` (names of the doc's root maps), given the
 * session as it stood before the update. Returns the reason for the sender when it may not.
 */
export function judgeUpdate(role: InterviewRole, before: SessionState, touched: ReadonlySet<string>): string | undefined {
  const design = [...touched].some((root) => DESIGN_ROOTS.has(root));
  if (role === 'watcher') return 'watchers cannot change the interview';
  if (before.ended) {
    if (design || touched.has(SESSION)) return 'the interview has ended: the design is frozen';
    return role === 'host' ? undefined : 'the interview has ended';
  }
  if (role === 'host') return undefined;
  if (touched.has(SESSION)) return 'only the interviewer changes the session (clock, phase, lock, hints)';
  if (design && before.locked) return 'the interviewer has locked the canvas';
  return undefined;
}

export type HostCommand = 'start' | 'pause' | 'resume' | 'next-phase' | 'lock' | 'unlock' | 'end';

/**
 * What the host's buttons do to the shared session, at wall-clock `now`. Every change is one write of
 * the session map, so all browsers show the same clock; a command that does not apply (pause while
 * paused, anything after the end) changes nothing.
 */
export function applyHostCommand(doc: Y.Doc, command: HostCommand, now: number, origin: unknown = null): void {
  const s = readSession(doc);
  if (s.ended) return;
  const t = s.timer;
  const patch: Partial<SessionState> = {};
  if (command === 'start' && !t) patch.timer = startTimer(now);
  if (command === 'pause' && t) patch.timer = pauseTimer(t, now);
  if (command === 'resume' && t) patch.timer = resumeTimer(t, now);
  if (command === 'next-phase' && t) {
    const next = nextPhase(t);
    if (next) patch.timer = goToPhase(t, next, now);
  }
  if (command === 'lock' || command === 'unlock') patch.locked = command === 'lock';
  if (command === 'end') Object.assign(patch, { ended: true, locked: true, ...(t && { timer: endTimer(t, now) }) });
  writeSession(doc, patch, origin);
}
