import { nodeLabel } from '../../document/props';
import { R } from '../../graph/graph';
import { RANKERS } from '../facts';
import { edit } from '../fixes';
import { hasAny } from '../format';
import type { Rule } from '../types';

export const noPolicyLayer: Rule = {
  meta: {
    id: 'no-policy-layer',
    severity: 'warning',
    stage: 'serving',
    reads: { props: ['domain'] },
    docs: {
      description:
        'In a recommendation or ranking design, the last ranker of a serving path (no ranker after it) has no re-ranker after it over request edges.',
      why: 'A pure engagement optimizer surfaces repetitive, spammy or outrage content: apply diversity, safety and business rules after ranking (s000 policy layer; s001 stage 3 re-ranking; s002).',
      notes: 'One finding per last ranker, however many serving paths it is on. The fix inserts a re-ranker right after the ranker on its outgoing request edges.',
      ask: 'Before results reach users, where do diversity, safety and business rules apply?',
    },
    messages: { unfiltered: "{{ranker}}'s output reaches users with no diversity or safety layer." },
    placeholders: { ranker: 'the last ranker' },
    fixLabel: 'Insert a re-ranker',
  },
  check({ facts, report }) {
    if (!hasAny(facts.designDomains, ['recommendation', 'ranking'])) return;
    const reported = new Set<string>();
    for (const path of facts.servingPaths.values()) {
      for (const id of path) {
        if (reported.has(id) || !RANKERS.has(facts.node(id).kind)) continue;
        const after = [...facts.graph.descendants(id, R)].map((d) => facts.node(d).kind);
        if (after.some((k) => RANKERS.has(k) || k === 'reranker')) continue;
        reported.add(id);
        report({ messageId: 'unfiltered', data: { ranker: nodeLabel(facts.node(id)) }, nodeIds: [id] });
      }
    }
  },
  fix(design, finding) {
    const e = edit(design);
    e.insertDownstream(finding.nodeIds[0], 'reranker', 'request');
    return e.done();
  },
};
