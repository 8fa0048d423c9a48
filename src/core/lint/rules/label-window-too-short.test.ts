import { ruleTester } from '../ruleTester';
import { design, type NodeSpec } from '../testing';
import { labelWindowTooShort } from './label-window-too-short';

const chargebacks = (labelDelayHours?: number): NodeSpec => ['label-source', labelDelayHours === undefined ? {} : { labelDelayHours }];

ruleTester(labelWindowTooShort, {
  valid: [
    { name: 'the join waits as long as the labels take', design: design({ cb: chargebacks(720), lj: ['label-join', { joinWindowHours: 720 }] }, ['cb -> lj']) },
    { name: 'no delay stated', design: design({ cb: chargebacks(), lj: 'label-join' }, ['cb -> lj']) },
    { name: 'quick labels within the default 24 h window', design: design({ cb: chargebacks(2), lj: 'label-join' }, ['cb -feedback-> lj']) },
    { name: 'the source does not reach the joiner over data or feedback', design: design({ cb: chargebacks(720), lj: 'label-join' }, ['cb -request-> lj']) },
  ],
  invalid: [
    {
      name: 'fraud chargebacks after 30 days, a one-day join',
      design: design({ cb: chargebacks(720), lj: 'label-join', t: 'trainer' }, ['cb -> lj', 'lj -> t']),
      errors: [{ messageId: 'tooShort', nodeIds: ['lj', 'cb'] }],
      output: ['lj.joinWindowHours: 24 → 720'],
    },
    {
      name: 'two late sources through a warehouse: the fix waits for the later one',
      design: design({ cb: chargebacks(720), reports: chargebacks(48), wh: 'data-warehouse', lj: ['label-join', { joinWindowHours: 12 }] }, ['cb -> wh', 'reports -> wh', 'wh -> lj']),
      errors: [
        { messageId: 'tooShort', nodeIds: ['lj', 'cb'] },
        { messageId: 'tooShort', nodeIds: ['lj', 'reports'] },
      ],
      output: [
        ['lj.joinWindowHours: 12 → 720'],
        ['lj.joinWindowHours: 12 → 720'],
      ],
    },
  ],
});
