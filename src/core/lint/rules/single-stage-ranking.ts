import { defaultProps, getKind } from '../../catalog';
import { nodeLabel, numProp } from '../../document/props';
import type { DesignNode } from '../../document/types';
import { ANY, R } from '../../graph/graph';
import { type LintFacts, RANKERS, RETRIEVERS, computeFacts } from '../facts';
import { edit } from '../fixes';
import { formatCount, hasAny } from '../format';
import type { Rule } from '../types';

/** What a candidate generator passes on by default: the ~1,000 of s000's funnel. */
const GENERATOR_OUT = defaultProps(getKind('candidate-generation')!).candidatesOut as number;

const RANKING_DOMAINS = ['recommendation', 'ranking', 'search', 'ads'];

/** How many items v would score per request when it ranks without a retrieval stage, else undefined. */
function itemsScored(facts: LintFacts, v: DesignNode): number | undefined {
  const candidatesIn = numProp(v, 'candidatesIn');
  if (candidatesIn !== undefined) return candidatesIn > facts.maxRankIn ? candidatesIn : undefined;
  if ([...facts.graph.ancestors(v.id, R)].some((id) => RETRIEVERS.has(facts.node(id).kind))) return undefined;
  let corpus: number | undefined;
  for (const id of facts.graph.ancestors(v.id, ANY)) {
    const n = facts.node(id);
    const size = n.kind === 'item-catalog' ? numProp(n, 'corpusSize') : undefined;
    if (size !== undefined && size > facts.maxRankIn && (corpus === undefined || size > corpus)) corpus = size;
  }
  return corpus;
}

function rankingNodes(facts: LintFacts): DesignNode[] {
  return facts.design.nodes.filter(
    (n) => RANKERS.has(n.kind) || (n.kind === 'model-server' && facts.serving.has(n.id) && hasAny(facts.domains(n), RANKING_DOMAINS)),
  );
}

export const singleStageRanking: Rule = {
  meta: {
    id: 'single-stage-ranking',
    severity: 'error',
    stage: 'serving',
    reads: { props: ['candidatesIn', 'corpusSize', 'domain'] },
    docs: {
      description:
        'A ranker (or a ranking model server on a serving path) that would score more than maxRankIn items per request: its candidatesIn says so, or it has no retriever before it and a large item catalog feeds it.',
      why: '"You cannot score 10 million items at 50ms with your ranking model": retrieve hundreds to thousands of candidates first, then rank them (s002 mistake 5; s000, s001 two-stage design).',
      notes:
        'maxRankIn comes from design.settings (default 10,000). The fix inserts a candidate generator in front of the node on its incoming request edges (the generic retrieval stage; swap in an ANN index if retrieval is by embedding); when candidatesIn was set too high it is lowered to what the generator outputs.',
      ask: 'You cannot score the whole catalogue per request: how do you narrow it first?',
    },
    messages: { tooManyItems: '{{ranker}} would score {{n}} items per request.' },
    placeholders: { ranker: 'the ranking node', n: 'the items per request: its candidatesIn, or the corpus size of the catalog that feeds it' },
    fixLabel: 'Insert candidate generation',
  },
  check({ facts, report }) {
    for (const v of rankingNodes(facts)) {
      const n = itemsScored(facts, v);
      if (n !== undefined) report({ messageId: 'tooManyItems', data: { ranker: nodeLabel(v), n: formatCount(n) }, nodeIds: [v.id] });
    }
  },
  fix(design, finding) {
    const ranker = finding.nodeIds[0];
    const facts = computeFacts(design);
    const out = Math.min(GENERATOR_OUT, facts.maxRankIn);
    const e = edit(design);
    e.insertBefore(ranker, 'candidate-generation', 'request', (edge) => edge.flow === 'request', out === GENERATOR_OUT ? {} : { candidatesOut: out });
    if ((numProp(facts.node(ranker), 'candidatesIn') ?? 0) > facts.maxRankIn) e.setProps(ranker, { candidatesIn: out });
    return e.done();
  },
};
