import { nodeLabel } from '../../document/props';
import type { DesignNode } from '../../document/types';
import { R } from '../../graph/graph';
import { type LintFacts, RETRIEVERS } from '../facts';
import { BELOW, edit } from '../fixes';
import { hasAny } from '../format';
import type { Rule } from '../types';

const RANKED_DOMAINS = ['recommendation', 'ranking', 'search'];
/** Nodes that can answer without a model: a default list, a cached or precomputed answer, retrieval, rules. */
const DEFAULT_ANSWERS = new Set(['cold-start-fallback', 'cache', 'result-store', 'rules-engine', ...RETRIEVERS]);

/** Whether a node that can answer without a model is reachable from the client over request edges that enter no model node. */
function hasDefaultAnswer(facts: LintFacts, client: string): boolean {
  const reached = facts.graph.reachable(client, R, 'forward', (n: DesignNode) => facts.isModelNode(n));
  return [...reached].some((id) => DEFAULT_ANSWERS.has(facts.node(id).kind));
}

export const noServingFallback: Rule = {
  meta: {
    id: 'no-serving-fallback',
    severity: 'warning',
    stage: 'serving',
    reads: { props: ['domain'] },
    docs: {
      description:
        'A client request whose serving path holds a recommendation, ranking or search model, where nothing that answers without a model (cold-start fallback, cache, result store, retriever, rules engine) is reachable from the client over request edges without passing through a model.',
      why: 'Models time out and fail; online serving must degrade gracefully to a default such as a popularity list (s000 popularity fallback for new users; s002 serving reliability).',
      notes: 'One finding per client request, naming the first such model. The fix adds a popularity cold-start fallback called by the client.',
      ask: 'What does the user see when the ranking model is down or times out?',
    },
    messages: {
      noFallback: 'Every answer to {{client}} goes through {{model}}: when it fails or times out, nothing serves a default.',
    },
    placeholders: { client: 'the client request', model: 'the first model on its serving path' },
    fixLabel: 'Add a popularity fallback',
  },
  check({ facts, report }) {
    for (const client of facts.clients) {
      const model = [...facts.servingPath(client.id)].map((id) => facts.node(id)).find((n) => facts.isModelNode(n) && hasAny(facts.domains(n), RANKED_DOMAINS));
      if (!model || hasDefaultAnswer(facts, client.id)) continue;
      report({ messageId: 'noFallback', data: { client: nodeLabel(client), model: nodeLabel(model) }, nodeIds: [client.id, model.id] });
    }
  },
  fix(design, finding) {
    const client = finding.nodeIds[0];
    const e = edit(design);
    const fallback = e.addNode('cold-start-fallback', client, BELOW, { strategy: 'popularity' });
    e.addEdge(client, fallback, 'request');
    return e.done();
  },
};
