import { KINDS } from '../catalog';
import type { Design } from '../document/types';
import { computeFacts } from './facts';
import { coveredStages, kindsOfStage } from './stages';
import { type Finding, STAGES, type Stage } from './types';

/** clear: something is there and no error or warning of the stage is open; open: findings; missing: nothing there. */
export type StageState = 'clear' | 'open' | 'missing';

export interface StageScore {
  stage: Stage;
  state: StageState;
  /** For a missing stage, the kinds that would fill it. */
  fillWith: string[];
}

export interface DesignScore {
  stages: StageScore[];
  clear: number;
}

/**
 * The design score (DOMAIN.md C2): a stage counts as clear only when the design has a node of it
 * and no error or warning of it. An empty stage is missing, never clear, so a sketch of rankers
 * alone does not score "6 / 8". The findings panel, the interview checklist and review read this.
 */
export function designScore(design: Design, findings: readonly Finding[]): DesignScore {
  const covered = coveredStages(design, computeFacts(design));
  const open = new Set(findings.filter((f) => f.severity !== 'info').map((f) => f.stage));
  const stages = STAGES.map((stage): StageScore => {
    if (!covered.has(stage)) return { stage, state: 'missing', fillWith: kindsOfStage(stage, KINDS) };
    return { stage, state: open.has(stage) ? 'open' : 'clear', fillWith: [] };
  });
  return { stages, clear: stages.filter((s) => s.state === 'clear').length };
}
