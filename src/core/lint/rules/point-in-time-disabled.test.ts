import { ruleTester } from '../ruleTester';
import { design } from '../testing';
import { pointInTimeDisabled } from './point-in-time-disabled';

ruleTester(pointInTimeDisabled, {
  valid: [
    { name: 'point-in-time joins on (the default)', design: design({ fs: 'feature-store', t: 'trainer' }, ['fs -> t']) },
    { name: 'an online-only store builds no training sets', design: design({ fs: ['feature-store', { offlineStore: false, pointInTime: false }], t: 'trainer' }, ['fs -> t']) },
    { name: 'no trainer reads it over data edges', design: design({ fs: ['feature-store', { pointInTime: false }], srv: 'model-server', t: 'trainer' }, ['fs -request-> srv', 'srv -feedback-> t']) },
  ],
  invalid: [
    {
      name: 'training sets without point-in-time joins',
      design: design({ fs: ['feature-store', { pointInTime: false }], dv: 'data-validation', t: 'trainer' }, ['fs -> dv', 'dv -> t']),
      errors: [{ messageId: 'leaks', nodeIds: ['fs', 't'] }],
      output: ['fs.pointInTime: false → true'],
    },
    {
      name: 'one finding per trainer it feeds',
      design: design({ fs: ['feature-store', { pointInTime: false }], ctr: 'trainer', cvr: 'trainer' }, ['fs -> ctr', 'fs -> cvr']),
      errors: [
        { messageId: 'leaks', nodeIds: ['fs', 'ctr'] },
        { messageId: 'leaks', nodeIds: ['fs', 'cvr'] },
      ],
      output: [
        ['fs.pointInTime: false → true'],
        ['fs.pointInTime: false → true'],
      ],
    },
  ],
});
