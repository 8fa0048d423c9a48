import { nodeLabel, strProp } from '../../document/props';
import { setPropsFix } from '../fixes';
import type { Rule } from '../types';

const RARE_POSITIVE_DOMAINS = new Set(['fraud', 'ads', 'moderation']);

export const classImbalanceUnhandled: Rule = {
  meta: {
    id: 'class-imbalance-unhandled',
    severity: 'warning',
    stage: 'training',
    reads: { props: ['classImbalance', 'domain'] },
    docs: {
      description: 'A fraud, ads or moderation trainer with classImbalance=none.',
      why: 'Positives are rare (CTR 1–2% positive, fraud is rare), so an unweighted model learns to predict the majority class (s001 class imbalance; s002 fraud; s003 step 6 handling imbalanced data).',
      notes:
        'The fix sets classImbalance=reweight: it keeps every example and the score scale, whereas downsampling needs recalibration (see uncalibrated-probabilities).',
      ask: 'Positives are rare here: how do you keep the model from predicting "no" for everything?',
    },
    messages: { imbalanceIgnored: '{{trainer}} ({{domain}}) ignores class imbalance.' },
    placeholders: { trainer: 'the trainer', domain: "the trainer's domain" },
    fixLabel: 'Reweight classes',
  },
  check({ facts, report }) {
    for (const trainer of facts.trainers) {
      const domain = strProp(trainer, 'domain') ?? '';
      if (!RARE_POSITIVE_DOMAINS.has(domain) || strProp(trainer, 'classImbalance') !== 'none') continue;
      report({ messageId: 'imbalanceIgnored', data: { trainer: nodeLabel(trainer), domain }, nodeIds: [trainer.id] });
    }
  },
  fix: setPropsFix({ classImbalance: 'reweight' }),
};
