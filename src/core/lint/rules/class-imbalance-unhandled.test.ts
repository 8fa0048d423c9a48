import { ruleTester } from '../ruleTester';
import { design } from '../testing';
import { classImbalanceUnhandled } from './class-imbalance-unhandled';

ruleTester(classImbalanceUnhandled, {
  valid: [
    { name: 'fraud with reweighting', design: design({ t: ['trainer', { domain: 'fraud', classImbalance: 'reweight' }] }) },
    { name: 'regression has no classes', design: design({ t: ['trainer', { domain: 'regression' }] }) },
  ],
  invalid: [
    {
      name: 'fraud',
      design: design({ t: ['trainer', { domain: 'fraud' }] }),
      errors: [{ messageId: 'imbalanceIgnored', nodeIds: ['t'] }],
      output: ['t.classImbalance: none → reweight'],
    },
    {
      name: 'ads and moderation, one finding each',
      design: design({ ctr: ['trainer', { domain: 'ads' }], mod: ['trainer', { domain: 'moderation' }] }),
      errors: [
        { messageId: 'imbalanceIgnored', nodeIds: ['ctr'] },
        { messageId: 'imbalanceIgnored', nodeIds: ['mod'] },
      ],
      output: [
        ['ctr.classImbalance: none → reweight'],
        ['mod.classImbalance: none → reweight'],
      ],
    },
  ],
});
