import { describe, expect, it } from 'vitest';
import { applyFix, formatMessage, getRule, lint } from './engine';
import { deepFreeze, design } from './testing';
import type { Rule } from './types';

/** A served, unmonitored fraud model: several rules across stages fire on it. */
const fraud = () =>
  design({ req: ['client-request', { sloLatencyMs: 100 }], srv: ['model-server', { domain: 'fraud', latencyMs: 30 }], t: ['trainer', { domain: 'fraud' }], events: 'event-log' }, [
    'req -request-> srv',
    't -> srv',
    'events -> t',
  ]);

describe('lint', () => {
  it('sorts findings by stage, then severity, then rule id', () => {
    const { findings } = lint(fraud());
    const stages = ['problem', 'data', 'features', 'model', 'training', 'evaluation', 'serving', 'monitoring'];
    const severities = ['error', 'warning', 'info'];
    const keys = findings.map((f) => [stages.indexOf(f.stage), severities.indexOf(f.severity), f.ruleId] as const);
    const sorted = [...keys].sort((a, b) => a[0] - b[0] || a[1] - b[1] || (a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : 0));
    expect(keys).toEqual(sorted);
    expect(findings[0].ruleId).toBe('missing-stage');
    expect(findings.at(-1)!.ruleId).toBe('missing-monitoring');
  });

  it('formats messages from the data and marks fixable findings', () => {
    const finding = lint(fraud()).findings.find((f) => f.ruleId === 'missing-monitoring')!;
    expect(finding.message).toBe('Model server is served but no drift monitor watches its inputs or outputs.');
    expect(finding).toMatchObject({ severity: 'error', stage: 'monitoring', nodeIds: ['srv'], edgeIds: [], fixable: true });
    expect(lint(design({ a: 'cache', b: 'cache' })).findings[0]).toMatchObject({ ruleId: 'orphan-component', fixable: false });
  });

  it('hides rules turned off in lint.off but counts what they found', () => {
    const d = { ...fraud(), lint: { off: { 'temporal-leakage': 'split is by time upstream', 'orphan-component': 'nothing orphaned' } } };
    const all = lint(fraud()).findings;
    const result = lint(d);
    expect(result.findings.some((f) => f.ruleId === 'temporal-leakage')).toBe(false);
    expect(result.suppressed).toBe(1);
    expect(result.suppressedByRule).toEqual({ 'temporal-leakage': 1 });
    expect(result.findings.length).toBe(all.length - 1);
  });

  it('runs only the given rules when asked', () => {
    const only = getRule('no-labels')!;
    expect(lint(design({ t: 'trainer' }), { rules: [only] }).findings.map((f) => f.ruleId)).toEqual(['no-labels']);
  });
});

describe('formatMessage', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(formatMessage('{{a}} and {{ b }} but {{c}}', { a: 'x', b: 2 })).toBe('x and 2 but {{c}}');
  });
});

describe('applyFix', () => {
  it('returns a new design and leaves its input untouched', () => {
    const d = deepFreeze(fraud());
    const before = JSON.stringify(d);
    const finding = lint(d).findings.find((f) => f.ruleId === 'missing-monitoring')!;
    const fixed = applyFix(d, finding);
    expect(JSON.stringify(d)).toBe(before);
    expect(fixed.nodes.length).toBe(d.nodes.length + 3);
    expect(lint(fixed).findings.some((f) => f.ruleId === 'missing-monitoring')).toBe(false);
  });

  it('places new nodes next to the concerned node, with unique ids', () => {
    const d = fraud();
    const once = applyFix(d, lint(d).findings.find((f) => f.ruleId === 'missing-monitoring')!);
    const logs = once.nodes.filter((n) => n.kind === 'prediction-log');
    const srv = d.nodes.find((n) => n.id === 'srv')!;
    expect(logs[0].position).toEqual({ x: srv.position!.x, y: srv.position!.y + 140 });
    const twice = applyFix(once, { ...lint(d).findings.find((f) => f.ruleId === 'missing-monitoring')! });
    expect(twice.nodes.filter((n) => n.kind === 'prediction-log').map((n) => n.id)).toEqual(['prediction-log', 'prediction-log-2']);
  });

  it('returns the design unchanged for a rule without a fix', () => {
    const d = design({ a: 'cache', b: 'cache' });
    expect(applyFix(d, lint(d).findings[0])).toBe(d);
  });

  it('reports an unknown messageId as a bug in the rule', () => {
    const broken: Rule = {
      meta: { id: 'broken', severity: 'info', stage: 'problem', reads: { props: [] }, docs: { description: 'x', why: 'x', ask: 'x?' }, messages: {}, placeholders: {} },
      check: ({ report }) => report({ messageId: 'nope', nodeIds: [] }),
    };
    expect(() => lint(design({}), { rules: [broken] })).toThrow(/unknown messageId "nope"/);
  });
});
