import { ruleTester } from '../ruleTester';
import { design } from '../testing';
import { missingMonitoring } from './missing-monitoring';

const served = { req: ['client-request', { sloLatencyMs: 100 }], srv: ['model-server', { latencyMs: 30 }], reg: 'model-registry' } as const;

ruleTester(missingMonitoring, {
  valid: [
    {
      name: 'DOMAIN.md worked example: prediction log → drift monitor → alerting',
      design: design({ ...served, plog: 'prediction-log', dm: 'drift-monitor', al: 'alerting' }, [
        'req -request-> srv',
        'reg -> srv',
        'srv -feedback-> plog',
        'plog -> dm',
        'dm -> al',
      ]),
    },
    {
      name: 'a monitor fed by a log that another node of the serving path writes',
      design: design({ ...served, cache: 'cache', plog: 'prediction-log', dm: 'drift-monitor' }, [
        'req -request-> cache',
        'cache -request-> srv',
        'cache -feedback-> plog',
        'plog -> dm',
      ]),
    },
    { name: 'a model that serves nothing is not a served model', design: design({ srv: 'model-server', reg: 'model-registry' }, ['reg -> srv']) },
  ],
  invalid: [
    {
      name: 'DOMAIN.md worked example',
      design: design(served, ['req -request-> srv', 'reg -> srv']),
      errors: [{ messageId: 'unmonitored', nodeIds: ['srv'] }],
      output: [
        '+ alerting',
        '+ drift-monitor',
        '+ drift-monitor -data-> alerting',
        '+ prediction-log',
        '+ prediction-log -data-> drift-monitor',
        '+ srv -feedback-> prediction-log',
      ],
    },
    {
      name: 'batch inference is always served; one finding per model',
      design: design({ bi: 'batch-inference', bi2: 'batch-inference', dm: 'drift-monitor' }, ['bi2 -> dm']),
      errors: [{ messageId: 'unmonitored', nodeIds: ['bi'] }],
      output: [
        '+ alerting',
        '+ bi -feedback-> prediction-log',
        '+ drift-monitor',
        '+ drift-monitor -data-> alerting',
        '+ prediction-log',
        '+ prediction-log -data-> drift-monitor',
      ],
    },
  ],
});
