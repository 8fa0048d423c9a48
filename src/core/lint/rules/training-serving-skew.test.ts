import { ruleTester } from '../ruleTester';
import { design } from '../testing';
import { trainingServingSkew } from './training-serving-skew';

const base = { req: 'client-request', wh: 'data-warehouse', t: 'trainer', reg: 'model-registry', srv: 'model-server' } as const;
const baseEdges = ['t -> reg', 'reg -> srv', 'req -request-> srv'];

ruleTester(trainingServingSkew, {
  valid: [
    {
      name: 'DOMAIN.md worked example: one feature store, offline for training and online for serving',
      design: design({ ...base, fs: 'feature-store' }, [...baseEdges, 'wh -> fs', 'fs -> t', 'fs -request-> srv']),
    },
    {
      name: 'training on logged features',
      design: design({ ...base, udb: 'user-db', plog: 'prediction-log', join: 'label-join' }, [
        ...baseEdges,
        'wh -> t',
        'udb -request-> srv',
        'srv -feedback-> plog',
        'plog -feedback-> join',
        'join -> t',
      ]),
    },
    { name: 'the model looks up no features at all', design: design(base, [...baseEdges, 'wh -> t']) },
    {
      name: 'batch at serving and batch in training',
      design: design({ ...base, fs: 'feature-store', bp: 'batch-processor' }, [...baseEdges, 'bp -> fs', 'fs -> t', 'fs -request-> srv']),
    },
  ],
  invalid: [
    {
      name: 'DOMAIN.md worked example: warehouse for training, user DB at serving',
      design: design({ ...base, udb: 'user-db' }, [...baseEdges, 'wh -> t', 'udb -request-> srv']),
      errors: [{ messageId: 'differentPaths', nodeIds: ['t', 'srv'] }],
      output: [
        '+ label-join',
        '+ label-join -data-> t',
        '+ prediction-log',
        '+ prediction-log -feedback-> label-join',
        '+ srv -feedback-> prediction-log',
      ],
    },
    {
      name: 'a feature store with only an offline store cannot serve',
      design: design({ ...base, fs: ['feature-store', { onlineStore: false }] }, [...baseEdges, 'wh -> fs', 'fs -> t', 'fs -request-> srv']),
      errors: [{ messageId: 'differentPaths', nodeIds: ['t', 'srv'] }],
      output: [
        '+ label-join',
        '+ label-join -data-> t',
        '+ prediction-log',
        '+ prediction-log -feedback-> label-join',
        '+ srv -feedback-> prediction-log',
      ],
    },
    {
      name: 'trained on streaming features, served batch ones',
      design: design({ ...base, fs: 'feature-store', sp: 'stream-processor', bp: 'batch-processor' }, [
        ...baseEdges,
        'fs -> t',
        'sp -> t',
        'bp -> fs',
        'fs -request-> srv',
      ]),
      errors: [{ messageId: 'staleAtServing', nodeIds: ['t', 'srv'] }],
      output: [
        '+ label-join',
        '+ label-join -data-> t',
        '+ prediction-log',
        '+ prediction-log -feedback-> label-join',
        '+ srv -feedback-> prediction-log',
      ],
    },
  ],
});
