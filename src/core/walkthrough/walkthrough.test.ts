import { describe, expect, it } from 'vitest';
import { deepFreeze, design } from '../lint/testing';
import { defaultWalkthrough, moveStep, removeNodeFromStep, walkthroughOf, withWalkthrough } from './walkthrough';

const feed = design(
  {
    req: 'client-request',
    cg: 'candidate-generation',
    hr: 'heavy-ranker',
    events: 'event-log',
    fs: 'feature-store',
    t: 'trainer',
    ev: 'offline-evaluation',
    reg: 'model-registry',
    dm: 'drift-monitor',
  },
  ['req -request-> cg', 'cg -request-> hr'],
);

describe('defaultWalkthrough', () => {
  it('groups components into the framework stages, in interview order, skipping empty stages', () => {
    const steps = defaultWalkthrough(feed);
    expect(steps.map((s) => [s.title, s.nodeIds])).toEqual([
      ['Problem', ['req']],
      ['Data', ['events']],
      ['Features', ['fs']],
      ['Model: retrieval and ranking', ['cg', 'hr']],
      ['Training', ['t']],
      ['Evaluation', ['ev']],
      ['Serving and deployment', ['reg']],
      ['Monitoring and feedback', ['dm']],
    ]);
  });

  it('speaker notes name each component, with its notes', () => {
    const d = { nodes: [{ id: 'req', kind: 'client-request', label: 'Feed open', props: {}, notes: 'SLO 100 ms' }] };
    expect(defaultWalkthrough(d)[0].notes).toBe('Feed open: SLO 100 ms');
  });

  it('an empty design has no steps', () => {
    expect(defaultWalkthrough(design({}))).toEqual([]);
  });
});

describe('walkthroughOf', () => {
  it('prefers the design’s own order and drops ids of deleted nodes', () => {
    const own = { ...feed, walkthrough: [{ title: 'Serving first', nodeIds: ['hr', 'gone'] }] };
    expect(walkthroughOf(own)).toEqual([{ title: 'Serving first', nodeIds: ['hr'] }]);
  });
  it('falls back to the framework order when the walkthrough is empty', () => {
    expect(walkthroughOf({ ...feed, walkthrough: [] })[0].title).toBe('Problem');
  });
});

describe('editing the order', () => {
  const steps = deepFreeze(defaultWalkthrough(feed));
  it.each([
    [1, -1, ['Data', 'Problem', 'Features']],
    [0, 1, ['Data', 'Problem', 'Features']],
    [0, -1, ['Problem', 'Data', 'Features']],
    [7, 1, ['Problem', 'Data', 'Features']],
  ] as const)('moving step %i by %i', (index, by, firstThree) => {
    expect(moveStep(steps, index, by).slice(0, 3).map((s) => s.title)).toEqual(firstThree);
  });

  it('removes one node from one step only', () => {
    const next = removeNodeFromStep(steps, 3, 'cg');
    expect(next[3].nodeIds).toEqual(['hr']);
    expect(next[0].nodeIds).toEqual(['req']);
  });

  it('saves into design.walkthrough without touching the input', () => {
    const d = deepFreeze(feed);
    const saved = withWalkthrough(d, moveStep(steps, 1, -1));
    expect(saved.walkthrough?.[0].title).toBe('Data');
    expect(d.walkthrough).toBeUndefined();
    expect(saved.nodes).toBe(d.nodes);
  });
});
