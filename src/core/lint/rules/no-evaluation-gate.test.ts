import { ruleTester } from '../ruleTester';
import { design } from '../testing';
import { noEvaluationGate } from './no-evaluation-gate';

const nodes = { req: 'client-request', t: 'trainer', reg: 'model-registry', srv: 'model-server' } as const;

ruleTester(noEvaluationGate, {
  valid: [
    { name: 'trainer → evaluation → registry → server', design: design({ ...nodes, ev: 'offline-evaluation' }, ['req -request-> srv', 't -> ev', 'ev -> reg', 'reg -> srv']) },
    { name: 'an unserved model needs no gate', design: design(nodes, ['t -> reg', 'reg -> srv']) },
  ],
  invalid: [
    {
      name: 'no evaluation',
      design: design(nodes, ['req -request-> srv', 't -> reg', 'reg -> srv']),
      errors: [{ messageId: 'ungated', nodeIds: ['t', 'srv'] }],
      output: [
        '+ offline-evaluation',
        '+ offline-evaluation -data-> reg',
        '+ t -data-> offline-evaluation',
        '- t -data-> reg',
      ],
    },
    {
      name: 'an evaluation that does not block (gate=false)',
      design: design({ ...nodes, ev: ['offline-evaluation', { gate: false }] }, ['req -request-> srv', 't -> ev', 'ev -> reg', 'reg -> srv']),
      errors: [{ messageId: 'ungated', nodeIds: ['t', 'srv'] }],
      output: ['ev.gate: false → true'],
    },
    {
      name: 'a path around the gate',
      design: design({ ...nodes, ev: 'offline-evaluation' }, ['req -request-> srv', 't -> ev', 'ev -> reg', 't -> reg', 'reg -> srv']),
      errors: [{ messageId: 'ungated', nodeIds: ['t', 'srv'] }],
      output: [
        '+ offline-evaluation',
        '+ offline-evaluation -data-> reg',
        '+ t -data-> offline-evaluation',
        '- t -data-> reg',
      ],
    },
  ],
});
