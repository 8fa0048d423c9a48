import { nodeLabel } from '../../document/props';
import { BELOW, edit } from '../fixes';
import { monitoringOf } from '../monitoring';
import type { Rule } from '../types';

export const missingMonitoring: Rule = {
  meta: {
    id: 'missing-monitoring',
    severity: 'error',
    stage: 'monitoring',
    reads: { props: ['watches'] },
    docs: {
      description:
        'A served model must be watched by a drift monitor: one reachable from the model, or from a prediction log fed by its serving path.',
      why: 'A model that is not monitored silently degrades as data and concepts drift (s001 §9 "Always mention monitoring"; MLTS Monitor tests).',
      notes:
        'One finding per served model. The fix logs the model\'s outputs (model →feedback prediction-log → drift-monitor → alerting), the standard monitoring loop of s000 and s001, placed below the model.',
      ask: 'Once it is deployed, how do you know this model still works?',
    },
    messages: { unmonitored: '{{model}} is served but no drift monitor watches its inputs or outputs.' },
    placeholders: { model: 'the served model' },
    fixLabel: 'Add prediction log → drift monitor → alerting',
  },
  check({ facts, report }) {
    for (const model of facts.servedModels) {
      if (monitoringOf(facts, model).monitored) continue;
      report({ messageId: 'unmonitored', data: { model: nodeLabel(model) }, nodeIds: [model.id] });
    }
  },
  fix(design, finding) {
    const e = edit(design);
    e.addChain(
      finding.nodeIds[0],
      [
        { kind: 'prediction-log', flow: 'feedback' },
        { kind: 'drift-monitor', flow: 'data' },
        { kind: 'alerting', flow: 'data' },
      ],
      BELOW,
    );
    return e.done();
  },
};
