import { ruleTester } from '../ruleTester';
import { design, type NodeSpec } from '../testing';
import { uncheckedPii } from './unchecked-pii';

const users: NodeSpec = ['user-db', { pii: true }];
const piiCheck: NodeSpec = ['data-validation', { checks: ['schema', 'pii'] }];

ruleTester(uncheckedPii, {
  valid: [
    { name: 'profiles de-identified before training', design: design({ users, dv: piiCheck, t: 'trainer' }, ['users -> dv', 'dv -> t']) },
    { name: 'no personal data', design: design({ users: 'user-db', t: 'trainer' }, ['users -> t']) },
    { name: 'looked up at serving time only', design: design({ users, srv: 'model-server', t: 'trainer' }, ['users -request-> srv', 't -> srv']) },
  ],
  invalid: [
    {
      name: 'profiles straight into training',
      design: design({ users, t: 'trainer' }, ['users -> t']),
      errors: [{ messageId: 'unchecked', nodeIds: ['t', 'users'] }],
      output: [
        '+ data-validation -data-> t',
        '+ data-validation {"checks":["schema","pii"]}',
        '+ users -data-> data-validation',
        '- users -data-> t',
      ],
    },
    {
      name: 'a schema check is not a PII check',
      design: design({ events: ['event-log', { pii: true }], dv: 'data-validation', t: 'trainer' }, ['events -> dv', 'dv -> t']),
      errors: [{ messageId: 'unchecked', nodeIds: ['t', 'events'] }],
      output: [
        '+ data-validation -data-> dv',
        '+ data-validation {"checks":["schema","pii"]}',
        '+ events -data-> data-validation',
        '- events -data-> dv',
      ],
    },
    {
      name: 'a PII check on one branch leaves the other open',
      design: design({ users, dv: piiCheck, wh: 'data-warehouse', t: 'trainer' }, ['users -> dv', 'dv -> t', 'users -> wh', 'wh -feedback-> t']),
      errors: [{ messageId: 'unchecked', nodeIds: ['t', 'users'] }],
      output: [
        '+ data-validation -data-> wh',
        '+ data-validation {"checks":["schema","pii"]}',
        '+ users -data-> data-validation',
        '- users -data-> wh',
      ],
    },
  ],
});
