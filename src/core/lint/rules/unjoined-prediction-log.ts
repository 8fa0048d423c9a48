import { nodeLabel } from '../../document/props';
import { DF } from '../../graph/graph';
import { edit } from '../fixes';
import type { Rule } from '../types';

const isLabelJoin = (n: { kind: string }) => n.kind === 'label-join';
/** Monitoring and orchestration carry signals (an alert, a retrain trigger), not training rows. */
const SIGNAL_KINDS = new Set(['drift-monitor', 'metrics-dashboard', 'alerting', 'orchestrator']);
const isSignal = (n: { kind: string }) => SIGNAL_KINDS.has(n.kind);

export const unjoinedPredictionLog: Rule = {
  meta: {
    id: 'unjoined-prediction-log',
    severity: 'warning',
    stage: 'data',
    reads: { props: [] },
    docs: {
      description: 'A prediction log that reaches a trainer over data and feedback edges must pass a label joiner on the way.',
      why: 'Logged features are only training data once the delayed outcome is attached to them by request id (s000 training on logged features; s003 label delay).',
      notes:
        'One finding per log–trainer pair. Routes through drift monitors, dashboards, alerting or an orchestrator do not count: they carry a retrain trigger, not rows (DOMAIN.md D7 draws drift-monitor → alerting → orchestrator → trainer on purpose). The fix inserts a label joiner right after the log on every data/feedback edge that leads to the trainer without one, so the old direct route is rerouted, not left in place.',
      ask: 'How do you attach the outcome to each logged prediction before training on it?',
    },
    messages: { noOutcomes: '{{log}} reaches {{trainer}} without outcomes joined.' },
    placeholders: { log: 'the prediction log', trainer: 'the trainer it reaches' },
    fixLabel: 'Insert a label joiner',
  },
  check({ facts, report }) {
    const { graph } = facts;
    for (const log of facts.ofKind('prediction-log')) {
      // A trainer reached with no label join or signal node in between: one search per log, then
      // its trainers in design order, instead of a reach test and a search per (log, trainer).
      const unjoined = [...graph.reachable(log.id, DF, 'forward', (n) => isLabelJoin(n) || isSignal(n))]
        .map((id) => facts.node(id))
        .filter((n) => n.kind === 'trainer')
        .sort((a, b) => graph.indexOf(a.id) - graph.indexOf(b.id));
      for (const trainer of unjoined)
        report({ messageId: 'noOutcomes', data: { log: nodeLabel(log), trainer: nodeLabel(trainer) }, nodeIds: [log.id, trainer.id] });
    }
  },
  fix(design, finding) {
    const [log, trainer] = finding.nodeIds;
    const e = edit(design);
    e.insertAfter(log, trainer, 'label-join', DF, isLabelJoin);
    return e.done();
  },
};
