import { ruleTester } from '../ruleTester';
import { design } from '../testing';
import { modelWithoutTraining } from './model-without-training';

const serving = { req: 'client-request', srv: 'model-server' } as const;

ruleTester(modelWithoutTraining, {
  valid: [
    { name: 'trained through a registry', design: design({ ...serving, t: 'trainer', reg: 'model-registry' }, ['req -request-> srv', 't -> reg', 'reg -> srv']) },
    { name: 'a pretrained model (vendor API, public checkpoint)', design: design({ req: 'client-request', srv: ['model-server', { pretrained: true }] }, ['req -request-> srv']) },
    { name: 'a model off the serving path is not served', design: design({ srv: 'model-server', cat: 'item-catalog' }, ['cat -> srv']) },
    {
      name: 'an embedding model off the serving path is not a model node',
      design: design({ cat: 'item-catalog', enc: 'embedding-model', ann: 'ann-index', req: 'client-request' }, ['cat -> enc', 'enc -> ann', 'req -request-> ann']),
    },
  ],
  invalid: [
    {
      name: 'a served model from nowhere',
      design: design(serving, ['req -request-> srv']),
      errors: [{ messageId: 'untrained', nodeIds: ['srv'] }],
      output: [
        '+ model-registry',
        '+ model-registry -data-> srv',
        '+ trainer',
        '+ trainer -data-> model-registry',
      ],
    },
    {
      name: 'a registry with nothing training into it: the trainer joins that registry',
      design: design({ ...serving, reg: 'model-registry' }, ['req -request-> srv', 'reg -> srv']),
      errors: [{ messageId: 'untrained', nodeIds: ['srv'] }],
      output: ['+ trainer', '+ trainer -data-> reg'],
    },
    {
      name: 'a trainer reaching the model only over feedback does not train it; batch inference is always served',
      design: design({ ...serving, t: 'trainer', bi: 'batch-inference' }, ['req -request-> srv', 't -feedback-> srv']),
      errors: [
        { messageId: 'untrained', nodeIds: ['srv'] },
        { messageId: 'untrained', nodeIds: ['bi'] },
      ],
      output: [
        [
          '+ model-registry',
          '+ model-registry -data-> srv',
          '+ trainer',
          '+ trainer -data-> model-registry',
        ],
        [
          '+ model-registry',
          '+ model-registry -data-> bi',
          '+ trainer',
          '+ trainer -data-> model-registry',
        ],
      ],
    },
  ],
});
