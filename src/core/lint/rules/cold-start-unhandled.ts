import { ANY } from '../../graph/graph';
import { RANKERS, RETRIEVERS, computeFacts } from '../facts';
import { BELOW, edit } from '../fixes';
import type { Rule } from '../types';

export const coldStartUnhandled: Rule = {
  meta: {
    id: 'cold-start-unhandled',
    severity: 'warning',
    stage: 'data',
    reads: { props: ['domain'] },
    docs: {
      description:
        'A recommendation design needs a cold-start fallback on a serving path, or a content embedding of the item catalog that feeds an ANN index or a model.',
      why: 'New users have no history and new items no engagement: fall back to popularity or onboarding, and place new items by content embeddings (s000 cold start solutions; s003; s002 "ignoring cold start").',
      notes:
        'A fallback drawn as a request source of a serving node (cold-start-fallback →request candidate-generation, as in reference design 2) is a side input, not in S; it counts too. Reported once per design on the nodes whose domain is recommendation. The fix adds a popularity fallback feeding the first candidate generator of a serving path (else the first serving node after the client).',
      ask: 'What does a brand-new user or item get recommended on day one?',
    },
    messages: { noColdStart: 'New users or items have no route to recommendations.' },
    placeholders: {},
    fixLabel: 'Add a cold-start fallback',
  },
  check({ facts, report }) {
    if (!facts.designDomains.has('recommendation')) return;
    const sides = new Set([...facts.sideInputs.values()].flat());
    const fallback = facts.ofKind('cold-start-fallback').some((n) => facts.serving.has(n.id) || sides.has(n.id));
    if (fallback) return;
    const contentRoute = facts.ofKind('embedding-model').some((emb) => {
      const fromCatalog = [...facts.graph.ancestors(emb.id)].some((id) => facts.node(id).kind === 'item-catalog');
      if (!fromCatalog) return false;
      return [...facts.graph.descendants(emb.id, ANY)].some((id) => {
        const n = facts.node(id);
        return n.kind === 'ann-index' || facts.isModelNode(n);
      });
    });
    if (contentRoute) return;
    report({ messageId: 'noColdStart', nodeIds: facts.nodesWithDomain('recommendation').map((n) => n.id) });
  },
  fix(design) {
    const facts = computeFacts(design);
    const serving = design.nodes.filter((n) => facts.serving.has(n.id));
    const target =
      serving.find((n) => n.kind === 'candidate-generation') ??
      serving.find((n) => RETRIEVERS.has(n.kind) || RANKERS.has(n.kind) || facts.isModelNode(n)) ??
      serving.find((n) => n.kind !== 'client-request');
    const e = edit(design);
    if (target) {
      const fallback = e.addNode('cold-start-fallback', target.id, BELOW);
      e.addEdge(fallback, target.id, 'request');
    } else {
      const client = facts.clients[0];
      const fallback = e.addNode('cold-start-fallback', client?.id, BELOW);
      if (client) e.addEdge(client.id, fallback, 'request');
    }
    return e.done();
  },
};
