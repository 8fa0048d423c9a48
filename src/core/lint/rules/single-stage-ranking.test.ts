import { ruleTester } from '../ruleTester';
import { design } from '../testing';
import { singleStageRanking } from './single-stage-ranking';

const catalog = ['item-catalog', { corpusSize: 10_000_000 }] as const;

ruleTester(singleStageRanking, {
  valid: [
    {
      name: 'DOMAIN.md worked example: ANN retrieval before the ranker',
      design: design(
        { req: 'client-request', cat: catalog, ann: ['ann-index', { corpusSize: 10_000_000, candidatesOut: 1000 }], hr: ['heavy-ranker', { latencyMs: 50, candidatesIn: 1000 }] },
        ['cat -> ann', 'req -request-> ann', 'ann -request-> hr'],
      ),
    },
    { name: 'a small catalog can be scored whole', design: design({ req: 'client-request', cat: ['item-catalog', { corpusSize: 5000 }], hr: 'heavy-ranker' }, ['req -request-> hr', 'cat -request-> hr']) },
    {
      name: 'a fraud model server scores one transaction',
      design: design({ req: 'client-request', cat: catalog, srv: ['model-server', { domain: 'fraud' }] }, ['req -request-> srv', 'cat -request-> srv']),
    },
    {
      name: 'maxRankIn raised in design.settings',
      design: design({ hr: ['heavy-ranker', { candidatesIn: 20_000 }] }, [], { settings: { maxRankIn: 50_000 } }),
    },
  ],
  invalid: [
    {
      name: 'DOMAIN.md worked example: the ranker scores the whole catalog',
      design: design({ req: 'client-request', hr: ['heavy-ranker', { latencyMs: 50 }], cat: catalog }, ['req -request-> hr', 'cat -request-> hr']),
      errors: [{ messageId: 'tooManyItems', nodeIds: ['hr'] }],
      output: [
        '+ candidate-generation',
        '+ candidate-generation -request-> hr',
        '+ cat -request-> candidate-generation',
        '+ req -request-> candidate-generation',
        '- cat -request-> hr',
        '- req -request-> hr',
      ],
    },
    {
      name: 'candidatesIn above 10,000',
      design: design({ lr: ['light-ranker', { candidatesIn: 50_000 }] }),
      errors: [{ messageId: 'tooManyItems', nodeIds: ['lr'] }],
      output: ['+ candidate-generation', '+ candidate-generation -request-> lr', 'lr.candidatesIn: 50000 → 1000'],
    },
    {
      name: 'maxRankIn lowered in design.settings',
      design: design({ lr: ['light-ranker', { candidatesIn: 2000 }] }, [], { settings: { maxRankIn: 500 } }),
      errors: [{ messageId: 'tooManyItems', nodeIds: ['lr'] }],
      output: [
        '+ candidate-generation -request-> lr',
        '+ candidate-generation {"candidatesOut":500}',
        'lr.candidatesIn: 2000 → 500',
      ],
    },
    {
      name: 'a recommendation model server on the serving path',
      design: design({ req: 'client-request', cat: catalog, srv: ['model-server', { domain: 'recommendation' }] }, ['req -request-> srv', 'cat -> srv']),
      errors: [{ messageId: 'tooManyItems', nodeIds: ['srv'] }],
      output: [
        '+ candidate-generation',
        '+ candidate-generation -request-> srv',
        '+ req -request-> candidate-generation',
        '- req -request-> srv',
      ],
    },
  ],
});
