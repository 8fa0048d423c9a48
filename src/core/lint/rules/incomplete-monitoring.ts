import { listProp, nodeLabel } from '../../document/props';
import { computeFacts } from '../facts';
import { edit } from '../fixes';
import { monitoringOf, monitorsOf } from '../monitoring';
import { joinList } from '../format';
import type { Rule } from '../types';

const ALWAYS = ['data-drift', 'prediction-drift', 'business-metrics'];

export const incompleteMonitoring: Rule = {
  meta: {
    id: 'incomplete-monitoring',
    severity: 'info',
    stage: 'monitoring',
    reads: { props: ['watches'] },
    docs: {
      description:
        'The drift monitors of a served model should together watch data drift, prediction drift and business metrics, and latency when the model answers requests.',
      why: 'A model can keep its AUC while hurting CTR or revenue: watch model and business metrics both (s001 §9 interview tip; s000 data drift, prediction drift, CTR alert).',
      notes:
        'Only fires when the model has at least one monitor (missing-monitoring covers none). The monitors counted are the ones missing-monitoring counts. Reported on the model; the fix adds the missing watches to the monitor nearest the model.',
      ask: 'Besides data drift, how would you notice that predictions or the business metric went bad?',
    },
    messages: { missingWatches: 'Monitoring of {{model}} misses: {{missing}}.' },
    placeholders: { model: 'the served model', missing: 'the watches no monitor of the model has, comma-separated' },
    fixLabel: 'Add the missing watches',
  },
  check({ facts, report }) {
    for (const model of facts.servedModels) {
      const { monitored, watches: watched } = monitoringOf(facts, model);
      if (!monitored) continue;
      const required = facts.serving.has(model.id) ? [...ALWAYS, 'latency'] : ALWAYS;
      const missing = required.filter((w) => !watched.has(w));
      if (missing.length === 0) continue;
      report({
        messageId: 'missingWatches',
        data: { model: nodeLabel(model), missing: joinList(missing) },
        nodeIds: [model.id],
      });
    }
  },
  fix(design, finding) {
    const facts = computeFacts(design);
    const monitor = monitorsOf(facts, facts.node(finding.nodeIds[0]))[0];
    if (!monitor) return design;
    const missing = String(finding.data.missing).split(', ');
    const e = edit(design);
    e.setProps(monitor.id, { watches: [...new Set([...listProp(monitor, 'watches'), ...missing])] });
    return e.done();
  },
};
