import { ruleTester } from '../ruleTester';
import { design } from '../testing';
import { monitoringWithoutAlerting } from './monitoring-without-alerting';

ruleTester(monitoringWithoutAlerting, {
  valid: [
    { name: 'monitor → alerting', design: design({ dm: 'drift-monitor', al: 'alerting' }, ['dm -> al']) },
    { name: 'dashboard alerts through the monitor', design: design({ dash: 'metrics-dashboard', dm: 'drift-monitor', al: 'alerting' }, ['dash -> dm', 'dm -> al']) },
  ],
  invalid: [
    {
      name: 'one finding per silent monitor',
      design: design({ dm: 'drift-monitor', dash: 'metrics-dashboard', al: 'alerting' }, ['al -> dm']),
      errors: [
        { messageId: 'noAlerting', nodeIds: ['dm'] },
        { messageId: 'noAlerting', nodeIds: ['dash'] },
      ],
      output: [
        ['+ alerting', '+ dm -data-> alerting'],
        ['+ alerting', '+ dash -data-> alerting'],
      ],
    },
  ],
});
