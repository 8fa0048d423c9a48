import { ruleTester } from '../ruleTester';
import { design } from '../testing';
import { incompleteMonitoring } from './incomplete-monitoring';

const all = ['data-drift', 'prediction-drift', 'business-metrics', 'latency'];

ruleTester(incompleteMonitoring, {
  valid: [
    {
      name: 'two monitors that together watch everything',
      design: design(
        { req: 'client-request', srv: 'model-server', dm: ['drift-monitor', { watches: ['data-drift', 'latency'] }], dm2: ['drift-monitor', { watches: ['prediction-drift', 'business-metrics'] }] },
        ['req -request-> srv', 'srv -feedback-> dm', 'srv -feedback-> dm2'],
      ),
    },
    {
      name: 'batch inference needs no latency watch',
      design: design({ bi: 'batch-inference', dm: ['drift-monitor', { watches: all.slice(0, 3) }] }, ['bi -> dm']),
    },
    { name: 'no monitor at all is missing-monitoring, not this rule', design: design({ req: 'client-request', srv: 'model-server' }, ['req -request-> srv']) },
  ],
  invalid: [
    {
      name: 'the default monitor watches data drift only',
      design: design({ req: 'client-request', srv: 'model-server', dm: 'drift-monitor' }, ['req -request-> srv', 'srv -feedback-> dm']),
      errors: [{ messageId: 'missingWatches', nodeIds: ['srv'] }],
      output: [
        'dm.watches: ["data-drift"] → ["data-drift","prediction-drift","business-metrics","latency"]',
      ],
    },
    {
      name: 'a monitor reached through the serving path\'s prediction log, missing latency',
      design: design(
        { req: 'client-request', srv: 'model-server', rr: 'reranker', plog: 'prediction-log', dm: ['drift-monitor', { watches: all.slice(0, 3) }] },
        ['req -request-> srv', 'srv -request-> rr', 'rr -feedback-> plog', 'plog -> dm'],
      ),
      errors: [{ messageId: 'missingWatches', nodeIds: ['srv'] }],
      output: [
        'dm.watches: ["data-drift","prediction-drift","business-metrics"] → ["data-drift","prediction-drift","business-metrics","latency"]',
      ],
    },
  ],
});
