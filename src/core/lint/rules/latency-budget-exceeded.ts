import { nodeLabel } from '../../document/props';
import { joinPath } from '../format';
import type { Rule } from '../types';

export const latencyBudgetExceeded: Rule = {
  meta: {
    id: 'latency-budget-exceeded',
    severity: 'error',
    stage: 'serving',
    reads: { props: ['latencyMs', 'sloLatencyMs'] },
    docs: {
      description:
        "The critical path of a client request, stages in series adding up and parallel branches taking the slowest, with each node's slowest side input, is longer than its sloLatencyMs.",
      why: 'Latency is a requirement, not an afterthought: a p99 budget split across stages (s002 serving; s000 light ranker 10 ms, heavy ranker 50 ms).',
      notes:
        'Exactly DOMAIN.md "The latency budget, exactly"; unset latencies count 0 (missing-latency-figure reports them), request cycles are skipped (the cycle rule reports them). Reported on the critical path nodes and edges. Advice only: cut candidates, cache or parallelize.',
      ask: 'Walk me through the latency budget of each stage: where do the milliseconds go?',
    },
    messages: { overBudget: 'Critical path {{path}} = {{total}} ms exceeds the {{slo}} ms SLO.' },
    placeholders: { path: 'the critical path, node labels joined by →', total: 'its latency in ms', slo: "the client request's sloLatencyMs" },
  },
  check({ facts, report }) {
    for (const client of facts.clients) {
      const critical = facts.criticalPath(client.id);
      if (!critical || critical.sloMs === undefined || critical.totalMs <= critical.sloMs) continue;
      report({
        messageId: 'overBudget',
        data: { path: joinPath(critical.nodeIds.map((id) => nodeLabel(facts.node(id)))), total: critical.totalMs, slo: critical.sloMs },
        nodeIds: critical.nodeIds,
        edgeIds: critical.edgeIds,
      });
    }
  },
};
