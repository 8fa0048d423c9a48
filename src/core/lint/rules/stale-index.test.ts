import { ruleTester } from '../ruleTester';
import { design } from '../testing';
import { staleIndex } from './stale-index';

const news = (itemLifetimeHours?: number, refresh = 'daily', extra: Record<string, Parameters<typeof design>[0][string]> = {}, edges: string[] = []) =>
  design(
    {
      req: 'client-request',
      cat: ['item-catalog', itemLifetimeHours === undefined ? {} : { itemLifetimeHours }],
      tower: 'embedding-model',
      ann: ['ann-index', { refresh }],
      hr: 'heavy-ranker',
      ...extra,
    },
    ['cat -> tower', 'tower -> ann', 'req -request-> ann', 'ann -request-> hr', ...edges],
  );

ruleTester(staleIndex, {
  valid: [
    { name: 'no item lifetime stated', design: news() },
    { name: 'products matter for months: a daily rebuild is fine', design: news(24 * 90) },
    { name: 'news rebuilt hourly', design: news(12, 'hourly') },
    { name: 'exactly a quarter of the lifetime', design: news(96, 'daily') },
    { name: 'a popularity fallback surfaces new items', design: news(12, 'daily', { fb: 'cold-start-fallback' }, ['req -request-> fb']) },
    { name: 'a lexical index surfaces new items', design: news(12, 'daily', { lex: 'lexical-index' }, ['req -request-> lex']) },
    { name: 'a generator with a social-graph source', design: news(12, 'daily', { cg: ['candidate-generation', { sources: ['ann', 'graph'] }] }, ['ann -request-> cg']) },
    {
      name: 'an index off the serving path',
      design: design({ cat: ['item-catalog', { itemLifetimeHours: 6 }], ann: 'ann-index' }, ['cat -> ann']),
    },
  ],
  invalid: [
    {
      name: 'news (12 h) in a daily index',
      design: news(12),
      errors: [{ messageId: 'stale', nodeIds: ['ann', 'cat'] }],
      output: ['ann.refresh: daily → hourly'],
    },
    {
      name: 'short video (3 h) in an hourly index: only realtime keeps up',
      design: news(3, 'hourly'),
      errors: [{ messageId: 'stale', nodeIds: ['ann', 'cat'] }],
      output: ['ann.refresh: hourly → realtime'],
    },
    {
      name: 'a generator that only merges ANN results does not surface new items',
      design: news(12, 'daily', { cg: 'candidate-generation' }, ['ann -request-> cg']),
      errors: [{ messageId: 'stale', nodeIds: ['ann', 'cat'] }],
      output: ['ann.refresh: daily → hourly'],
    },
  ],
});
