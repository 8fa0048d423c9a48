import { boolProp, nodeLabel } from '../../document/props';
import type { DesignNode } from '../../document/types';
import { D, Graph } from '../../graph/graph';
import { edit } from '../fixes';
import type { Rule } from '../types';

const isGate = (n: DesignNode) => n.kind === 'offline-evaluation' && boolProp(n, 'gate');

export const noEvaluationGate: Rule = {
  meta: {
    id: 'no-evaluation-gate',
    severity: 'error',
    stage: 'evaluation',
    reads: { props: ['gate'] },
    docs: {
      description: 'A trainer whose models reach a served model with no gating offline evaluation (gate=true) between them over data edges.',
      why: 'A model should be validated on held-out data against a baseline before it serves traffic (MLTS "validate model quality before serving"; s001 Validate → Train → Evaluate → Deploy).',
      notes:
        'One finding per trainer–model pair. The fix first turns on gate for offline evaluations already on the way; when that is not enough it inserts a gating offline evaluation right after the trainer (so trainer → offline-evaluation → model-registry when a registry follows).',
      ask: 'What offline metric must a new model beat before it can ship?',
    },
    messages: { ungated: "{{trainer}}'s models reach {{model}} without an offline evaluation gate." },
    placeholders: { trainer: 'the trainer', model: 'the served model' },
    fixLabel: 'Insert an offline evaluation gate',
  },
  check({ facts, report }) {
    for (const { trainer, model } of facts.servedTrainsPairs) {
      if (facts.graph.kindBetween(trainer.id, model.id, isGate, D)) continue;
      report({ messageId: 'ungated', data: { trainer: nodeLabel(trainer), model: nodeLabel(model) }, nodeIds: [trainer.id, model.id] });
    }
  },
  fix(design, finding) {
    const [trainer, model] = finding.nodeIds;
    const graph = new Graph(design);
    const e = edit(design);
    const ungated = design.nodes.filter(
      (n) => n.kind === 'offline-evaluation' && !isGate(n) && graph.hasPath(trainer, n.id, D) && graph.hasPath(n.id, model, D),
    );
    for (const n of ungated) e.setProps(n.id, { gate: true });
    const gated = new Set(ungated.map((n) => n.id));
    const after = new Graph(e.done());
    if (!after.kindBetween(trainer, model, (n) => isGate(n) || gated.has(n.id), D)) {
      e.insertAfter(trainer, model, 'offline-evaluation', D, (n) => isGate(n) || gated.has(n.id));
    }
    return e.done();
  },
};
