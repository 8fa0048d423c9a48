import { describe, expect, it } from 'vitest';
import { lint } from './engine';
import { designScore } from './score';
import { design } from './testing';

const scoreOf = (d: ReturnType<typeof design>) => designScore(d, lint(d).findings);
const states = (d: ReturnType<typeof design>) => Object.fromEntries(scoreOf(d).stages.map((s) => [s.stage, s.state]));

describe('design score', () => {
  it('shows a serving-only sketch with data, features, training and monitoring missing, not clear', () => {
    const sketch = design({ req: 'client-request', cg: 'candidate-generation', lr: 'light-ranker', hr: 'heavy-ranker', rr: 'reranker' }, [
      'req -request-> cg',
      'cg -request-> lr',
      'lr -request-> hr',
      'hr -request-> rr',
    ]);
    const s = states(sketch);
    expect([s.data, s.features, s.training, s.evaluation, s.monitoring]).toEqual(['missing', 'missing', 'missing', 'missing', 'missing']);
    expect(s.problem).toBe('clear');
    expect(scoreOf(sketch).clear).toBeLessThan(4);
  });

  it('offers the kinds that would fill a missing stage', () => {
    const monitoring = scoreOf(design({ req: 'client-request', srv: 'model-server', ev: 'event-log' })).stages.find((s) => s.stage === 'monitoring')!;
    expect(monitoring.fillWith).toEqual(['drift-monitor', 'metrics-dashboard', 'alerting']);
  });

  it('counts a stage with a node and only infos as clear, and one with a warning as open', () => {
    const s = states(design({ req: ['client-request', { sloLatencyMs: 100 }], srv: 'model-server', t: 'trainer', ev: 'event-log' }, ['req -request-> srv', 'ev -> t']));
    expect(s.problem).toBe('clear');
    expect(s.data).toBe('open');
  });

  it('scores an empty design 0 / 8', () => {
    expect(scoreOf(design({})).clear).toBe(0);
  });
});
