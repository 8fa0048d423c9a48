import { ruleTester } from '../ruleTester';
import { design } from '../testing';
import { noHumanReview } from './no-human-review';

const fraud = { req: 'client-request', srv: ['model-server', { domain: 'fraud' }], t: 'trainer' } as const;

ruleTester(noHumanReview, {
  valid: [
    { name: 'uncertain cases go to review', design: design({ ...fraud, review: 'human-review' }, ['req -request-> srv', 't -> srv', 'srv -feedback-> review']) },
    { name: 'ads need no escalation', design: design({ ...fraud, srv: ['model-server', { domain: 'ads' }] }, ['req -request-> srv']) },
  ],
  invalid: [
    {
      name: 'fraud without review',
      design: design(fraud, ['req -request-> srv', 't -> srv']),
      errors: [{ messageId: 'noEscalation', nodeIds: ['srv'] }],
      output: [
        '+ human-review',
        '+ human-review -feedback-> label-source',
        '+ label-source',
        '+ label-source -data-> t',
        '+ srv -feedback-> human-review',
      ],
    },
    {
      name: 'a review queue nobody sends to; domains from trainers too',
      design: design({ ...fraud, t: ['trainer', { domain: 'moderation' }], review: 'human-review' }, ['req -request-> srv', 't -> srv']),
      errors: [{ messageId: 'noEscalation', nodeIds: ['srv', 't'] }],
      output: [
        '+ human-review',
        '+ human-review -feedback-> label-source',
        '+ label-source',
        '+ label-source -data-> t',
        '+ srv -feedback-> human-review',
      ],
    },
  ],
});
