import { ruleTester } from '../ruleTester';
import { design } from '../testing';
import { temporalLeakage } from './temporal-leakage';

ruleTester(temporalLeakage, {
  valid: [
    { name: 'time-based split', design: design({ events: 'event-log', t: ['trainer', { splitStrategy: 'time-based' }] }, ['events -> t']) },
    { name: 'random split of untimed data', design: design({ users: 'user-db', t: ['trainer', { domain: 'classification' }] }, ['users -> t']) },
  ],
  invalid: [
    {
      name: 'clicks are timestamped',
      design: design({ events: 'event-log', t: 'trainer' }, ['events -> t']),
      errors: [{ messageId: 'randomSplit', nodeIds: ['t'] }],
      output: ['t.splitStrategy: random → time-based'],
    },
    {
      name: 'fraud is time-ordered even without timestamps drawn',
      design: design({ t: ['trainer', { domain: 'fraud' }] }),
      errors: [{ messageId: 'randomSplit', nodeIds: ['t'] }],
      output: ['t.splitStrategy: random → time-based'],
    },
  ],
});
