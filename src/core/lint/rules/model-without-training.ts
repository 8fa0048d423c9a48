import { boolProp, nodeLabel } from '../../document/props';
import { D } from '../../graph/graph';
import { computeFacts } from '../facts';
import { edit } from '../fixes';
import type { Rule } from '../types';

export const modelWithoutTraining: Rule = {
  meta: {
    id: 'model-without-training',
    severity: 'warning',
    stage: 'training',
    reads: { props: ['pretrained'] },
    docs: {
      description: 'A served model that no trainer trains (no data path from a trainer), unless it is marked pretrained.',
      why: 'A model has to come from somewhere: the pipeline runs data → training → registry → serving (s001 §2), and a model with no training step cannot be retrained or reproduced (s003 step 5).',
      notes:
        'A vendor API or public checkpoint is fine: set pretrained=true on the model and say which in its notes. The fix adds trainer → model-registry → model; when a registry already feeds the model, the trainer is connected to that registry instead.',
      ask: 'Where does this model come from, and how would you retrain it?',
    },
    messages: { untrained: 'Nothing trains {{model}}: where does the model come from?' },
    placeholders: { model: 'the served model' },
    fixLabel: 'Add trainer → model registry',
  },
  check({ facts, report }) {
    for (const model of facts.servedModels) {
      if (boolProp(model, 'pretrained') || facts.trainersOf(model.id).length > 0) continue;
      report({ messageId: 'untrained', data: { model: nodeLabel(model) }, nodeIds: [model.id] });
    }
  },
  fix(design, finding) {
    const model = finding.nodeIds[0];
    const facts = computeFacts(design);
    const registry = [...facts.graph.ancestors(model, D)].find((id) => facts.node(id).kind === 'model-registry');
    const e = edit(design);
    if (registry) {
      const trainer = e.addNode('trainer', registry, { dx: -220, dy: 0 });
      e.addEdge(trainer, registry, 'data');
    } else {
      const reg = e.addNode('model-registry', model, { dx: -220, dy: 140 });
      const trainer = e.addNode('trainer', reg, { dx: -220, dy: 0 });
      e.addEdge(trainer, reg, 'data');
      e.addEdge(reg, model, 'data');
    }
    return e.done();
  },
};
