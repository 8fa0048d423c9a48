import { ruleTester } from '../ruleTester';
import { design } from '../testing';
import { noPolicyLayer } from './no-policy-layer';

const feed = { req: 'client-request', light: 'light-ranker', heavy: ['heavy-ranker', { domain: 'ranking' }] } as const;

ruleTester(noPolicyLayer, {
  valid: [
    { name: 'ranker → re-ranker', design: design({ ...feed, rr: 'reranker' }, ['req -request-> light', 'light -request-> heavy', 'heavy -request-> rr']) },
    { name: 'a fraud design needs no diversity layer', design: design({ ...feed, heavy: ['heavy-ranker', { domain: 'fraud' }] }, ['req -request-> light', 'light -request-> heavy']) },
  ],
  invalid: [
    {
      name: 'only the last ranker is reported',
      design: design(feed, ['req -request-> light', 'light -request-> heavy']),
      errors: [{ messageId: 'unfiltered', nodeIds: ['heavy'] }],
      output: ['+ heavy -request-> reranker', '+ reranker'],
    },
    {
      name: 'the fix keeps what came after the ranker',
      design: design({ ...feed, rules: 'rules-engine' }, ['req -request-> light', 'light -request-> heavy', 'heavy -request-> rules']),
      errors: [{ messageId: 'unfiltered', nodeIds: ['heavy'] }],
      output: [
        '+ heavy -request-> reranker',
        '+ reranker',
        '+ reranker -request-> rules',
        '- heavy -request-> rules',
      ],
    },
  ],
});
