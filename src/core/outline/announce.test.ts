import { describe, expect, it } from 'vitest';
import type { Finding } from '../lint/types';
import { findingsAnnouncement } from './announce';

const finding = (ruleId: string, nodeIds: string[], message = `${ruleId} on ${nodeIds.join(', ')}`): Finding => ({
  ruleId,
  severity: 'warning',
  stage: 'monitoring',
  messageId: 'default',
  message,
  data: {},
  nodeIds,
  edgeIds: [],
  fixable: false,
});

describe('findingsAnnouncement', () => {
  const monitoring = finding('missing-monitoring', ['ranker'], 'Ranker is served but no drift monitor watches it.');
  const leakage = finding('temporal-leakage', ['trainer'], 'Trainer splits time-ordered data randomly.');

  it('says nothing when the same findings come back in another order', () => {
    expect(findingsAnnouncement([monitoring, leakage], [leakage, { ...monitoring }])).toBe('');
  });

  it('names findings that appear and findings that clear', () => {
    expect(findingsAnnouncement([monitoring], [leakage])).toBe(
      '1 new finding: warning: Trainer splits time-ordered data randomly. 1 finding cleared: warning: Ranker is served but no drift monitor watches it.',
    );
  });

  it('counts a finding on other components as a new one', () => {
    expect(findingsAnnouncement([monitoring], [monitoring, finding('missing-monitoring', ['scorer'])])).toMatch(/^1 new finding: /);
  });

  it('sums up long lists', () => {
    const many = ['a', 'b', 'c', 'd', 'e'].map((id) => finding('orphan-component', [id]));
    expect(findingsAnnouncement([], many)).toMatch(/^5 new findings: .*; and 2 more\.$/);
  });
});
