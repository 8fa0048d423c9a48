import { ruleTester } from '../ruleTester';
import { design } from '../testing';
import { missingStage } from './missing-stage';

const complete = {
  req: 'client-request',
  ev: 'event-log',
  fs: 'feature-store',
  t: 'trainer',
  eval: 'offline-evaluation',
  srv: 'model-server',
  dm: 'drift-monitor',
} as const;

ruleTester(missingStage, {
  valid: [
    { name: 'every stage has a node', design: design(complete) },
    { name: 'two nodes are a start, not an answer', design: design({ req: 'client-request', hr: 'heavy-ranker' }) },
    { name: 'an encoder that builds the index offline covers the model stage', design: design({ ...complete, srv: 'result-store', enc: 'embedding-model' }) },
    {
      name: 'feedback kinds count as data, bandits as evaluation, a served encoder as the model',
      design: design({ req: 'client-request', plog: 'prediction-log', sp: 'stream-processor', hpo: 'hyperparameter-tuning', b: 'bandit', enc: 'embedding-model', reg: 'model-registry', al: 'alerting' }, [
        'req -request-> enc',
      ]),
    },
  ],
  invalid: [
    {
      name: 'a serving-only sketch',
      design: design({ req: 'client-request', cg: 'candidate-generation', lr: 'light-ranker', hr: 'heavy-ranker' }),
      errors: [{ messageId: 'missing', nodeIds: [] }],
    },
    {
      name: 'a pipeline with no model at all',
      design: design({ ...complete, srv: 'result-store' }),
      errors: [{ messageId: 'missing', nodeIds: [] }],
    },
  ],
});
