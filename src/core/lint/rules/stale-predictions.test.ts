import { ruleTester } from '../ruleTester';
import { design } from '../testing';
import { stalePredictions } from './stale-predictions';

const hybrid = (maxAgeHours: number | undefined, schedule = 'daily') =>
  design(
    {
      req: 'client-request',
      rs: ['result-store', maxAgeHours === undefined ? {} : { maxAgeHours }],
      bi: ['batch-inference', { schedule }],
      hr: 'heavy-ranker',
    },
    ['bi -> rs', 'req -request-> rs', 'rs -request-> hr'],
  );

ruleTester(stalePredictions, {
  valid: [
    { name: 'no age limit stated', design: hybrid(undefined) },
    { name: 'a nightly job for results up to a day old', design: hybrid(24) },
    { name: 'hourly runs for results up to 6 h old', design: hybrid(6, 'hourly') },
    {
      name: 'a store off the serving path',
      design: design({ rs: ['result-store', { maxAgeHours: 1 }], bi: 'batch-inference' }, ['bi -> rs']),
    },
  ],
  invalid: [
    {
      name: 'a nightly job for results under 6 h old: run hourly',
      design: hybrid(6),
      errors: [{ messageId: 'stale', nodeIds: ['rs', 'bi'] }],
      output: ['bi.schedule: daily → hourly'],
    },
    {
      name: 'a weekly job for results under two days old: run daily',
      design: hybrid(48, 'weekly'),
      errors: [{ messageId: 'stale', nodeIds: ['rs', 'bi'] }],
      output: ['bi.schedule: weekly → daily'],
    },
    {
      name: 'under an hour no schedule fits: no quick fix',
      design: hybrid(0.5, 'hourly'),
      errors: [{ messageId: 'stale', nodeIds: ['rs', 'bi'] }],
      output: null,
    },
  ],
});
