import { ruleTester } from '../ruleTester';
import { design } from '../testing';
import { uncalibratedProbabilities } from './uncalibrated-probabilities';

ruleTester(uncalibratedProbabilities, {
  valid: [
    { name: 'ads with Platt scaling', design: design({ t: ['trainer', { domain: 'ads', calibration: 'platt' }] }) },
    { name: 'fraud reweighting keeps the score scale', design: design({ t: ['trainer', { domain: 'fraud', classImbalance: 'reweight' }] }) },
  ],
  invalid: [
    {
      name: 'ads CTR feeds bidding',
      design: design({ t: ['trainer', { domain: 'ads' }] }),
      errors: [{ messageId: 'uncalibrated', nodeIds: ['t'] }],
      output: ['t.calibration: none → platt'],
    },
    {
      name: 'downsampling shifts the base rate',
      design: design({ t: ['trainer', { domain: 'moderation', classImbalance: 'downsample' }] }),
      errors: [{ messageId: 'uncalibrated', nodeIds: ['t'] }],
      output: ['t.calibration: none → platt'],
    },
  ],
});
