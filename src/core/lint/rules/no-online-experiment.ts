import { nodeLabel } from '../../document/props';
import { RD } from '../../graph/graph';
import { edit } from '../fixes';
import { computeFacts } from '../facts';
import type { Rule } from '../types';
import { reachMask } from '../../graph/reach';

export const noOnlineExperiment: Rule = {
  meta: {
    id: 'no-online-experiment',
    severity: 'warning',
    stage: 'evaluation',
    reads: { props: [] },
    docs: {
      description: 'A served model that no experiment service or bandit reaches over request and data edges.',
      why: 'Offline metrics do not always predict online ones: a model with higher NDCG can lower retention, so A/B test before launching (s000; s004 online evaluation; MLTS canary).',
      notes:
        'The fix puts an experiment service in front of the model: a request edge (a parallel lookup, adding no serial latency) when the model is on a serving path, a data edge otherwise (batch inference).',
      ask: 'How do you prove online that the new model is better: A/B test, canary or shadow?',
    },
    messages: { noExperiment: '{{model}} launches without an A/B test, canary or shadow run.' },
    placeholders: { model: 'the served model' },
    fixLabel: 'Add an experiment service',
  },
  check({ facts, report }) {
    const splitters = facts.ofKind('experiment-service', 'bandit').map((n) => n.id);
    const reached = reachMask(facts.graph, splitters, RD);
    for (const model of facts.servedModels) {
      if (reached.has(model.id)) continue;
      report({ messageId: 'noExperiment', data: { model: nodeLabel(model) }, nodeIds: [model.id] });
    }
  },
  fix(design, finding) {
    const model = finding.nodeIds[0];
    const onServingPath = computeFacts(design).serving.has(model);
    const e = edit(design);
    const experiment = e.addNode('experiment-service', model, { dx: 0, dy: -140 });
    e.addEdge(experiment, model, onServingPath ? 'request' : 'data');
    return e.done();
  },
};
