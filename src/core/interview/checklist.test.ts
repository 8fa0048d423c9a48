import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type Design, restore } from '../document';
import { lint } from '../lint';
import { design } from '../lint/testing';
import { CHECKLIST, dimensionCoverage, evaluateChecklist } from './checklist';
import { PHASE_IDS } from './phases';
import { EMPTY_REQUIREMENTS, parseFigure, servingFigures, setServingFigure } from './requirements';

function template(id: string): Design {
  const result = restore(JSON.parse(readFileSync(new URL(`../../../templates/${id}.json`, import.meta.url), 'utf8')));
  if (!result.ok) throw new Error(`${id}: ${result.errors.map((e) => e.message).join('; ')}`);
  return result.design;
}

const ticks = (d: Design, requirements = EMPTY_REQUIREMENTS, manual: Record<string, boolean> = {}) =>
  Object.fromEntries(evaluateChecklist(d, lint(d).findings, requirements, manual).map((e) => [e.item.id, e.by ?? false]));

describe('the phase checklists', () => {
  it('cover every phase, with unique ids', () => {
    for (const phase of PHASE_IDS) expect(CHECKLIST.some((i) => i.phase === phase), phase).toBe(true);
    expect(new Set(CHECKLIST.map((i) => i.id)).size).toBe(CHECKLIST.length);
  });

  it('tick nothing by themselves on an empty canvas: a silent rule is not enough', () => {
    const t = ticks(design({}));
    expect(Object.values(t).filter(Boolean)).toEqual([]);
  });

  it('tick from the design what the reference news feed shows', () => {
    const t = ticks(template('news-feed-ranking'));
    for (const id of ['scale', 'latency', 'label', 'data-sources', 'time-split', 'eval-gate', 'registry', 'two-stage', 'monitoring', 'alerting', 'feedback-loop', 'experiment'])
      expect(t[id], id).toBe('auto');
    // What only the candidate can say stays for them to tick.
    for (const id of ['input-output', 'feature-groups', 'baseline', 'summary']) expect(t[id], id).toBe(false);
  });

  it('leave the time-based split unticked while the trainer splits randomly', () => {
    const leaky = design({ log: 'event-log', t: ['trainer', { domain: 'ranking' }] }, ['log -> t']);
    expect(ticks(leaky)['time-split']).toBe(false);
    expect(ticks(leaky)['label']).toBe('auto');
    const fixed = design({ log: 'event-log', t: ['trainer', { domain: 'ranking', splitStrategy: 'time-based' }] }, ['log -> t']);
    expect(ticks(fixed)['time-split']).toBe('auto');
  });

  it('want the retrieval stage to feed the ranker, not merely exist', () => {
    const apart = design(
      { req: 'client-request', hr: ['heavy-ranker', { domain: 'ranking', latencyMs: 40 }], cg: ['candidate-generation', { latencyMs: 10 }] },
      ['req -request-> hr'],
    );
    expect(ticks(apart)['two-stage']).toBe(false);
    const chained = design(
      { req: 'client-request', cg: ['candidate-generation', { latencyMs: 10 }], hr: ['heavy-ranker', { domain: 'ranking', candidatesIn: 1000, latencyMs: 40 }] },
      ['req -request-> cg', 'cg -request-> hr'],
    );
    expect(ticks(chained)['two-stage']).toBe('auto');
  });

  it('want monitoring and the feedback loop wired to the served model, not merely drawn', () => {
    const nodes = {
      req: ['client-request', { sloLatencyMs: 100 }],
      srv: ['model-server', { latencyMs: 30 }],
      log: 'prediction-log',
      dm: 'drift-monitor',
      al: 'alerting',
      lj: 'label-join',
      t: ['trainer', { splitStrategy: 'time-based' }],
      reg: 'model-registry',
    } as const;
    const apart = design(nodes, ['req -request-> srv', 't -> reg', 'reg -> srv', 'log -> dm', 'dm -> al', 'lj -> t']);
    expect(ticks(apart).monitoring).toBe(false);
    expect(ticks(apart)['feedback-loop']).toBe(false);
    const wired = design(nodes, ['req -request-> srv', 't -> reg', 'reg -> srv', 'srv -feedback-> log', 'log -> dm', 'dm -> al', 'log -feedback-> lj', 'lj -> t']);
    expect(ticks(wired).monitoring).toBe('auto');
    expect(ticks(wired)['feedback-loop']).toBe('auto');
    expect(ticks(wired).alerting).toBe('auto');
  });

  it('read the requirements card and the hand ticks', () => {
    const t = ticks(design({}), { ...EMPTY_REQUIREMENTS, objective: 'Long-term engagement', mlTask: ' ' }, { summary: true, objective: false });
    expect(t.objective).toBe('auto');
    expect(t['ml-task']).toBe(false);
    expect(t.summary).toBe('hand');
  });

  it('count coverage per s002 dimension', () => {
    const entries = evaluateChecklist(template('news-feed-ranking'), [], EMPTY_REQUIREMENTS, {});
    const coverage = dimensionCoverage(entries);
    expect(coverage.map((d) => d.name)).toContain('Feedback loops and retraining');
    const feedback = coverage.find((d) => d.dimension === 'feedback')!;
    expect(feedback.total).toBe(CHECKLIST.filter((i) => i.dimension === 'feedback').length);
    expect(feedback.done).toBe(feedback.total);
  });
});

describe('the requirements card figures', () => {
  it('create a client request when the design has none, left of the rest', () => {
    const d = design({ hr: ['heavy-ranker', {}] });
    const next = setServingFigure(d, 'sloLatencyMs', 200);
    const entry = next.nodes.find((n) => n.kind === 'client-request')!;
    expect(entry.props.sloLatencyMs).toBe(200);
    expect(entry.position!.x).toBeLessThan(d.nodes[0].position!.x);
    expect(servingFigures(next)).toEqual({ sloLatencyMs: 200, qps: undefined });
    expect(d.nodes).toHaveLength(1);
  });

  it('update the existing client request and change nothing when the value is the same', () => {
    const d = design({ req: ['client-request', { qps: 500 }] });
    const next = setServingFigure(d, 'qps', 10_000);
    expect(next.nodes).toHaveLength(1);
    expect(servingFigures(next).qps).toBe(10_000);
    expect(setServingFigure(next, 'qps', 10_000)).toBe(next);
    expect(servingFigures(setServingFigure(next, 'qps', undefined)).qps).toBeUndefined();
    expect(setServingFigure(design({}), 'qps', undefined).nodes).toHaveLength(0);
  });

  it('parse typed figures and explain bad ones', () => {
    expect(parseFigure('10,000', 'QPS')).toEqual({ value: 10_000 });
    expect(parseFigure('  ', 'QPS')).toEqual({});
    expect(parseFigure('fast', 'Latency SLO').error).toBe('Latency SLO must be a number, got "fast"');
    expect(parseFigure('-5', 'QPS').error).toBe('QPS must be greater than 0');
  });
});
