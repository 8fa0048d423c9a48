import { ruleTester } from '../ruleTester';
import { design } from '../testing';
import { noModelRegistry } from './no-model-registry';

ruleTester(noModelRegistry, {
  valid: [
    { name: 'trainer → registry → server', design: design({ t: 'trainer', reg: 'model-registry', srv: 'model-server' }, ['t -> reg', 'reg -> srv']) },
    {
      name: 'registry after evaluation',
      design: design({ t: 'trainer', ev: 'offline-evaluation', reg: 'model-registry', srv: 'model-server' }, ['t -> ev', 'ev -> reg', 'reg -> srv']),
    },
  ],
  invalid: [
    {
      name: 'direct deployment',
      design: design({ t: 'trainer', srv: 'model-server' }, ['t -> srv']),
      errors: [{ messageId: 'noRegistry', nodeIds: ['t', 'srv'] }],
      output: [
        '+ model-registry',
        '+ model-registry -data-> srv',
        '+ t -data-> model-registry',
        '- t -data-> srv',
      ],
    },
    {
      name: 'a bypass around the registry; one finding per model',
      design: design({ t: 'trainer', reg: 'model-registry', srv: 'model-server', bi: 'batch-inference' }, ['t -> reg', 'reg -> srv', 't -> srv', 't -> bi']),
      errors: [
        { messageId: 'noRegistry', nodeIds: ['t', 'srv'] },
        { messageId: 'noRegistry', nodeIds: ['t', 'bi'] },
      ],
      output: [
        [
          '+ model-registry',
          '+ model-registry -data-> srv',
          '+ t -data-> model-registry',
          '- t -data-> srv',
        ],
        [
          '+ model-registry',
          '+ model-registry -data-> bi',
          '+ t -data-> model-registry',
          '- t -data-> bi',
        ],
      ],
    },
  ],
});
