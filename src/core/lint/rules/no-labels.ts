import { nodeLabel, strProp } from '../../document/props';
import type { DesignNode } from '../../document/types';
import type { Fact } from '../facts';
import { edit } from '../fixes';
import type { Rule } from '../types';
import { type NodeSet } from '../../graph/reach';

const LABEL_KINDS = new Set(['label-join', 'label-source', 'human-review']);

function carriesLabels(n: DesignNode): boolean {
  const labels = strProp(n, 'labels');
  return labels === 'explicit' || labels === 'implicit' || LABEL_KINDS.has(n.kind);
}

/** Nodes with an ancestor (any flow) that carries labels. */
const labelled: Fact<NodeSet> = (f) => f.downstreamOf(carriesLabels);

export const noLabels: Rule = {
  meta: {
    id: 'no-labels',
    severity: 'error',
    stage: 'problem',
    reads: { props: ['labels'] },
    docs: {
      description:
        'A trainer needs an ancestor (any flow) that carries labels (labels=explicit or implicit) or is a label-join, label-source or human-review.',
      why: 'Supervised learning needs a target: "What\'s the label? Is it explicit or implicit?" (s002 problem framing; s003 step 2, label noise and delay).',
      notes: 'Of the two sources the table offers, the fix adds an event-log (implicit labels: clicks, dwell time), the most common source, joined to the trainer: event-log → label-join → trainer.',
      ask: "What's the label, and where does it come from?",
    },
    messages: { noTarget: '{{trainer}} has no label source. What is the target?' },
    placeholders: { trainer: 'the trainer' },
    fixLabel: 'Add event log → label joiner',
  },
  check({ facts, report }) {
    for (const trainer of facts.trainers) {
      if (!facts.fact(labelled).has(trainer.id)) report({ messageId: 'noTarget', data: { trainer: nodeLabel(trainer) }, nodeIds: [trainer.id] });
    }
  },
  fix(design, finding) {
    const trainer = finding.nodeIds[0];
    const e = edit(design);
    const events = e.addNode('event-log', trainer, { dx: -440, dy: 140 });
    const labelJoin = e.addNode('label-join', trainer, { dx: -220, dy: 140 });
    e.addEdge(events, labelJoin, 'data');
    e.addEdge(labelJoin, trainer, 'data');
    return e.done();
  },
};
