import { ruleTester } from '../ruleTester';
import { design } from '../testing';
import { noLabels } from './no-labels';

ruleTester(noLabels, {
  valid: [
    { name: 'clicks are implicit labels', design: design({ events: 'event-log', t: 'trainer' }, ['events -> t']) },
    { name: 'labels two hops up', design: design({ labels: 'label-source', bp: 'batch-processor', t: 'trainer' }, ['labels -> bp', 'bp -> t']) },
    {
      name: 'a label joiner counts even when set to labels=none',
      design: design({ join: ['label-join', { labels: 'none' }], t: 'trainer' }, ['join -> t']),
    },
  ],
  invalid: [
    {
      name: 'profiles carry no labels',
      design: design({ users: 'user-db', t: 'trainer' }, ['users -> t']),
      errors: [{ messageId: 'noTarget', nodeIds: ['t'] }],
      output: [
        '+ event-log',
        '+ event-log -data-> label-join',
        '+ label-join',
        '+ label-join -data-> t',
      ],
    },
    {
      name: 'no input at all',
      design: design({ t: 'trainer' }),
      errors: [{ messageId: 'noTarget', nodeIds: ['t'] }],
      output: [
        '+ event-log',
        '+ event-log -data-> label-join',
        '+ label-join',
        '+ label-join -data-> t',
      ],
    },
  ],
});
