import { ruleTester } from '../ruleTester';
import { design } from '../testing';
import { orphanComponent } from './orphan-component';

ruleTester(orphanComponent, {
  valid: [
    { name: 'a single node is a design being started', design: design({ srv: 'model-server' }) },
    { name: 'everything connected', design: design({ req: 'client-request', srv: 'model-server' }, ['req -request-> srv']) },
  ],
  invalid: [
    {
      name: 'a forgotten cache',
      design: design({ req: 'client-request', srv: 'model-server', cache: 'cache' }, ['req -request-> srv']),
      errors: [{ messageId: 'notConnected', nodeIds: ['cache'] }],
    },
  ],
});
