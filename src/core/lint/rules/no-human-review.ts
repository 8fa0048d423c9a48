import { ANY } from '../../graph/graph';
import { computeFacts } from '../facts';
import { BELOW, edit } from '../fixes';
import { capitalize } from '../format';
import type { Rule } from '../types';
import { reachMask } from '../../graph/reach';

const ESCALATED = ['fraud', 'moderation'];

export const noHumanReview: Rule = {
  meta: {
    id: 'no-human-review',
    severity: 'warning',
    stage: 'serving',
    reads: { props: ['domain'] },
    docs: {
      description: 'A fraud or moderation design where no human review is fed by a served model.',
      why: 'Uncertain and severe cases need people: human-in-the-loop review, which also yields explicit labels (s001 content moderation; s002 escalation to human review).',
      notes:
        'Reported once per design on the nodes that set the fraud or moderation domain. The fix sends the first served model of that domain (else the first served model) to a human review queue whose labels feed a label source and the model\'s trainer: model →feedback human-review →feedback label-source → trainer.',
      ask: 'Which decisions go to a human, and how do their verdicts become labels?',
    },
    messages: { noEscalation: '{{domain}} decisions have no human escalation.' },
    placeholders: { domain: 'the domains concerned: "Fraud", "Moderation" or "Fraud and moderation"' },
    fixLabel: 'Add a human review queue',
  },
  check({ facts, report }) {
    const domains = ESCALATED.filter((d) => facts.designDomains.has(d));
    if (domains.length === 0) return;
    const fedByModels = reachMask(facts.graph, 
      facts.servedModels.map((m) => m.id),
      ANY,
    );
    if (facts.ofKind('human-review').some((h) => fedByModels.has(h.id))) return;
    report({
      messageId: 'noEscalation',
      data: { domain: capitalize(domains.join(' and ')) },
      nodeIds: facts.nodesWithDomain(...domains).map((n) => n.id),
    });
  },
  fix(design) {
    const facts = computeFacts(design);
    const model =
      facts.servedModels.find((m) => ESCALATED.some((d) => facts.domains(m).has(d))) ?? facts.servedModels[0] ?? facts.modelNodes[0];
    if (!model) return design;
    const e = edit(design);
    const [, labelSource] = e.addChain(
      model.id,
      [
        { kind: 'human-review', flow: 'feedback' },
        { kind: 'label-source', flow: 'feedback' },
      ],
      BELOW,
    );
    const trainer = facts.trainersOf(model.id)[0];
    if (trainer) e.addEdge(labelSource, trainer.id, 'data');
    return e.done();
  },
};
