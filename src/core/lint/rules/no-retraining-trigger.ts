import { boolProp, nodeLabel, strProp } from '../../document/props';
import { setPropsFix } from '../fixes';
import type { Rule } from '../types';

export const noRetrainingTrigger: Rule = {
  meta: {
    id: 'no-retraining-trigger',
    severity: 'warning',
    stage: 'training',
    reads: { props: ['schedule', 'triggerOnDrift'] },
    docs: {
      description:
        'A trainer of a served model with schedule=manual needs an orchestrator with an edge to it that runs on a schedule or on drift.',
      why: 'Models go stale as the world changes; retrain on a schedule or on a trigger (MLTS staleness; s004 retraining strategy; s001 MLOps level 3 retraining triggers).',
      notes:
        'One finding per trainer–model pair; an orchestrator edge of any flow counts. Of the two fixes the table offers, the quick fix sets the trainer\'s schedule to daily, the first step an ML engineer takes (s001 "Daily (stable, slightly stale)"); a drift-triggered orchestrator is the later MLOps step.',
      ask: 'How often does this model retrain, and what triggers it?',
    },
    messages: { manualOnly: '{{trainer}} retrains only by hand; {{model}} will go stale.' },
    placeholders: { trainer: 'the trainer', model: 'the served model it trains' },
    fixLabel: 'Retrain daily',
  },
  check({ facts, report }) {
    for (const { trainer, model } of facts.servedTrainsPairs) {
      if (strProp(trainer, 'schedule') !== 'manual') continue;
      const triggered = facts.graph.predecessors(trainer.id).some((id) => {
        const o = facts.node(id);
        return o.kind === 'orchestrator' && (strProp(o, 'schedule') !== 'none' || boolProp(o, 'triggerOnDrift'));
      });
      if (triggered) continue;
      report({ messageId: 'manualOnly', data: { trainer: nodeLabel(trainer), model: nodeLabel(model) }, nodeIds: [trainer.id, model.id] });
    }
  },
  fix: setPropsFix({ schedule: 'daily' }),
};
