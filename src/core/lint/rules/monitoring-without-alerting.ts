import { nodeLabel } from '../../document/props';
import { ANY } from '../../graph/graph';
import { edit } from '../fixes';
import type { Rule } from '../types';
import { reachMask } from '../../graph/reach';

export const monitoringWithoutAlerting: Rule = {
  meta: {
    id: 'monitoring-without-alerting',
    severity: 'warning',
    stage: 'monitoring',
    reads: { props: [] },
    docs: {
      description: 'A drift monitor or metrics dashboard needs a path (any flow) to an alerting node.',
      why: 'Detection without action limits changes nothing: set alarm thresholds that page someone (s003 "Alarms"; s004 alert configuration; TDebt action limits).',
      ask: 'When the monitor sees a problem, who gets paged, and at what threshold?',
    },
    messages: { noAlerting: '{{monitor}} detects problems but alerts no one.' },
    placeholders: { monitor: 'the drift monitor or metrics dashboard' },
    fixLabel: 'Connect to a new alerting node',
  },
  check({ facts, report }) {
    // One backward search from every alerting node instead of one forward search per monitor.
    const canAlert = reachMask(facts.graph, facts.ofKind('alerting').map((n) => n.id), ANY, 'backward');
    for (const monitor of facts.ofKind('drift-monitor', 'metrics-dashboard')) {
      if (canAlert.has(monitor.id)) continue;
      report({ messageId: 'noAlerting', data: { monitor: nodeLabel(monitor) }, nodeIds: [monitor.id] });
    }
  },
  fix(design, finding) {
    const e = edit(design);
    e.addChain(finding.nodeIds[0], [{ kind: 'alerting', flow: 'data' }]);
    return e.done();
  },
};
