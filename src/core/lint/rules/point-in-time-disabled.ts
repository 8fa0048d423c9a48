import { boolProp, nodeLabel } from '../../document/props';
import { D } from '../../graph/graph';
import { setPropsFix } from '../fixes';
import type { Rule } from '../types';

export const pointInTimeDisabled: Rule = {
  meta: {
    id: 'point-in-time-disabled',
    severity: 'error',
    stage: 'features',
    reads: { props: ['offlineStore', 'pointInTime'] },
    docs: {
      description: 'A feature store that builds training sets (offlineStore=true) without point-in-time joins (pointInTime=false) while a trainer reads it over data edges.',
      why: 'Without point-in-time correctness a training row gets feature values computed after its label: the model trains on the future and fails in production (s001 §3 feature store, time-travel queries avoid label leakage).',
      notes: 'One finding per feature store and trainer it feeds over data edges. The fix turns pointInTime on.',
      ask: 'When you build a training row, which feature values does it see: the ones at label time or today\'s?',
    },
    messages: {
      leaks: '{{store}} builds training sets without point-in-time joins: feature values from after each label leak into {{trainer}}.',
    },
    placeholders: { store: 'the feature store', trainer: 'a trainer it feeds' },
    fixLabel: 'Turn on point-in-time joins',
  },
  check({ facts, report }) {
    for (const store of facts.ofKind('feature-store')) {
      if (!boolProp(store, 'offlineStore') || boolProp(store, 'pointInTime')) continue;
      const reach = facts.graph.reachable(store.id, D);
      for (const trainer of facts.trainers) {
        if (reach.has(trainer.id)) report({ messageId: 'leaks', data: { store: nodeLabel(store), trainer: nodeLabel(trainer) }, nodeIds: [store.id, trainer.id] });
      }
    }
  },
  fix: setPropsFix({ pointInTime: true }),
};
