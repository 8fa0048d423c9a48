import { ruleTester } from '../ruleTester';
import { design } from '../testing';
import { staleFeatures } from './stale-features';

const fraud = { req: 'client-request', srv: ['model-server', { domain: 'fraud' }], fs: 'feature-store', bp: 'batch-processor' } as const;

ruleTester(staleFeatures, {
  valid: [
    {
      name: 'streaming velocity features reach the store',
      design: design({ ...fraud, sp: 'stream-processor' }, ['req -request-> srv', 'bp -> fs', 'sp -> fs', 'fs -request-> srv']),
    },
    { name: 'batch features are fine for classification', design: design({ ...fraud, srv: ['model-server', { domain: 'classification' }] }, ['req -request-> srv', 'fs -request-> srv']) },
    { name: 'not on a serving path', design: design({ bi: ['batch-inference', { domain: 'fraud' }], fs: 'feature-store' }, ['fs -> bi']) },
  ],
  invalid: [
    {
      name: 'fraud scored on a nightly feature store',
      design: design(fraud, ['req -request-> srv', 'bp -> fs', 'fs -request-> srv']),
      errors: [{ messageId: 'batchOnly', nodeIds: ['srv'] }],
      output: [
        '+ event-log',
        '+ event-log -data-> stream-bus',
        '+ stream-bus',
        '+ stream-bus -data-> stream-processor',
        '+ stream-processor',
        '+ stream-processor -data-> fs',
      ],
    },
    {
      name: 'the domain comes from the trainer',
      design: design({ req: 'client-request', srv: 'model-server', t: ['trainer', { domain: 'ads' }], pipe: 'feature-pipeline' }, ['req -request-> srv', 't -> srv', 'pipe -request-> srv']),
      errors: [{ messageId: 'batchOnly', nodeIds: ['srv'] }],
      output: [
        '+ event-log',
        '+ event-log -data-> stream-bus',
        '+ feature-store',
        '+ feature-store -request-> srv',
        '+ stream-bus',
        '+ stream-bus -data-> stream-processor',
        '+ stream-processor',
        '+ stream-processor -data-> feature-store',
      ],
    },
  ],
});
