/**
 * The phases of an interview and their time boxes. The 45-minute plan is seed s002's: "5 min
 * clarification, 5 min ML task definition, 10 min data/features, 10 min model + training, 10 min
 * serving + monitoring, 5 min Q&A". Other lengths scale it, rounded to whole minutes that still
 * add up to the length (largest remainder), so a 30-minute plan keeps the same proportions.
 */
export const PHASE_IDS = ['clarify', 'ml-task', 'data', 'model', 'serving', 'wrap-up'] as const;
export type PhaseId = (typeof PHASE_IDS)[number];

export const PHASE_NAMES: Readonly<Record<PhaseId, string>> = {
  clarify: 'Clarify the problem',
  'ml-task': 'ML task and metrics',
  data: 'Data and features',
  model: 'Model and training',
  serving: 'Serving and monitoring',
  'wrap-up': 'Wrap-up',
};

/** s002's 45-minute split, in minutes. */
const BASE_MINUTES: Readonly<Record<PhaseId, number>> = { clarify: 5, 'ml-task': 5, data: 10, model: 10, serving: 10, 'wrap-up': 5 };
const BASE_TOTAL = 45;

export const DURATIONS = [30, 45, 60] as const;
export type Duration = (typeof DURATIONS)[number];

export interface PlannedPhase {
  id: PhaseId;
  name: string;
  minutes: number;
}

export interface PhasePlan {
  totalMinutes: number;
  phases: PlannedPhase[];
}

export function isDuration(n: unknown): n is Duration {
  return DURATIONS.includes(n as Duration);
}

/** The time boxes of an interview of `totalMinutes` (whole minutes, at least one per phase). */
export function phasePlan(totalMinutes: number): PhasePlan {
  if (!Number.isInteger(totalMinutes) || totalMinutes < PHASE_IDS.length)
    throw new Error(`An interview needs a whole number of minutes, at least ${PHASE_IDS.length}; got ${totalMinutes}`);
  const exact = PHASE_IDS.map((id) => (BASE_MINUTES[id] * totalMinutes) / BASE_TOTAL);
  const minutes = exact.map((m) => Math.max(1, Math.floor(m)));
  let left = totalMinutes - minutes.reduce((a, b) => a + b, 0);
  // Hand out the remaining minutes by largest remainder; earlier phases win ties.
  const order = exact.map((m, i) => ({ i, rest: m - Math.floor(m) })).sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (let k = 0; left > 0; k = (k + 1) % order.length, left--) minutes[order[k].i]++;
  for (let i = minutes.length - 1; left < 0; i = (i - 1 + minutes.length) % minutes.length) {
    if (minutes[i] > 1) {
      minutes[i]--;
      left++;
    }
  }
  return { totalMinutes, phases: PHASE_IDS.map((id, i) => ({ id, name: PHASE_NAMES[id], minutes: minutes[i] })) };
}

export function phaseIndex(id: PhaseId): number {
  return PHASE_IDS.indexOf(id);
}

export function isPhaseId(v: unknown): v is PhaseId {
  return PHASE_IDS.includes(v as PhaseId);
}
