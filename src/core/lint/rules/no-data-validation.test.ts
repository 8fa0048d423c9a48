import { ruleTester } from '../ruleTester';
import { design } from '../testing';
import { noDataValidation } from './no-data-validation';

ruleTester(noDataValidation, {
  valid: [
    { name: 'validation before training', design: design({ wh: 'data-warehouse', dv: 'data-validation', t: 'trainer' }, ['wh -> dv', 'dv -> t']) },
    {
      name: 'validation further upstream',
      design: design({ wh: 'data-warehouse', dv: 'data-validation', fs: 'feature-store', t: 'trainer' }, ['wh -> dv', 'dv -> fs', 'fs -> t']),
    },
  ],
  invalid: [
    {
      name: 'warehouse straight into the trainer',
      design: design({ wh: 'data-warehouse', fs: 'feature-store', t: 'trainer' }, ['wh -> fs', 'fs -> t']),
      errors: [{ messageId: 'unchecked', nodeIds: ['t'] }],
      output: [
        '+ data-validation',
        '+ data-validation -data-> t',
        '+ fs -data-> data-validation',
        '- fs -data-> t',
      ],
    },
    {
      name: 'a trainer with no input',
      design: design({ t: 'trainer' }),
      errors: [{ messageId: 'unchecked', nodeIds: ['t'] }],
      output: ['+ data-validation', '+ data-validation -data-> t'],
    },
  ],
});
