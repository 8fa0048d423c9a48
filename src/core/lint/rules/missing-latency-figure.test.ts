import { ruleTester } from '../ruleTester';
import { design } from '../testing';
import { missingLatencyFigure } from './missing-latency-figure';

ruleTester(missingLatencyFigure, {
  valid: [
    { name: 'every figure set', design: design({ req: ['client-request', { sloLatencyMs: 100 }], srv: ['model-server', { latencyMs: 30 }] }, ['req -request-> srv']) },
    { name: 'kinds without a latency property are not asked for one', design: design({ req: ['client-request', { sloLatencyMs: 100 }], plog: 'prediction-log' }, ['req -request-> plog']) },
  ],
  invalid: [
    {
      name: 'missing SLO and stage latency',
      design: design({ req: 'client-request', srv: 'model-server', cache: ['cache', { latencyMs: 1 }] }, ['req -request-> cache', 'cache -request-> srv']),
      errors: [{ messageId: 'noFigure', nodeIds: ['req', 'srv'] }],
    },
  ],
});
