import { nodeLabel, strProp } from '../../document/props';
import { setPropsFix } from '../fixes';
import type { Rule } from '../types';

export const uncalibratedProbabilities: Rule = {
  meta: {
    id: 'uncalibrated-probabilities',
    severity: 'warning',
    stage: 'model',
    reads: { props: ['calibration', 'classImbalance', 'domain'] },
    docs: {
      description: 'A trainer with calibration=none whose domain is ads or that downsamples the majority class.',
      why: 'Bidding multiplies predicted CTR by the bid, so the predicted CTR must match the true CTR; downsampling shifts scores away from true rates (s002 "Emphasize calibration").',
      notes: 'The fix sets calibration=platt, the simple default; isotonic is the alternative when there is plenty of validation data.',
      ask: 'The bid or threshold depends on it: are these scores calibrated probabilities?',
    },
    messages: { uncalibrated: "{{trainer}}'s scores are not calibrated probabilities." },
    placeholders: { trainer: 'the trainer' },
    fixLabel: 'Calibrate with Platt scaling',
  },
  check({ facts, report }) {
    for (const trainer of facts.trainers) {
      if (strProp(trainer, 'calibration') !== 'none') continue;
      if (strProp(trainer, 'domain') !== 'ads' && strProp(trainer, 'classImbalance') !== 'downsample') continue;
      report({ messageId: 'uncalibrated', data: { trainer: nodeLabel(trainer) }, nodeIds: [trainer.id] });
    }
  },
  fix: setPropsFix({ calibration: 'platt' }),
};
