import { numProp } from '../../document/props';
import { ANY } from '../../graph/graph';
import { type LintFacts, RANKERS, computeFacts } from '../facts';
import { EXPLORATION_PCT, edit } from '../fixes';
import { hasAny } from '../format';
import type { Rule } from '../types';
import { explores } from './bandit-not-exploring';
import { meets } from '../../graph/reach';

/** Where exploration would go: the serving path's re-rankers, else its last rankers, else its models. */
function explorationPoints(facts: LintFacts): string[] {
  const serving = facts.design.nodes.filter((n) => facts.serving.has(n.id));
  const rerankers = serving.filter((n) => n.kind === 'reranker');
  if (rerankers.length) return rerankers.map((n) => n.id);
  const lastRankers = serving.filter(
    (n) => RANKERS.has(n.kind) && ![...facts.graph.descendants(n.id)].some((d) => RANKERS.has(facts.node(d).kind) && facts.serving.has(d)),
  );
  if (lastRankers.length) return lastRankers.map((n) => n.id);
  return serving.filter((n) => facts.isModelNode(n)).map((n) => n.id);
}

export const noExploration: Rule = {
  meta: {
    id: 'no-exploration',
    severity: 'info',
    stage: 'model',
    reads: { props: ['algorithm', 'domain', 'explorationPct'] },
    docs: {
      description:
        'A recommendation or ads design whose serving traffic feeds training, with no exploring bandit on or feeding a serving path and no re-ranker that explores (explorationPct > 0). An epsilon-greedy bandit at 0% does not count (bandit-not-exploring reports it).',
      why: 'A model trained only on what it chose to show never learns about the rest: a hidden feedback loop (TDebt). Explore new items or ads with bandits (s002) or a small boost (s003).',
      notes:
        'Reported once per design, on the serving path\'s re-rankers (else its last rankers, else its models). Of the two fixes, the quick fix sets explorationPct=5 on a re-ranker when there is one (a setting, no new component); otherwise it inserts a bandit right after the last ranker.',
      ask: 'If the model only learns from what it shows, how does it ever learn about the rest?',
    },
    messages: { exploitOnly: 'The model only learns from what it already shows.' },
    placeholders: {},
    fixLabel: 'Explore 5% of traffic',
  },
  check({ facts, report }) {
    if (!hasAny(facts.designDomains, ['recommendation', 'ads'])) return;
    // Searches that stop at the first trainer fed by serving traffic (a few hops: log → join →
    // trainer), and at the first serving node an exploring bandit feeds; not two whole-graph walks.
    if (!meets(facts.graph, facts.serving, new Set(facts.trainers.map((t) => t.id)), ANY)) return;
    if (facts.ofKind('bandit').some((b) => explores(b) && meets(facts.graph, [b.id], facts.serving, ANY))) return;
    const rerankers = facts.ofKind('reranker').filter((r) => facts.serving.has(r.id));
    if (rerankers.some((r) => (numProp(r, 'explorationPct') ?? 0) > 0)) return;
    report({ messageId: 'exploitOnly', nodeIds: explorationPoints(facts) });
  },
  fix(design, finding) {
    const target = finding.nodeIds[0] ?? explorationPoints(computeFacts(design))[0];
    if (!target) return design;
    const e = edit(design);
    if (e.node(target)?.kind === 'reranker') e.setProps(target, { explorationPct: EXPLORATION_PCT });
    else e.insertDownstream(target, 'bandit', 'request');
    return e.done();
  },
};
