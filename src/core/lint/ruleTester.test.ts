import { describe, expect, it } from 'vitest';
import { removeElements } from '../document/edit';
import { type InvalidCase, verifyFix } from './ruleTester';
import { missingMonitoring } from './rules/missing-monitoring';
import { design } from './testing';
import type { Rule } from './types';

const unmonitored: InvalidCase = {
  design: design({ req: 'client-request', srv: 'model-server' }, ['req -request-> srv']),
  errors: [{ messageId: 'unmonitored', nodeIds: ['srv'] }],
  output: [
    '+ alerting',
    '+ drift-monitor',
    '+ drift-monitor -data-> alerting',
    '+ prediction-log',
    '+ prediction-log -data-> drift-monitor',
    '+ srv -feedback-> prediction-log',
  ],
};

/** Makes the finding disappear the wrong way: no served model, nothing to monitor. */
const deletesTheModel: Rule = {
  ...missingMonitoring,
  fix: (d, finding) => removeElements(d, new Set(finding.nodeIds), new Set()),
};

describe('the rule tester pins fixes', () => {
  it('accepts the real fix with its pinned output', () => {
    expect(() => verifyFix(missingMonitoring, unmonitored)).not.toThrow();
  });

  it('rejects a fix that resolves the finding by deleting the flagged model', () => {
    expect(() => verifyFix(deletesTheModel, unmonitored)).toThrow(/fix of "Model server is served/);
  });

  it('rejects an invalid case of a fixable rule that states no output', () => {
    expect(() => verifyFix(missingMonitoring, { ...unmonitored, output: undefined })).toThrow(/states its expected output/);
  });

  it('rejects one output for two findings', () => {
    const twoModels = design({ bi: 'batch-inference', bi2: 'batch-inference' });
    expect(() => verifyFix(missingMonitoring, { ...unmonitored, design: twoModels })).toThrow(/one pinned output per finding/);
  });
});
