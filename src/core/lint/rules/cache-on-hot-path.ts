import { nodeLabel, numProp } from '../../document/props';
import { computeFacts } from '../facts';
import { BELOW, edit } from '../fixes';
import { formatCount } from '../format';
import type { Rule } from '../types';

const CACHES = new Set(['cache', 'result-store']);

export const cacheOnHotPath: Rule = {
  meta: {
    id: 'cache-on-hot-path',
    severity: 'info',
    stage: 'serving',
    reads: { props: ['qps'] },
    docs: {
      description: 'A client request with qps ≥ hotQps whose serving path and side inputs have no cache or result store.',
      why: 'At high traffic, cache what is safe to cache: cached reputation lookups, embedding and prediction caches (s004 spam detection; s002 caching).',
      notes:
        'hotQps comes from design.settings (default 1,000). The fix adds a cache as a side input (request edge) of the first model on the path, else of the first node after the client.',
      ask: 'At this QPS, what do you cache, and what is the hit rate you expect?',
    },
    messages: { noCache: '{{client}} at {{qps}} QPS has no cache on its path.' },
    placeholders: { client: 'the client request', qps: 'its qps' },
    fixLabel: 'Add a cache',
  },
  check({ facts, report }) {
    for (const client of facts.clients) {
      const qps = numProp(client, 'qps');
      if (qps === undefined || qps < facts.hotQps) continue;
      const path = facts.servingPath(client.id);
      const cached = [...path].some((id) => CACHES.has(facts.node(id).kind) || facts.side(id).some((s) => CACHES.has(facts.node(s).kind)));
      if (!cached) report({ messageId: 'noCache', data: { client: nodeLabel(client), qps: formatCount(qps) }, nodeIds: [client.id] });
    }
  },
  fix(design, finding) {
    const client = finding.nodeIds[0];
    const facts = computeFacts(design);
    const path = design.nodes.filter((n) => facts.servingPath(client).has(n.id));
    const target = path.find((n) => facts.isModelNode(n)) ?? path.find((n) => n.id !== client) ?? facts.node(client);
    const e = edit(design);
    const cache = e.addNode('cache', target.id, BELOW);
    e.addEdge(cache, target.id, 'request');
    return e.done();
  },
};
