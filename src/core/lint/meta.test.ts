import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KINDS } from '../catalog';
import { RULES } from './rules';
import { STAGES } from './types';

const dir = join(import.meta.dirname, 'rules');
const files = readdirSync(dir);
const ruleFiles = files.filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'index.ts').map((f) => f.slice(0, -3));

/** DOMAIN.md sections C and C2: id, severity, stage. This table is the spec. */
const SPEC: [id: string, severity: string, stage: string][] = [
  ['missing-monitoring', 'error', 'monitoring'],
  ['incomplete-monitoring', 'info', 'monitoring'],
  ['monitoring-without-alerting', 'warning', 'monitoring'],
  ['no-retraining-trigger', 'warning', 'training'],
  ['no-feedback-loop', 'warning', 'training'],
  ['no-labels', 'error', 'problem'],
  ['unjoined-prediction-log', 'warning', 'data'],
  ['no-data-validation', 'warning', 'data'],
  ['cold-start-unhandled', 'warning', 'data'],
  ['training-serving-skew', 'error', 'features'],
  ['stale-features', 'warning', 'features'],
  ['temporal-leakage', 'error', 'training'],
  ['position-bias', 'warning', 'training'],
  ['class-imbalance-unhandled', 'warning', 'training'],
  ['uncalibrated-probabilities', 'warning', 'model'],
  ['no-exploration', 'info', 'model'],
  ['no-model-registry', 'warning', 'training'],
  ['no-evaluation-gate', 'error', 'evaluation'],
  ['no-online-experiment', 'warning', 'evaluation'],
  ['single-stage-ranking', 'error', 'serving'],
  ['funnel-not-narrowing', 'warning', 'serving'],
  ['latency-budget-exceeded', 'error', 'serving'],
  ['missing-latency-figure', 'info', 'serving'],
  ['cache-on-hot-path', 'info', 'serving'],
  ['no-policy-layer', 'warning', 'serving'],
  ['no-human-review', 'warning', 'serving'],
  ['orphan-component', 'warning', 'problem'],
  ['cycle-without-feedback-edge', 'error', 'data'],
  // DOMAIN.md section C2
  ['model-without-training', 'warning', 'training'],
  ['point-in-time-disabled', 'error', 'features'],
  ['label-window-too-short', 'warning', 'data'],
  ['stale-index', 'warning', 'serving'],
  ['stale-predictions', 'warning', 'serving'],
  ['no-serving-fallback', 'warning', 'serving'],
  ['bandit-not-exploring', 'warning', 'model'],
  ['unchecked-pii', 'error', 'data'],
  ['missing-stage', 'info', 'problem'],
];

/** Rows of sections C and C2 whose quick fix is advice, not an edit. */
const ADVICE_ONLY = new Set(['funnel-not-narrowing', 'latency-budget-exceeded', 'missing-latency-figure', 'orphan-component', 'missing-stage']);

const placeholdersOf = (template: string) => [...template.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]);

describe('rule registry', () => {
  it('holds exactly the 37 rules of DOMAIN.md with their severity and stage', () => {
    const actual = RULES.map((r) => [r.meta.id, r.meta.severity, r.meta.stage]);
    expect(actual.sort()).toEqual([...SPEC].sort());
  });

  it('is sorted by rule id', () => {
    const ids = RULES.map((r) => r.meta.id);
    expect(ids).toEqual([...ids].sort());
  });

  it('registers every rule file, and nothing else', () => {
    expect(RULES.map((r) => r.meta.id).sort()).toEqual([...ruleFiles].sort());
  });

  it('offers a quick fix for every row of the table that names one', () => {
    const withoutFix = RULES.filter((r) => !r.fix).map((r) => r.meta.id);
    expect(withoutFix.sort()).toEqual([...ADVICE_ONLY].sort());
  });

  it("names real props in every rule's reads", () => {
    const props = new Set(KINDS.flatMap((k) => Object.keys(k.props)));
    for (const rule of RULES) expect(rule.meta.reads.props.filter((p) => !props.has(p)), rule.meta.id).toEqual([]);
  });
});

describe.each(ruleFiles)('rule file %s', (file) => {
  const rule = RULES.find((r) => r.meta.id === file);
  const source = readFileSync(join(dir, `${file}.ts`), 'utf8');

  it('has a test file', () => {
    expect(files).toContain(`${file}.test.ts`);
  });

  it('has valid meta and docs', () => {
    expect(rule, 'registered under its file name').toBeDefined();
    const { meta } = rule!;
    expect(['error', 'warning', 'info']).toContain(meta.severity);
    expect(STAGES).toContain(meta.stage);
    expect(meta.docs.description.trim().length).toBeGreaterThan(20);
    expect(meta.docs.why).toMatch(/s00[0-4]|MLTS|TDebt/);
    expect(meta.docs.ask, 'one line an interviewer would ask').toMatch(/^[^\n]{15,140}\?$/);
    expect(Object.keys(meta.messages).length).toBeGreaterThan(0);
    if (rule!.fix) expect(meta.fixLabel, 'a fix has a label for the menu').toBeTruthy();
  });

  it('has a message for every messageId it reports', () => {
    const used = [...source.matchAll(/messageId: '([^']+)'/g)].map((m) => m[1]);
    expect(used.length).toBeGreaterThan(0);
    for (const id of used) expect(Object.keys(rule!.meta.messages)).toContain(id);
  });

  it('documents exactly the placeholders its messages use', () => {
    const used = new Set(Object.values(rule!.meta.messages).flatMap(placeholdersOf));
    expect(Object.keys(rule!.meta.placeholders ?? {}).sort()).toEqual([...used].sort());
  });
});
