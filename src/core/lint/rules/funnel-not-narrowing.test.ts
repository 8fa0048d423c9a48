import { ruleTester } from '../ruleTester';
import { design } from '../testing';
import { funnelNotNarrowing } from './funnel-not-narrowing';

ruleTester(funnelNotNarrowing, {
  valid: [
    {
      name: 'millions → 1,000 → 200 → 50',
      design: design(
        {
          req: 'client-request',
          ann: ['ann-index', { corpusSize: 5_000_000, candidatesOut: 1000 }],
          light: ['light-ranker', { candidatesIn: 1000, candidatesOut: 200 }],
          heavy: ['heavy-ranker', { candidatesIn: 200, candidatesOut: 50 }],
          rr: ['reranker', { candidatesOut: 20 }],
        },
        ['req -request-> ann', 'ann -request-> light', 'light -request-> heavy', 'heavy -request-> rr'],
      ),
    },
    {
      name: 'candidate generation merges two sources: 1,000 + 500 in, 1,000 out',
      design: design({ req: 'client-request', lex: 'lexical-index', ann: 'ann-index', cg: 'candidate-generation' }, ['req -request-> lex', 'req -request-> ann', 'lex -request-> cg', 'ann -request-> cg']),
    },
  ],
  invalid: [
    {
      name: 'the ranker outputs more than it is given',
      design: design({ req: 'client-request', ann: ['ann-index', { candidatesOut: 500 }], heavy: ['heavy-ranker', { candidatesOut: 800 }] }, ['req -request-> ann', 'ann -request-> heavy']),
      errors: [{ messageId: 'widens', nodeIds: ['heavy'] }],
    },
    {
      name: 'an index that returns more than its corpus',
      design: design({ req: 'client-request', lex: ['lexical-index', { corpusSize: 300 }] }, ['req -request-> lex']),
      errors: [{ messageId: 'widens', nodeIds: ['lex'] }],
    },
  ],
});
