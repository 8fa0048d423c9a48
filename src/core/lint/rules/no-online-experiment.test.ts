import { ruleTester } from '../ruleTester';
import { design } from '../testing';
import { noOnlineExperiment } from './no-online-experiment';

ruleTester(noOnlineExperiment, {
  valid: [
    {
      name: 'experiment service between registry and server',
      design: design({ req: 'client-request', reg: 'model-registry', ab: 'experiment-service', srv: 'model-server' }, ['req -request-> srv', 'reg -> ab', 'ab -> srv']),
    },
    { name: 'a bandit in front of the ranker', design: design({ req: 'client-request', bandit: 'bandit', ranker: 'heavy-ranker' }, ['req -request-> bandit', 'bandit -request-> ranker']) },
  ],
  invalid: [
    {
      name: 'served model and batch inference without experiment',
      design: design({ req: 'client-request', srv: 'model-server', bi: 'batch-inference' }, ['req -request-> srv']),
      errors: [
        { messageId: 'noExperiment', nodeIds: ['srv'] },
        { messageId: 'noExperiment', nodeIds: ['bi'] },
      ],
      output: [
        ['+ experiment-service', '+ experiment-service -request-> srv'],
        ['+ experiment-service', '+ experiment-service -data-> bi'],
      ],
    },
    {
      name: 'an experiment that reaches the model only over feedback does not count',
      design: design({ req: 'client-request', srv: 'model-server', ab: 'experiment-service' }, ['req -request-> srv', 'ab -feedback-> srv']),
      errors: [{ messageId: 'noExperiment', nodeIds: ['srv'] }],
      output: ['+ experiment-service', '+ experiment-service -request-> srv'],
    },
  ],
});
