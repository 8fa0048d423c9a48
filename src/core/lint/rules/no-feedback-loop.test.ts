import { ruleTester } from '../ruleTester';
import { design } from '../testing';
import { noFeedbackLoop } from './no-feedback-loop';

const nodes = { req: 'client-request', ranker: 'heavy-ranker', t: 'trainer', plog: 'prediction-log', join: 'label-join' } as const;
const edges = ['req -request-> ranker', 't -> ranker'];

ruleTester(noFeedbackLoop, {
  valid: [
    { name: 'the model logs back to its trainer', design: design(nodes, [...edges, 'ranker -feedback-> plog', 'plog -feedback-> join', 'join -> t']) },
    {
      name: 'a client event of the same serving path feeds the trainer',
      design: design({ ...nodes, events: 'event-log' }, [...edges, 'req -feedback-> events', 'events -> t']),
    },
  ],
  invalid: [
    {
      name: 'training never sees production traffic',
      design: design(nodes, edges),
      errors: [{ messageId: 'noTrafficBack', nodeIds: ['t', 'ranker'] }],
      output: [
        '+ label-join',
        '+ label-join -data-> t',
        '+ prediction-log',
        '+ prediction-log -feedback-> label-join',
        '+ ranker -feedback-> prediction-log',
      ],
    },
  ],
});
