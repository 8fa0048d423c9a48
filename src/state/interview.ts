import { create } from 'zustand';
import {
  type Duration,
  EMPTY_REQUIREMENTS,
  endTimer,
  goToPhase,
  isDuration,
  nextPhase,
  pauseTimer,
  type PhaseId,
  type RequirementsText,
  readTimer,
  resumeTimer,
  type TimerState,
} from '../core/interview';
import { switchDesign } from './designs';
import { useEditor } from './store';

/**
 * The interview in progress: which prompt, which design, the clock and the candidate's notes.
 * The timer is plain instants (see core/interview/timer), saved in localStorage on every change,
 * so a reload finds the same phase and the same time left. Time comes from `clock.now()` so tests
 * can replace it (Playwright's page.clock replaces Date.now underneath it too).
 */
export const clock = { now: (): number => Date.now() };

export interface InterviewSession {
  /** Practice prompt id, or undefined for a blank canvas. */
  promptId?: string;
  title: string;
  /** The stored design the interview was started on. */
  designId: string;
  minutes: Duration;
  timer: TimerState;
  requirements: RequirementsText;
  /** Checklist items ticked by hand. */
  ticked: Record<string, boolean>;
  /** Findings and node badges hidden until the end. */
  noHints: boolean;
}

interface InterviewState {
  session?: InterviewSession;
}

export const useInterview = create<InterviewState>()(() => ({}));

const STORAGE_KEY = 'mlsd-studio/interview';

function update(change: (s: InterviewSession) => InterviewSession) {
  const { session } = useInterview.getState();
  if (session) useInterview.setState({ session: change(session) });
}

export interface StartOptions {
  promptId?: string;
  title: string;
  minutes: Duration;
  noHints: boolean;
}

export const pauseInterview = () => update((s) => ({ ...s, timer: pauseTimer(s.timer, clock.now()) }));
export const resumeInterview = () => update((s) => ({ ...s, timer: resumeTimer(s.timer, clock.now()) }));
export const goToInterviewPhase = (phase: PhaseId) => update((s) => ({ ...s, timer: goToPhase(s.timer, phase, clock.now()) }));

export function nextInterviewPhase(): void {
  const next = useInterview.getState().session && nextPhase(useInterview.getState().session!.timer);
  if (next) goToInterviewPhase(next);
}

export function togglePause(): void {
  if (useInterview.getState().session?.timer.pausedAt !== undefined) resumeInterview();
  else pauseInterview();
}

/**
 * Ends the interview (now, or at the earlier instant `at`, when time ran out), reveals the
 * findings, and brings its design back on the canvas.
 */
export async function endInterview(at?: number): Promise<void> {
  update((s) => ({ ...s, timer: endTimer(s.timer, Math.min(at ?? Infinity, clock.now())), noHints: false }));
  const designId = useInterview.getState().session?.designId;
  if (designId && useEditor.getState().designId !== designId && useEditor.getState().designs.some((d) => d.id === designId)) await switchDesign(designId);
}

/** Forgets the interview (its design stays among the designs). */
export const closeInterview = () => useInterview.setState({ session: undefined });

export const setRequirement = (key: keyof RequirementsText, value: string) =>
  update((s) => (s.requirements[key] === value ? s : { ...s, requirements: { ...s.requirements, [key]: value } }));

export const tickItem = (id: string, done: boolean) => update((s) => ({ ...s, ticked: { ...s.ticked, [id]: done } }));

export const setNoHints = (noHints: boolean) => update((s) => ({ ...s, noHints }));

/** True while an interview runs with its findings hidden. */
export const selectHintsHidden = (s: InterviewState) => !!s.session && s.session.noHints && s.session.timer.endedAt === undefined;

function readSession(raw: unknown): InterviewSession | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const r = raw as Record<string, unknown>;
  const timer = readTimer(r.timer);
  if (!timer || typeof r.title !== 'string' || typeof r.designId !== 'string' || !isDuration(r.minutes)) return undefined;
  const req = (typeof r.requirements === 'object' && r.requirements) || {};
  const requirements = Object.fromEntries(
    Object.keys(EMPTY_REQUIREMENTS).map((k) => [k, typeof (req as Record<string, unknown>)[k] === 'string' ? (req as Record<string, string>)[k] : '']),
  ) as unknown as RequirementsText;
  const ticked = Object.fromEntries(Object.entries((typeof r.ticked === 'object' && r.ticked) || {}).filter(([, v]) => typeof v === 'boolean'));
  return {
    // An unknown prompt id reads as no prompt where it is used (getPrompt), which the practice prompts stay out of the first load for.
    ...(typeof r.promptId === 'string' && { promptId: r.promptId }),
    title: r.title,
    designId: r.designId,
    minutes: r.minutes,
    timer,
    requirements,
    ticked,
    noHints: r.noHints === true,
  };
}

/**
 * Reads the saved interview (if any) and keeps saving it. A damaged record is dropped rather
 * than shown wrong. Returns the unsubscribe function.
 */
export function startInterviewPersistence(storage: Storage = localStorage): () => void {
  try {
    const text = storage.getItem(STORAGE_KEY);
    const session = text ? readSession(JSON.parse(text)) : undefined;
    if (session) useInterview.setState({ session });
    else if (text) storage.removeItem(STORAGE_KEY);
  } catch {
    storage.removeItem(STORAGE_KEY);
  }
  return useInterview.subscribe((s, prev) => {
    if (s.session === prev.session) return;
    try {
      if (s.session) storage.setItem(STORAGE_KEY, JSON.stringify(s.session));
      else storage.removeItem(STORAGE_KEY);
    } catch {
      // Storage full or blocked: the interview goes on, it just will not survive a reload.
    }
  });
}
