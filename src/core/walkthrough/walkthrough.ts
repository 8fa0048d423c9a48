import type { Design, WalkthroughStep } from '../document/types';
import { nodeLabel } from '../document/props';
import { STAGE_TITLES, stageOfNode } from '../export/stages';
import { STAGES } from '../lint/types';

/**
 * The order a presenter steps through a design. Templates carry their own; any other design gets
 * the interview framework's order (problem → data → features → model → training → evaluation →
 * serving → monitoring), one step per stage that has components.
 */
export function defaultWalkthrough(design: Pick<Design, 'nodes'>): WalkthroughStep[] {
  return STAGES.flatMap((stage) => {
    const nodes = design.nodes.filter((n) => stageOfNode(n) === stage);
    if (!nodes.length) return [];
    const notes = nodes.map((n) => (n.notes ? `${nodeLabel(n)}: ${n.notes}` : nodeLabel(n))).join('\n');
    return [{ title: STAGE_TITLES[stage], nodeIds: nodes.map((n) => n.id), notes }];
  });
}

/** The design's own walkthrough (ids of deleted nodes dropped), or the framework order when it has none. */
export function walkthroughOf(design: Pick<Design, 'nodes' | 'walkthrough'>): WalkthroughStep[] {
  const ids = new Set(design.nodes.map((n) => n.id));
  const own = (design.walkthrough ?? []).map((s) => ({ ...s, nodeIds: s.nodeIds.filter((id) => ids.has(id)) }));
  return own.length ? own : defaultWalkthrough(design);
}

/** Moves a step up (-1) or down (+1); out of range leaves the order as it was. */
export function moveStep(steps: readonly WalkthroughStep[], index: number, by: -1 | 1): WalkthroughStep[] {
  const to = index + by;
  if (index < 0 || index >= steps.length || to < 0 || to >= steps.length) return [...steps];
  const next = [...steps];
  [next[index], next[to]] = [next[to], next[index]];
  return next;
}

export function removeNodeFromStep(steps: readonly WalkthroughStep[], index: number, nodeId: string): WalkthroughStep[] {
  return steps.map((s, i) => (i === index ? { ...s, nodeIds: s.nodeIds.filter((id) => id !== nodeId) } : s));
}

/** The design with this walkthrough saved into it (one edit, so one undo step). */
export function withWalkthrough(design: Design, steps: readonly WalkthroughStep[]): Design {
  return { ...design, walkthrough: steps.map((s) => ({ ...s, nodeIds: [...s.nodeIds] })) };
}
