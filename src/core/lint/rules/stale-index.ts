import { listProp, nodeLabel, numProp, strProp } from '../../document/props';
import { D } from '../../graph/graph';
import { setPropsFix } from '../fixes';
import type { LintFacts } from '../facts';
import type { Rule } from '../types';

/** refreshHours(ann) of DOMAIN.md C2. */
const REFRESH_HOURS: Readonly<Record<string, number>> = { realtime: 0, hourly: 1, daily: 24 };
const EVERY: Readonly<Record<string, string>> = { realtime: 'moment', hourly: 'hour', daily: 'day' };
/** An index may lag a quarter of an item's useful life before new items miss most of it. */
const LIFETIME_SHARE = 4;

/** A serving path that already surfaces new items another way: a cold-start fallback, lexical retrieval, or graph/popularity sources. */
function hasFreshRoute(facts: LintFacts, index: string): boolean {
  return facts.clientsOf(index).some((c) =>
    [...facts.servingPath(c)].some((id) => {
      const n = facts.node(id);
      if (n.kind === 'cold-start-fallback' || n.kind === 'lexical-index') return true;
      return n.kind === 'candidate-generation' && listProp(n, 'sources').some((s) => s === 'graph' || s === 'popularity');
    }),
  );
}

export const staleIndex: Rule = {
  meta: {
    id: 'stale-index',
    severity: 'warning',
    stage: 'serving',
    reads: { props: ['itemLifetimeHours', 'refresh', 'sources'] },
    docs: {
      description:
        'An ANN index on a serving path, fed over data edges by an item catalog whose items matter for itemLifetimeHours, that is rebuilt less often than a quarter of that lifetime, with no other route for new items on its serving paths.',
      why: 'News and short videos matter for hours: an index rebuilt daily never shows most of them while they matter (s000 freshness; s003 boost new items; s001 staleness).',
      notes:
        'A cold-start fallback, a lexical index, or a candidate generator with graph or popularity sources on a serving path that holds the index surfaces new items anyway, so the rule stays silent. One finding per index and catalog. The fix sets refresh=hourly, or realtime when items live under 4 h.',
      ask: 'How long after an item is published can it be retrieved?',
    },
    messages: {
      stale: '{{index}} is rebuilt every {{refresh}}, but items from {{catalog}} matter for only {{lifetime}} h: new items miss most of their life.',
    },
    placeholders: { index: 'the ANN index', refresh: 'its refresh period (day or hour)', catalog: 'the item catalog', lifetime: 'the catalog\'s itemLifetimeHours' },
    fixLabel: 'Rebuild the index more often',
  },
  check({ facts, report }) {
    for (const index of facts.ofKind('ann-index')) {
      if (!facts.serving.has(index.id)) continue;
      const refresh = strProp(index, 'refresh') ?? 'daily';
      const ancestors = facts.graph.ancestors(index.id, D);
      for (const catalog of facts.ofKind('item-catalog')) {
        const lifetime = numProp(catalog, 'itemLifetimeHours');
        if (lifetime === undefined || !ancestors.has(catalog.id)) continue;
        if (REFRESH_HOURS[refresh] <= lifetime / LIFETIME_SHARE || hasFreshRoute(facts, index.id)) continue;
        report({
          messageId: 'stale',
          data: { index: nodeLabel(index), refresh: EVERY[refresh], catalog: nodeLabel(catalog), lifetime },
          nodeIds: [index.id, catalog.id],
        });
      }
    }
  },
  fix(design, finding) {
    const lifetime = Number(finding.data.lifetime);
    return setPropsFix({ refresh: lifetime < LIFETIME_SHARE * REFRESH_HOURS.hourly ? 'realtime' : 'hourly' })(design, finding);
  },
};
