import { describe, expect, it } from 'vitest';
import { runRules } from '../engine';
import { ruleTester } from '../ruleTester';
import { design } from '../testing';
import { latencyBudgetExceeded } from './latency-budget-exceeded';

const search = (slo: number) =>
  design(
    {
      req: ['client-request', { sloLatencyMs: slo }],
      lex: ['lexical-index', { latencyMs: 20 }],
      ann: ['ann-index', { latencyMs: 15 }],
      cg: ['candidate-generation', { latencyMs: 5 }],
      hr: ['heavy-ranker', { latencyMs: 50 }],
    },
    ['req -request-> lex', 'req -request-> ann', 'lex -request-> cg', 'ann -request-> cg', 'cg -request-> hr'],
  );

ruleTester(latencyBudgetExceeded, {
  valid: [
    { name: 'DOMAIN.md: parallel branches take the max, 75 ms ≤ 80 although the naive sum is 90', design: search(80) },
    { name: 'no SLO, no budget', design: design({ req: 'client-request', hr: ['heavy-ranker', { latencyMs: 500 }] }, ['req -request-> hr']) },
    {
      name: 'a request cycle is left to the cycle rule',
      design: design({ req: ['client-request', { sloLatencyMs: 1 }], a: ['rules-engine', { latencyMs: 5 }], b: ['model-server', { latencyMs: 5 }] }, ['req -request-> a', 'a -request-> b', 'b -request-> a']),
    },
  ],
  invalid: [
    { name: 'DOMAIN.md: critical path req → lex → cg → hr = 75 ms > 60', design: search(60), errors: [{ messageId: 'overBudget', nodeIds: ['req', 'lex', 'cg', 'hr'] }] },
    {
      name: 'a slow side input adds to its node',
      design: design({ req: ['client-request', { sloLatencyMs: 40 }], srv: ['model-server', { latencyMs: 30 }], fs: ['feature-store', { latencyMs: 15 }] }, ['req -request-> srv', 'fs -request-> srv']),
      errors: [{ messageId: 'overBudget', nodeIds: ['req', 'srv'] }],
    },
  ],
});

describe('latency-budget-exceeded message', () => {
  it('names the critical path, its total and the SLO, with the path edges', () => {
    const [finding] = runRules(search(60), [latencyBudgetExceeded]);
    expect(finding.message).toBe('Critical path Client request → Lexical index → Candidate generation → Heavy ranker = 75 ms exceeds the 60 ms SLO.');
    expect(finding.edgeIds).toEqual(['req-lex', 'lex-cg', 'cg-hr']);
  });
});
