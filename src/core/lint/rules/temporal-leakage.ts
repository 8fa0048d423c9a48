import { boolProp, nodeLabel, strProp } from '../../document/props';
import type { Fact } from '../facts';
import { setPropsFix } from '../fixes';
import type { Rule } from '../types';
import { type NodeSet } from '../../graph/reach';

/** Nodes with a timestamped ancestor (any flow): their data has an order a split must respect. */
const timestamped: Fact<NodeSet> = (f) => f.downstreamOf((n) => boolProp(n, 'timestamped'));

const TIME_ORDERED_DOMAINS = new Set(['recommendation', 'ranking', 'search', 'ads', 'fraud']);

export const temporalLeakage: Rule = {
  meta: {
    id: 'temporal-leakage',
    severity: 'error',
    stage: 'training',
    reads: { props: ['domain', 'splitStrategy', 'timestamped'] },
    docs: {
      description:
        'A trainer that splits randomly while its data is time-ordered: it has a timestamped ancestor, or its domain is recommendation, ranking, search, ads or fraud.',
      why: 'A random split lets the model see the future of the examples it is tested on, so offline metrics lie: "Never use future data to predict past events; time-based splits" (s001; s002 holdout strategy; s004 data splits).',
      ask: 'How do you split train and test so no future data leaks into training?',
    },
    messages: { randomSplit: '{{trainer}} splits time-ordered data randomly; the future leaks into training.' },
    placeholders: { trainer: 'the trainer' },
    fixLabel: 'Split by time',
  },
  check({ facts, report }) {
    for (const trainer of facts.trainers) {
      if (strProp(trainer, 'splitStrategy') !== 'random') continue;
      const timeOrdered =
        TIME_ORDERED_DOMAINS.has(strProp(trainer, 'domain') ?? '') ||
        facts.fact(timestamped).has(trainer.id);
      if (timeOrdered) report({ messageId: 'randomSplit', data: { trainer: nodeLabel(trainer) }, nodeIds: [trainer.id] });
    }
  },
  fix: setPropsFix({ splitStrategy: 'time-based' }),
};
