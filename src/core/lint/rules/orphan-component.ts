import { nodeLabel } from '../../document/props';
import type { Rule } from '../types';

export const orphanComponent: Rule = {
  meta: {
    id: 'orphan-component',
    severity: 'warning',
    stage: 'problem',
    reads: { props: [] },
    docs: {
      description: 'A node with no edges in a design of two or more nodes.',
      why: 'An unconnected component is unfinished design or a dead path that nobody maintains (TDebt dead experimental codepaths).',
      notes: 'Edges that point to missing nodes do not count. Advice only: connect or delete.',
      ask: 'What does this component connect to? What is its role in the system?',
    },
    messages: { notConnected: '{{node}} is not connected.' },
    placeholders: { node: 'the unconnected node' },
  },
  check({ facts, design, report }) {
    if (design.nodes.length < 2) return;
    for (const node of design.nodes) {
      if (facts.graph.degree(node.id) === 0) report({ messageId: 'notConnected', data: { node: nodeLabel(node) }, nodeIds: [node.id] });
    }
  },
};
