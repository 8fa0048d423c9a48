import { nodeLabel } from '../../document/props';
import { Graph, R } from '../../graph/graph';
import { FRESHNESS_RANK } from '../facts';
import { hasAny } from '../format';
import { edit, RIGHT } from '../fixes';
import type { Rule } from '../types';

const FRESHNESS_SENSITIVE = ['fraud', 'ads', 'recommendation', 'ranking'];

export const staleFeatures: Rule = {
  meta: {
    id: 'stale-features',
    severity: 'warning',
    stage: 'features',
    reads: { props: ['domain', 'freshness'] },
    docs: {
      description:
        'A served fraud, ads, recommendation or ranking model on a serving path whose freshest request-path features are batch.',
      why: 'Session context and engagement velocity matter within minutes; batch features are hours old (s000 feature freshness levels; s001 freshness tiers).',
      notes:
        'A model with no feature node on its request path has no servFresh and does not fire. The fix adds event-log → stream-bus → stream-processor feeding the feature store already on the model\'s request path, or a new feature store with a request edge to the model when it has none.',
      ask: "How fresh is the user's session when you rank?",
    },
    messages: { batchOnly: '{{model}} sees only batch features; session and velocity signals are hours old.' },
    placeholders: { model: 'the served model' },
    fixLabel: 'Add a streaming feature path',
  },
  check({ facts, report }) {
    for (const model of facts.servedModels) {
      if (!facts.serving.has(model.id) || !hasAny(facts.domains(model), FRESHNESS_SENSITIVE)) continue;
      if (facts.servFresh(model.id) !== FRESHNESS_RANK.batch) continue;
      report({ messageId: 'batchOnly', data: { model: nodeLabel(model) }, nodeIds: [model.id] });
    }
  },
  fix(design, finding) {
    const model = finding.nodeIds[0];
    const e = edit(design);
    const events = e.addNode('event-log', model, { dx: -660, dy: 280 });
    const [, processor] = e.addChain(events, [
      { kind: 'stream-bus', flow: 'data' },
      { kind: 'stream-processor', flow: 'data' },
    ]);
    const graph = new Graph(design);
    const existing = design.nodes.find((n) => n.kind === 'feature-store' && graph.hasPath(n.id, model, R));
    if (existing) e.addEdge(processor, existing.id, 'data');
    else {
      const store = e.addNode('feature-store', processor, RIGHT);
      e.addEdge(processor, store, 'data');
      e.addEdge(store, model, 'request');
    }
    return e.done();
  },
};
