import { nodeLabel } from '../../document/props';
import { ANY } from '../../graph/graph';
import { BELOW, edit } from '../fixes';
import type { Rule } from '../types';

export const noFeedbackLoop: Rule = {
  meta: {
    id: 'no-feedback-loop',
    severity: 'warning',
    stage: 'training',
    reads: { props: [] },
    docs: {
      description:
        'A trainer of a served model should be fed by the model or by a node of a serving path that contains it: production traffic has to flow back into training.',
      why: 'A system gets better over time only if user behaviour feeds back into training (s002 feedback loops and retraining; s004 collect production labels, then retrain).',
      notes: 'One finding per trainer–model pair. The fix logs the model\'s outputs and joins outcomes: model →feedback prediction-log →feedback label-join → trainer.',
      ask: 'How do production outcomes get back into the training data?',
    },
    messages: { noTrafficBack: "Nothing from {{model}}'s traffic flows back to {{trainer}}." },
    placeholders: { model: 'the served model', trainer: 'its trainer' },
    fixLabel: 'Log predictions and join labels back to the trainer',
  },
  check({ facts, report }) {
    for (const { trainer, model } of facts.servedTrainsPairs) {
      // A search up from the trainer that stops at the first traffic node (usually log → join →
      // trainer, a few hops) instead of every ancestor of every trainer.
      const traffic = new Set([model.id, ...facts.clientsOf(model.id).flatMap((c) => [...facts.servingPath(c)])]);
      traffic.delete(trainer.id);
      if (facts.graph.reachesAny(trainer.id, traffic, ANY, 'backward')) continue;
      report({ messageId: 'noTrafficBack', data: { model: nodeLabel(model), trainer: nodeLabel(trainer) }, nodeIds: [trainer.id, model.id] });
    }
  },
  fix(design, finding) {
    const [trainer, model] = finding.nodeIds;
    const e = edit(design);
    const [, labelJoin] = e.addChain(
      model,
      [
        { kind: 'prediction-log', flow: 'feedback' },
        { kind: 'label-join', flow: 'feedback' },
      ],
      BELOW,
    );
    e.addEdge(labelJoin, trainer, 'data');
    return e.done();
  },
};
