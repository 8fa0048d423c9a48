import { describe, expect, it } from 'vitest';
import { runRules } from '../engine';
import { ruleTester } from '../ruleTester';
import { design } from '../testing';
import { cycleWithoutFeedbackEdge } from './cycle-without-feedback-edge';

const loop = { req: 'client-request', srv: 'model-server', plog: 'prediction-log', t: 'trainer', reg: 'model-registry' } as const;

ruleTester(cycleWithoutFeedbackEdge, {
  valid: [
    {
      name: 'a feedback edge closes the training loop',
      design: design(loop, ['req -request-> srv', 'srv -feedback-> plog', 'plog -> t', 't -> reg', 'reg -> srv']),
    },
  ],
  invalid: [
    {
      name: 'the loop closed with a data edge',
      design: design(loop, ['req -request-> srv', 'srv -> plog', 'plog -> t', 't -> reg', 'reg -> srv']),
      errors: [{ messageId: 'noFeedbackEdge', nodeIds: ['srv', 'plog', 't', 'reg'] }],
      output: ['+ reg -feedback-> srv', '- reg -data-> srv'],
    },
    {
      name: 'a self-loop',
      design: design({ sp: 'stream-processor' }, ['sp -> sp']),
      errors: [{ messageId: 'noFeedbackEdge', nodeIds: ['sp'] }],
      output: ['+ sp -feedback-> sp', '- sp -data-> sp'],
    },
    {
      name: 'two cycles through one node: the fix marks both closing edges',
      design: design({ a: 'batch-processor', b: 'feature-store', c: 'trainer' }, ['a -> b', 'b -> a', 'b -> c', 'c -> a']),
      errors: [{ messageId: 'noFeedbackEdge', nodeIds: ['a', 'b', 'c'] }],
      output: [
        '+ b -feedback-> a',
        '+ c -feedback-> a',
        '- b -data-> a',
        '- c -data-> a',
      ],
    },
  ],
});

describe('cycle-without-feedback-edge message', () => {
  it('shows the cycle from where data enters it', () => {
    const d = design(loop, ['req -request-> srv', 'srv -> plog', 'plog -> t', 't -> reg', 'reg -> srv']);
    const [finding] = runRules(d, [cycleWithoutFeedbackEdge]);
    expect(finding.message).toBe('Cycle Model server → Prediction log → Trainer → Model registry → Model server has no feedback edge.');
    expect(finding.edgeIds.sort()).toEqual(['plog-t', 'reg-srv', 'srv-plog', 't-reg']);
  });
});
