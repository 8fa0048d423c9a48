import { getKind } from '../../catalog';
import { nodeLabel, numProp } from '../../document/props';
import { joinList } from '../format';
import type { Rule } from '../types';

export const missingLatencyFigure: Rule = {
  meta: {
    id: 'missing-latency-figure',
    severity: 'info',
    stage: 'serving',
    reads: { props: ['latencyMs', 'sloLatencyMs'] },
    docs: {
      description: 'A client request without sloLatencyMs, or a node on its serving path without latencyMs.',
      why: 'State latency requirements first, then budget each stage; a missing figure makes the budget check silently optimistic (s002, s004).',
      notes:
        'One finding per client request. Only kinds that have a latencyMs property count (a prediction log on a request path has none to set). Side inputs are not checked, following the rule\'s "v ∈ S(C)". The client appears as "<label> (SLO)" when its SLO is missing. No quick fix: only the designer knows the figures.',
      ask: 'What is the latency SLO, and what does each stage on the path cost?',
    },
    messages: { noFigure: 'No latency figure for {{nodes}}; the budget check is incomplete.' },
    placeholders: { nodes: 'the nodes lacking a figure, comma-separated' },
  },
  check({ facts, report }) {
    for (const client of facts.clients) {
      const names: string[] = [];
      const nodeIds: string[] = [];
      if (numProp(client, 'sloLatencyMs') === undefined) {
        names.push(`${nodeLabel(client)} (SLO)`);
        nodeIds.push(client.id);
      }
      for (const id of facts.servingPath(client.id)) {
        const node = facts.node(id);
        if (id === client.id || !getKind(node.kind)?.props.latencyMs || numProp(node, 'latencyMs') !== undefined) continue;
        names.push(nodeLabel(node));
        nodeIds.push(id);
      }
      if (nodeIds.length) report({ messageId: 'noFigure', data: { nodes: joinList(names) }, nodeIds });
    }
  },
};
