import { nodeLabel, numProp, strProp } from '../../document/props';
import { D } from '../../graph/graph';
import { edit } from '../fixes';
import type { Rule } from '../types';

/** period(schedule) of DOMAIN.md C2, longest first. */
const PERIOD_HOURS: readonly [schedule: string, hours: number][] = [
  ['weekly', 168],
  ['daily', 24],
  ['hourly', 1],
];
const periodOf = (schedule: string) => PERIOD_HOURS.find(([s]) => s === schedule)?.[1];
/** The longest schedule whose period is at most `maxAge` hours, if any. */
const scheduleWithin = (maxAge: number) => PERIOD_HOURS.find(([, hours]) => hours <= maxAge)?.[0];

export const stalePredictions: Rule = {
  meta: {
    id: 'stale-predictions',
    severity: 'warning',
    stage: 'serving',
    reads: { props: ['maxAgeHours', 'schedule'] },
    docs: {
      description:
        'A result store on a serving path with maxAgeHours set, filled over data edges by a batch inference job whose schedule period is longer than that age.',
      why: 'Batch predictions are as old as the last run: a nightly job cannot keep results under an hour old (s004 batch = stale results; s001 §5 batch vs online inference).',
      notes:
        'One finding per store and job. The fix sets the job\'s schedule to the longest period within maxAgeHours; when maxAgeHours is under an hour no schedule fits, so there is no quick fix: serve online instead.',
      ask: 'How old can a precomputed prediction be when a user sees it, and how often do you recompute?',
    },
    messages: {
      stale: '{{store}} must serve results under {{maxAge}} h old, but {{job}} refreshes them every {{period}} h.',
    },
    placeholders: { store: 'the result store', maxAge: 'its maxAgeHours', job: 'the batch inference job', period: 'the job\'s schedule period in hours' },
    fixLabel: 'Run the batch job more often',
  },
  check({ facts, report }) {
    for (const store of facts.ofKind('result-store')) {
      const maxAge = numProp(store, 'maxAgeHours');
      if (maxAge === undefined || !facts.serving.has(store.id)) continue;
      const ancestors = facts.graph.ancestors(store.id, D);
      for (const job of facts.ofKind('batch-inference')) {
        const period = periodOf(strProp(job, 'schedule') ?? '');
        if (!ancestors.has(job.id) || period === undefined || period <= maxAge) continue;
        report({
          messageId: 'stale',
          data: { store: nodeLabel(store), maxAge, job: nodeLabel(job), period },
          nodeIds: [store.id, job.id],
          fixable: scheduleWithin(maxAge) !== undefined,
        });
      }
    }
  },
  fix(design, finding) {
    const schedule = scheduleWithin(Number(finding.data.maxAge));
    if (!schedule) return design;
    const e = edit(design);
    e.setProps(finding.nodeIds[1], { schedule });
    return e.done();
  },
};
