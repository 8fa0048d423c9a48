import { ruleTester } from '../ruleTester';
import { design } from '../testing';
import { unjoinedPredictionLog } from './unjoined-prediction-log';

ruleTester(unjoinedPredictionLog, {
  valid: [
    { name: 'log → label joiner → trainer', design: design({ plog: 'prediction-log', join: 'label-join', t: 'trainer' }, ['plog -feedback-> join', 'join -> t']) },
    { name: 'a log that feeds only monitoring', design: design({ plog: 'prediction-log', dm: 'drift-monitor', t: 'trainer' }, ['plog -> dm']) },
    {
      name: 'a drift-triggered retrain is a signal, not training rows (DOMAIN.md D7)',
      design: design(
        { plog: 'prediction-log', join: 'label-join', dm: 'drift-monitor', al: 'alerting', orch: 'orchestrator', t: 'trainer' },
        ['plog -feedback-> join', 'join -> t', 'plog -> dm', 'dm -> al', 'al -> orch', 'orch -> t'],
      ),
    },
  ],
  invalid: [
    {
      name: 'direct feedback edge to the trainer',
      design: design({ plog: 'prediction-log', t: 'trainer' }, ['plog -feedback-> t']),
      errors: [{ messageId: 'noOutcomes', nodeIds: ['plog', 't'] }],
      output: [
        '+ label-join',
        '+ label-join -feedback-> t',
        '+ plog -feedback-> label-join',
        '- plog -feedback-> t',
      ],
    },
    {
      name: 'a joined route does not excuse a second, unjoined one',
      design: design({ plog: 'prediction-log', join: 'label-join', wh: 'data-warehouse', t: 'trainer' }, [
        'plog -feedback-> join',
        'join -> t',
        'plog -feedback-> wh',
        'wh -> t',
      ]),
      errors: [{ messageId: 'noOutcomes', nodeIds: ['plog', 't'] }],
      output: [
        '+ label-join',
        '+ label-join -feedback-> wh',
        '+ plog -feedback-> label-join',
        '- plog -feedback-> wh',
      ],
    },
  ],
});
