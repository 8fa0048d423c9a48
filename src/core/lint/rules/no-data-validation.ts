import { getKind } from '../../catalog';
import { nodeLabel } from '../../document/props';
import type { Design } from '../../document/types';
import type { Fact } from '../facts';
import { edit } from '../fixes';
import type { Rule } from '../types';
import { type NodeSet } from '../../graph/reach';

/** Nodes with a data-validation ancestor (any flow). */
const validated: Fact<NodeSet> = (f) => f.downstreamOf((n) => n.kind === 'data-validation');

const SOURCE_CATEGORIES = new Set(['data', 'processing', 'features']);

export const noDataValidation: Rule = {
  meta: {
    id: 'no-data-validation',
    severity: 'warning',
    stage: 'data',
    reads: { props: [] },
    docs: {
      description: 'A trainer needs a data-validation ancestor (any flow) that checks the data before it trains.',
      why: 'Bad data trains bad models silently: validate schema, ranges and distributions first (MLTS data tests; s001 "Validate → Train → Evaluate"; TDebt unstable data dependencies).',
      notes:
        "The fix puts a data validation node in front of the trainer, on its incoming data edges from data sources, processing and feature nodes; when there are none, it is connected to the trainer alone.",
      ask: 'What stops a broken upstream table from silently training a bad model?',
    },
    messages: { unchecked: 'Data reaches {{trainer}} unchecked.' },
    placeholders: { trainer: 'the trainer' },
    fixLabel: 'Insert data validation',
  },
  check({ facts, report }) {
    for (const trainer of facts.trainers) {
      if (!facts.fact(validated).has(trainer.id)) report({ messageId: 'unchecked', data: { trainer: nodeLabel(trainer) }, nodeIds: [trainer.id] });
    }
  },
  fix(design, finding) {
    const kindOf = (id: string, d: Design) => d.nodes.find((n) => n.id === id)?.kind ?? '';
    const e = edit(design);
    e.insertBefore(finding.nodeIds[0], 'data-validation', 'data', (edge) => {
      return edge.flow === 'data' && SOURCE_CATEGORIES.has(getKind(kindOf(edge.source, design))?.category ?? '');
    });
    return e.done();
  },
};
