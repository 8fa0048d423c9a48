import { ruleTester } from '../ruleTester';
import { design } from '../testing';
import { cacheOnHotPath } from './cache-on-hot-path';

const hot = { req: ['client-request', { qps: 100_000 }], srv: 'model-server' } as const;

ruleTester(cacheOnHotPath, {
  valid: [
    { name: 'a cached reputation lookup (side input)', design: design({ ...hot, cache: 'cache' }, ['req -request-> srv', 'cache -request-> srv']) },
    { name: 'a result store on the path', design: design({ ...hot, rs: 'result-store' }, ['req -request-> rs', 'rs -request-> srv']) },
    { name: 'low traffic', design: design({ ...hot, req: ['client-request', { qps: 50 }] }, ['req -request-> srv']) },
    { name: 'hotQps raised in design.settings', design: design(hot, ['req -request-> srv'], { settings: { hotQps: 1_000_000 } }) },
  ],
  invalid: [
    {
      name: 'spam filter at 100,000 QPS',
      design: design(hot, ['req -request-> srv']),
      errors: [{ messageId: 'noCache', nodeIds: ['req'] }],
      output: ['+ cache', '+ cache -request-> srv'],
    },
    {
      name: 'hotQps lowered in design.settings',
      design: design({ ...hot, req: ['client-request', { qps: 200 }] }, ['req -request-> srv'], { settings: { hotQps: 100 } }),
      errors: [{ messageId: 'noCache', nodeIds: ['req'] }],
      output: ['+ cache', '+ cache -request-> srv'],
    },
  ],
});
