import { getKind } from '../../catalog';
import { boolProp, listProp, nodeLabel } from '../../document/props';
import type { DesignNode } from '../../document/types';
import { DF } from '../../graph/graph';
import { edit } from '../fixes';
import type { Rule } from '../types';

const checksPii = (n: DesignNode) => n.kind === 'data-validation' && listProp(n, 'checks').includes('pii');
const holdsPii = (n: DesignNode) => getKind(n.kind)?.category === 'data' && boolProp(n, 'pii');

export const uncheckedPii: Rule = {
  meta: {
    id: 'unchecked-pii',
    severity: 'error',
    stage: 'data',
    reads: { props: ['checks', 'pii'] },
    docs: {
      description:
        'A trainer fed over data and feedback edges by a data source marked pii=true, with no data validation that checks pii between the source and the trainer.',
      why: 'Personal data needs minimisation, anonymisation and consent before it trains a model (s003 step 7 privacy; s004 privacy constraints), and a model can memorise what it is fed.',
      notes:
        'Ancestry and "between" are both read over data and feedback edges: a source that reaches the trainer only through request lookups is not training data. One finding per trainer and source. The fix inserts a data validation checking schema and pii right after the source.',
      ask: 'Which personal data reaches training, and where is it de-identified or filtered by consent?',
    },
    messages: {
      unchecked: '{{trainer}} learns from personal data in {{source}} with no PII check, de-identification or consent filter on the way.',
    },
    placeholders: { trainer: 'the trainer', source: 'the data source with pii=true' },
    fixLabel: 'Insert a PII check after the source',
  },
  check({ facts, report }) {
    for (const trainer of facts.trainers) {
      for (const id of facts.graph.ancestors(trainer.id, DF)) {
        const source = facts.node(id);
        if (!holdsPii(source) || facts.graph.kindBetween(id, trainer.id, checksPii, DF)) continue;
        report({ messageId: 'unchecked', data: { trainer: nodeLabel(trainer), source: nodeLabel(source) }, nodeIds: [trainer.id, id] });
      }
    }
  },
  fix(design, finding) {
    const [trainer, source] = finding.nodeIds;
    const e = edit(design);
    e.insertAfter(source, trainer, 'data-validation', DF, checksPii, { checks: ['schema', 'pii'] });
    return e.done();
  },
};
