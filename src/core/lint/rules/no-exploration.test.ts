import { ruleTester } from '../ruleTester';
import { design } from '../testing';
import { noExploration } from './no-exploration';

const feed = { req: 'client-request', ranker: ['heavy-ranker', { domain: 'recommendation' }], rr: 'reranker', plog: 'prediction-log', t: 'trainer' } as const;
const edges = ['req -request-> ranker', 'ranker -request-> rr', 'rr -feedback-> plog', 'plog -feedback-> t'];

ruleTester(noExploration, {
  valid: [
    { name: 'the re-ranker explores', design: design({ ...feed, rr: ['reranker', { explorationPct: 5 }] }, edges) },
    { name: 'a bandit after the ranker', design: design({ ...feed, bandit: 'bandit' }, ['req -request-> ranker', 'ranker -request-> bandit', 'bandit -request-> rr', 'rr -feedback-> plog', 'plog -feedback-> t']) },
    { name: 'serving traffic never reaches training', design: design(feed, edges.slice(0, 2)) },
    { name: 'fraud needs no exploration', design: design({ ...feed, ranker: ['heavy-ranker', { domain: 'fraud' }] }, edges) },
  ],
  invalid: [
    {
      name: 'exploit only, with a re-ranker',
      design: design(feed, edges),
      errors: [{ messageId: 'exploitOnly', nodeIds: ['rr'] }],
      output: ['rr.explorationPct: 0 → 5'],
    },
    {
      name: 'exploit only, no re-ranker: the fix inserts a bandit after the last ranker',
      design: design({ req: 'client-request', light: 'light-ranker', ranker: ['heavy-ranker', { domain: 'ads' }], plog: 'prediction-log', t: 'trainer' }, [
        'req -request-> light',
        'light -request-> ranker',
        'ranker -feedback-> plog',
        'plog -feedback-> t',
      ]),
      errors: [{ messageId: 'exploitOnly', nodeIds: ['ranker'] }],
      output: ['+ bandit', '+ ranker -request-> bandit'],
    },
  ],
});
