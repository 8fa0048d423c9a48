import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareWithReference } from '../compare';
import { restore } from '../document';
import { lint } from '../lint';
import { design } from '../lint/testing';
import { evaluateChecklist } from './checklist';
import { phasePlan } from './phases';
import { getPrompt } from './prompts';
import { EMPTY_REQUIREMENTS, setServingFigure } from './requirements';
import { buildReview, formatDelta, reviewFileName, reviewMarkdown } from './review';
import { endTimer, goToPhase, startTimer } from './timer';

const MIN = 60_000;
const T0 = Date.UTC(2025, 0, 6, 9, 0, 0);

const reference = (() => {
  const r = restore(JSON.parse(readFileSync(new URL('../../../templates/news-feed-ranking.json', import.meta.url), 'utf8')));
  if (!r.ok) throw new Error('news-feed-ranking.json does not read');
  return r.design;
})();

function sampleReview() {
  let d = design(
    { req: 'client-request', cg: ['candidate-generation', { latencyMs: 20 }], hr: ['heavy-ranker', { domain: 'ranking', candidatesIn: 1000, latencyMs: 50 }] },
    ['req -request-> cg', 'cg -request-> hr'],
  );
  d = setServingFigure(setServingFigure(d, 'sloLatencyMs', 200), 'qps', 10_000);
  let timer = startTimer(T0);
  timer = goToPhase(timer, 'ml-task', T0 + 6 * MIN + 20_000);
  timer = goToPhase(timer, 'data', T0 + 9 * MIN);
  timer = endTimer(timer, T0 + 20 * MIN);
  const requirements = { ...EMPTY_REQUIREMENTS, objective: 'Long-term engagement | not clicks', mlTask: 'Multi-task ranking' };
  const findings = lint(d).findings;
  return buildReview({
    title: 'News feed',
    prompt: getPrompt('news-feed'),
    plan: phasePlan(45),
    timer,
    now: T0 + 50 * MIN,
    design: d,
    requirements,
    checklist: evaluateChecklist(d, findings, requirements, { summary: true }),
    findings,
    reference: { status: 'compared', id: 'news-feed-ranking', title: reference.title!, comparison: compareWithReference(d, reference) },
  });
}

describe('the interview review', () => {
  it('puts planned and actual time side by side for each phase', () => {
    const r = sampleReview();
    expect(r.phases.slice(0, 3).map((p) => [p.name, p.actualMs, p.deltaMs])).toEqual([
      ['Clarify the problem', 6 * MIN + 20_000, MIN + 20_000],
      ['ML task and metrics', 2 * MIN + 40_000, -2 * MIN - 20_000],
      ['Data and features', 11 * MIN, MIN],
    ]);
    expect(r.actualMs).toBe(20 * MIN);
    expect(formatDelta(80_000)).toBe('+1:20');
    expect(formatDelta(-140_000)).toBe('−2:20');
    expect(formatDelta(400)).toBe('on time');
  });

  it('writes a Markdown document with times, requirements, checklist, findings and the comparison', () => {
    const md = reviewMarkdown(sampleReview());
    expect(md).toMatch(/^# Interview review: News feed\n/);
    expect(md).toContain('| Clarify the problem | 5:00 | 6:20 | +1:20 |');
    expect(md).toContain('| **Total** | 45:00 | 20:00 | −25:00 |');
    expect(md).toContain('- **Latency SLO:** 200 ms');
    expect(md).toContain('- **Scale:** 10,000 QPS');
    expect(md).toContain('- **Business objective:** Long-term engagement | not clicks');
    expect(md).toContain('- [x] Retrieval before ranking: millions → hundreds → top k _(shown by the design)_');
    expect(md).toContain('- [x] 30-second end-to-end summary _(ticked by hand)_');
    expect(md).toContain('- [ ] Time-based split');
    expect(md).toMatch(/- \*\*error\*\* .*\(`missing-monitoring`\)|- \*\*error\*\* .*\(`no-labels`\)|- \*\*warning\*\*/);
    expect(md).toContain('Reference: **News feed ranking** (`templates/news-feed-ranking.json`)');
    expect(md).toMatch(/- \*\*Missing kinds:\*\* .*Light ranker.*Drift monitor/);
    expect(md).toMatch(/- \*\*Missing loops:\*\* .*Serving → logs → labels → training/);
  });

  it('says so when the prompt has no reference design', () => {
    const r = { ...sampleReview(), reference: { status: 'none' as const, reason: 'Anomaly detection has no reference design yet.' } };
    expect(reviewMarkdown(r)).toContain('## Compared with the reference design\n\nAnomaly detection has no reference design yet.');
  });

  it('names the file after the title', () => {
    expect(reviewFileName('News feed: practice #2')).toBe('news-feed-practice-2-interview-review.md');
    expect(reviewFileName('∅')).toBe('interview-interview-review.md');
  });
});
