import { ruleTester } from '../ruleTester';
import { design } from '../testing';
import { coldStartUnhandled } from './cold-start-unhandled';

const feed = { req: 'client-request', cg: 'candidate-generation', ranker: ['heavy-ranker', { domain: 'recommendation' }] } as const;
const feedEdges = ['req -request-> cg', 'cg -request-> ranker'];

ruleTester(coldStartUnhandled, {
  valid: [
    { name: 'fallback on the serving path', design: design({ ...feed, pop: 'cold-start-fallback' }, [...feedEdges, 'req -request-> pop', 'pop -request-> cg']) },
    { name: 'fallback drawn as a source of candidate generation', design: design({ ...feed, pop: 'cold-start-fallback' }, [...feedEdges, 'pop -request-> cg']) },
    {
      name: 'content embeddings of new items feed the ANN index',
      design: design({ ...feed, cat: 'item-catalog', tower: 'embedding-model', ann: 'ann-index' }, [...feedEdges, 'cat -> tower', 'tower -> ann', 'ann -request-> cg']),
    },
    { name: 'not a recommendation design', design: design({ ...feed, ranker: ['heavy-ranker', { domain: 'search' }] }, feedEdges) },
  ],
  invalid: [
    {
      name: 'feed with no cold-start route',
      design: design(feed, feedEdges),
      errors: [{ messageId: 'noColdStart', nodeIds: ['ranker'] }],
      output: ['+ cold-start-fallback', '+ cold-start-fallback -request-> cg'],
    },
    {
      name: 'an embedding of users only does not help new items',
      design: design({ ...feed, users: 'user-db', tower: ['embedding-model', { entity: 'user' }], ann: 'ann-index', t: ['trainer', { domain: 'recommendation' }] }, [
        ...feedEdges,
        'users -> tower',
        'tower -> ann',
        'ann -request-> cg',
        't -> ranker',
      ]),
      errors: [{ messageId: 'noColdStart', nodeIds: ['ranker', 't'] }],
      output: ['+ cold-start-fallback', '+ cold-start-fallback -request-> cg'],
    },
  ],
});
