import { ruleTester } from '../ruleTester';
import { design } from '../testing';
import { noServingFallback } from './no-serving-fallback';

const recommender = { req: 'client-request', srv: ['model-server', { domain: 'recommendation' }] } as const;

ruleTester(noServingFallback, {
  valid: [
    { name: 'a popularity fallback next to the model', design: design({ ...recommender, fb: 'cold-start-fallback' }, ['req -request-> srv', 'req -request-> fb']) },
    { name: 'retrieval before the ranker answers without a model', design: design({ req: 'client-request', cg: 'candidate-generation', hr: 'heavy-ranker' }, ['req -request-> cg', 'cg -request-> hr']) },
    { name: 'a cache in front of the model', design: design({ ...recommender, cache: 'cache' }, ['req -request-> cache', 'cache -request-> srv']) },
    { name: 'fraud scoring is not a ranked list', design: design({ req: 'client-request', srv: ['model-server', { domain: 'fraud' }] }, ['req -request-> srv']) },
  ],
  invalid: [
    {
      name: 'the client calls the recommender directly',
      design: design(recommender, ['req -request-> srv']),
      errors: [{ messageId: 'noFallback', nodeIds: ['req', 'srv'] }],
      output: ['+ cold-start-fallback', '+ req -request-> cold-start-fallback'],
    },
    {
      name: 'a fallback reached only through the model does not count',
      design: design({ ...recommender, fb: 'cold-start-fallback' }, ['req -request-> srv', 'srv -request-> fb']),
      errors: [{ messageId: 'noFallback', nodeIds: ['req', 'srv'] }],
      output: ['+ cold-start-fallback', '+ req -request-> cold-start-fallback'],
    },
    {
      name: 'the domain comes from the trainer',
      design: design({ req: 'client-request', hr: 'heavy-ranker', t: ['trainer', { domain: 'search' }] }, ['req -request-> hr', 't -> hr']),
      errors: [{ messageId: 'noFallback', nodeIds: ['req', 'hr'] }],
      output: ['+ cold-start-fallback', '+ req -request-> cold-start-fallback'],
    },
  ],
});
