import { nodeLabel } from '../../document/props';
import { FUNNEL_KINDS, funnelStage } from '../../graph/funnel';
import { formatCount } from '../format';
import type { Rule } from '../types';

export const funnelNotNarrowing: Rule = {
  meta: {
    id: 'funnel-not-narrowing',
    severity: 'warning',
    stage: 'serving',
    reads: { props: ['candidatesIn', 'candidatesOut', 'corpusSize'] },
    docs: {
      description:
        'A retriever, ranker or re-ranker on a serving path that outputs more candidates than it takes in: its candidatesIn (corpusSize for indexes), or the sum its request predecessors on the path output.',
      why: 'Each stage should cut the set down, millions → ~1,000 → 200 → 50, so the expensive stages see few items (s000).',
      notes:
        'Defaults count as set (candidate generation outputs 1,000, an ANN index 500, a lexical index 1,000). When both bounds are exceeded the message names the declared input. Advice only: no quick fix (lower candidatesOut or reorder).',
      ask: 'How many candidates leave each stage, and why does that number fit its latency?',
    },
    messages: { widens: '{{node}} outputs {{out}} candidates from {{in}}; the funnel widens.' },
    placeholders: { node: 'the funnel stage', out: 'its candidatesOut', in: 'the candidates it takes in' },
  },
  check({ facts, report }) {
    for (const id of facts.serving) {
      const node = facts.node(id);
      if (!FUNNEL_KINDS.has(node.kind)) continue;
      const stage = funnelStage(facts.graph, id, facts.serving);
      const out = stage.candidatesOut;
      if (out === undefined) continue;
      const exceeded = [stage.candidatesIn, stage.fromPredecessors].find((input) => input !== undefined && out > input);
      if (exceeded === undefined) continue;
      report({ messageId: 'widens', data: { node: nodeLabel(node), out: formatCount(out), in: formatCount(exceeded) }, nodeIds: [id] });
    }
  },
};
