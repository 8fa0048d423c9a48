import { ruleTester } from '../ruleTester';
import { design } from '../testing';
import { banditNotExploring } from './bandit-not-exploring';

const greedy = ['bandit', { algorithm: 'epsilon-greedy', explorationPct: 0 }] as const;
const ads = { req: 'client-request', hr: 'heavy-ranker' } as const;

ruleTester(banditNotExploring, {
  valid: [
    { name: 'Thompson sampling explores by construction (the default)', design: design({ ...ads, b: 'bandit' }, ['req -request-> hr', 'hr -request-> b']) },
    { name: 'epsilon-greedy at 5%', design: design({ ...ads, b: ['bandit', { algorithm: 'epsilon-greedy', explorationPct: 5 }] }, ['req -request-> hr', 'hr -request-> b']) },
    { name: 'UCB at 0% still explores', design: design({ ...ads, b: ['bandit', { algorithm: 'ucb', explorationPct: 0 }] }, ['req -request-> hr', 'hr -request-> b']) },
    { name: 'a bandit that serves no one', design: design({ b: greedy, t: 'trainer' }, ['b -> t']) },
    { name: 'a bandit that only gets feedback from serving', design: design({ ...ads, b: greedy }, ['req -request-> hr', 'b -feedback-> hr']) },
  ],
  invalid: [
    {
      name: 'a greedy bandit after the ranker',
      design: design({ ...ads, b: greedy }, ['req -request-> hr', 'hr -request-> b']),
      errors: [{ messageId: 'greedy', nodeIds: ['b'] }],
      output: ['b.explorationPct: 0 → 5'],
    },
    {
      name: 'a greedy bandit feeding the serving path over data',
      design: design({ ...ads, b: greedy }, ['req -request-> hr', 'b -> hr']),
      errors: [{ messageId: 'greedy', nodeIds: ['b'] }],
      output: ['b.explorationPct: 0 → 5'],
    },
  ],
});
