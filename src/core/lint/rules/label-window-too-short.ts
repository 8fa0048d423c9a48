import { nodeLabel, numProp } from '../../document/props';
import { DF } from '../../graph/graph';
import { computeFacts, type LintFacts } from '../facts';
import { edit } from '../fixes';
import type { Rule } from '../types';

/** The label sources with a delay that reach the joiner over data and feedback edges. */
function delayedSources(facts: LintFacts, joiner: string): { id: string; delay: number }[] {
  return [...facts.graph.ancestors(joiner, DF)]
    .map((id) => facts.node(id))
    .filter((n) => n.kind === 'label-source' && numProp(n, 'labelDelayHours') !== undefined)
    .map((n) => ({ id: n.id, delay: numProp(n, 'labelDelayHours')! }));
}

export const labelWindowTooShort: Rule = {
  meta: {
    id: 'label-window-too-short',
    severity: 'warning',
    stage: 'data',
    reads: { props: ['joinWindowHours', 'labelDelayHours'] },
    docs: {
      description: 'A label joiner whose joinWindowHours is shorter than the labelDelayHours of a label source that reaches it over data and feedback edges.',
      why: 'Labels arrive late (s003 label delay; s002 fraud chargebacks come weeks later): a join that closes before they arrive records late positives as negatives, and the model learns that fraud is fine.',
      notes: 'One finding per joiner and late source. The fix widens the join window to the longest label delay among the joiner\'s sources.',
      ask: 'How long after the prediction does the label arrive, and how long does your join wait?',
    },
    messages: {
      tooShort: '{{joiner}} gives up after {{window}} h, but labels from {{source}} arrive after {{delay}} h: late positives are trained as negatives.',
    },
    placeholders: { joiner: 'the label joiner', window: 'its joinWindowHours', source: 'the label source', delay: 'the source\'s labelDelayHours' },
    fixLabel: 'Wait as long as the labels take',
  },
  check({ facts, report }) {
    for (const joiner of facts.ofKind('label-join')) {
      const window = numProp(joiner, 'joinWindowHours');
      if (window === undefined) continue;
      for (const { id, delay } of delayedSources(facts, joiner.id)) {
        if (window >= delay) continue;
        report({
          messageId: 'tooShort',
          data: { joiner: nodeLabel(joiner), window, source: nodeLabel(facts.node(id)), delay },
          nodeIds: [joiner.id, id],
        });
      }
    }
  },
  fix(design, finding) {
    const joiner = finding.nodeIds[0];
    const longest = Math.max(...delayedSources(computeFacts(design), joiner).map((s) => s.delay));
    const e = edit(design);
    e.setProps(joiner, { joinWindowHours: longest });
    return e.done();
  },
};
