import { nodeLabel, numProp, strProp } from '../../document/props';
import type { DesignNode } from '../../document/types';
import { RD } from '../../graph/graph';
import { EXPLORATION_PCT, setPropsFix } from '../fixes';
import type { LintFacts } from '../facts';
import type { Rule } from '../types';

/** A bandit explores unless it is epsilon-greedy with epsilon 0: Thompson sampling and UCB explore by construction. */
export function explores(bandit: DesignNode): boolean {
  return strProp(bandit, 'algorithm') !== 'epsilon-greedy' || (numProp(bandit, 'explorationPct') ?? 0) > 0;
}

/** A bandit that serves: in S, or with a request or data edge into S. */
const serves = (facts: LintFacts, bandit: DesignNode) =>
  facts.serving.has(bandit.id) || facts.graph.outEdges(bandit.id, RD).some((e) => facts.serving.has(e.target));

export const banditNotExploring: Rule = {
  meta: {
    id: 'bandit-not-exploring',
    severity: 'warning',
    stage: 'model',
    reads: { props: ['algorithm', 'explorationPct'] },
    docs: {
      description: 'A serving bandit (in S, or with a request or data edge into S) that is epsilon-greedy with explorationPct=0.',
      why: 'A bandit that never explores is a greedy ranker: new ads and items never get impressions, and its logs hold no randomised choices to evaluate a new policy offline (s002 explore/exploit for new ads; s003 exploration vs exploitation).',
      notes: 'Thompson sampling and UCB explore by construction, so only epsilon-greedy at 0% fires. no-exploration counts a bandit only when it explores. The fix sets explorationPct=5.',
      ask: 'What fraction of traffic explores, and how would you evaluate a new policy from these logs?',
    },
    messages: {
      greedy: '{{bandit}} explores 0% of the time: it never tries anything new, and its logs cannot evaluate a new policy.',
    },
    placeholders: { bandit: 'the bandit' },
    fixLabel: 'Explore 5% of traffic',
  },
  check({ facts, report }) {
    for (const bandit of facts.ofKind('bandit')) {
      if (explores(bandit) || !serves(facts, bandit)) continue;
      report({ messageId: 'greedy', data: { bandit: nodeLabel(bandit) }, nodeIds: [bandit.id] });
    }
  },
  fix: setPropsFix({ explorationPct: EXPLORATION_PCT }),
};
