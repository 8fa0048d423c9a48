import { ruleTester } from '../ruleTester';
import { design } from '../testing';
import { positionBias } from './position-bias';

const search = { req: 'client-request', lex: 'lexical-index', ranker: 'heavy-ranker', plog: 'prediction-log', join: 'label-join', t: ['trainer', { domain: 'search' }] } as const;
const edges = ['req -request-> lex', 'lex -request-> ranker', 'ranker -feedback-> plog', 'plog -feedback-> join', 'join -> t'];

ruleTester(positionBias, {
  valid: [
    {
      name: 'IPS with logged positions',
      design: design({ ...search, plog: ['prediction-log', { logPosition: true }], t: ['trainer', { domain: 'search', positionBiasCorrection: 'ips' }] }, edges),
    },
    { name: 'fraud is not a ranked list', design: design({ ...search, t: ['trainer', { domain: 'fraud' }] }, edges) },
    {
      name: 'clicks logged by a path that ranks nothing',
      design: design({ req: 'client-request', srv: 'model-server', events: 'event-log', t: ['trainer', { domain: 'ads' }] }, ['req -request-> srv', 'srv -feedback-> events', 'events -> t']),
    },
  ],
  invalid: [
    {
      name: 'no correction',
      design: design(search, edges),
      errors: [{ messageId: 'uncorrected', nodeIds: ['t'] }],
      output: ['plog.logPosition: false → true', 't.positionBiasCorrection: none → ips'],
    },
    {
      name: 'IPS set but positions not logged',
      design: design({ ...search, t: ['trainer', { domain: 'search', positionBiasCorrection: 'ips' }] }, edges),
      errors: [{ messageId: 'uncorrected', nodeIds: ['t'] }],
      output: ['plog.logPosition: false → true'],
    },
    {
      name: 'clicks in an event log from the feed, no prediction log',
      design: design({ req: 'client-request', cg: 'candidate-generation', events: 'event-log', t: ['trainer', { domain: 'recommendation' }] }, ['req -request-> cg', 'cg -feedback-> events', 'events -> t']),
      errors: [{ messageId: 'uncorrected', nodeIds: ['t'] }],
      output: [
        '+ cg -feedback-> prediction-log',
        '+ label-join',
        '+ label-join -data-> t',
        '+ prediction-log -feedback-> label-join',
        '+ prediction-log {"logPosition":true}',
        't.positionBiasCorrection: none → ips',
      ],
    },
  ],
});
