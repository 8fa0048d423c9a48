import { nodeLabel } from '../../document/props';
import { D } from '../../graph/graph';
import { edit } from '../fixes';
import type { Rule } from '../types';

const isRegistry = (n: { kind: string }) => n.kind === 'model-registry';

export const noModelRegistry: Rule = {
  meta: {
    id: 'no-model-registry',
    severity: 'warning',
    stage: 'training',
    reads: { props: [] },
    docs: {
      description: 'A trainer that ships to a model node over data edges with no model registry between them.',
      why: 'Without versioned artifacts there is no lineage, approval or rollback when a new model misbehaves (s001 model registry; MLTS "models can be rolled back").',
      notes: 'One finding per trainer–model pair, served or not. The fix inserts a registry right after the trainer on every data edge that leads to the model without one.',
      ask: 'How do you version this model and roll back a bad release?',
    },
    messages: { noRegistry: '{{trainer}} ships to {{model}} with no registry: no versioning or rollback.' },
    placeholders: { trainer: 'the trainer', model: 'the model it deploys to' },
    fixLabel: 'Insert a model registry',
  },
  check({ facts, report }) {
    for (const { trainer, model } of facts.trainsPairs) {
      if (facts.graph.kindBetween(trainer.id, model.id, isRegistry, D)) continue;
      report({ messageId: 'noRegistry', data: { trainer: nodeLabel(trainer), model: nodeLabel(model) }, nodeIds: [trainer.id, model.id] });
    }
  },
  fix(design, finding) {
    const [trainer, model] = finding.nodeIds;
    const e = edit(design);
    e.insertAfter(trainer, model, 'model-registry', D, isRegistry);
    return e.done();
  },
};
