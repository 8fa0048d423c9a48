import { ruleTester } from '../ruleTester';
import { design } from '../testing';
import { noRetrainingTrigger } from './no-retraining-trigger';

const nodes = { req: 'client-request', t: 'trainer', srv: 'model-server' } as const;
const edges = ['req -request-> srv', 't -> srv'];

ruleTester(noRetrainingTrigger, {
  valid: [
    { name: 'scheduled trainer', design: design({ ...nodes, t: ['trainer', { schedule: 'daily' }] }, edges) },
    { name: 'orchestrator on a schedule', design: design({ ...nodes, orch: 'orchestrator' }, [...edges, 'orch -> t']) },
    {
      name: 'orchestrator triggered on drift',
      design: design({ ...nodes, orch: ['orchestrator', { schedule: 'none', triggerOnDrift: true }] }, [...edges, 'orch -> t']),
    },
    { name: 'the model is not served', design: design({ t: 'trainer', srv: 'model-server' }, ['t -> srv']) },
  ],
  invalid: [
    {
      name: 'manual trainer',
      design: design(nodes, edges),
      errors: [{ messageId: 'manualOnly', nodeIds: ['t', 'srv'] }],
      output: ['t.schedule: manual → daily'],
    },
    {
      name: 'an orchestrator that never runs does not count',
      design: design({ ...nodes, orch: ['orchestrator', { schedule: 'none' }] }, [...edges, 'orch -> t']),
      errors: [{ messageId: 'manualOnly', nodeIds: ['t', 'srv'] }],
      output: ['t.schedule: manual → daily'],
    },
  ],
});
