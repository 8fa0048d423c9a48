import type { Design } from '../document/types';
import { applyFix } from './engine';
import type { Finding, LintResult } from './types';

export interface FixAllResult {
  design: Design;
  /** The findings whose fix was applied, in order. */
  applied: Finding[];
}

const keyOf = (f: Finding) => `${f.ruleId}|${f.nodeIds.join(',')}|${f.edgeIds.join(',')}`;

/**
 * Applies quick fixes one at a time, linting again after each, until no fixable finding is left
 * that has not been tried. A finding is tried once: a fix that changes nothing, or that another fix
 * brings back, is not applied again, so this always ends (at most `limit` fixes).
 */
export function fixAll(design: Design, lintDesign: (d: Design) => LintResult, limit = 200): FixAllResult {
  const tried = new Set<string>();
  const applied: Finding[] = [];
  let current = design;
  for (let round = 0; round < limit; round++) {
    const next = lintDesign(current).findings.find((f) => f.fixable && !tried.has(keyOf(f)));
    if (!next) break;
    tried.add(keyOf(next));
    const fixed = applyFix(current, next);
    if (JSON.stringify(fixed) === JSON.stringify(current)) continue;
    current = fixed;
    applied.push(next);
  }
  return { design: current, applied };
}
