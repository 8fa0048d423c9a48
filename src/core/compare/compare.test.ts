import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { restore } from '../document/restore';
import type { Design } from '../document/types';
import { deepFreeze, design } from '../lint/testing';
import { applySuggestion, placeSuggestions } from './apply';
import { type Comparison, compareWithReference } from './compare';
import { NODE_HEIGHT, NODE_WIDTH } from '../layout/sizes';

/** A reference with the whole funnel and the three loops, sketched small. */
const reference: Design = {
  ...design(
    {
      req: 'client-request',
      cg: 'candidate-generation',
      lr: 'light-ranker',
      hr: 'heavy-ranker',
      rr: 'reranker',
      fs: 'feature-store',
      t: 'trainer',
      ev: 'offline-evaluation',
      reg: 'model-registry',
      log: 'prediction-log',
      join: 'label-join',
      dm: 'drift-monitor',
      al: 'alerting',
    },
    [
      'req -request-> cg',
      'cg -request-> lr',
      'lr -request-> hr',
      'hr -request-> rr',
      'fs -request-> hr',
      'fs -> t',
      't -> ev',
      'ev -> reg',
      'reg -> hr',
      'rr -feedback-> log',
      'log -feedback-> join',
      'join -> t',
      'log -> dm',
      'dm -> al',
    ],
  ),
  title: 'Reference feed',
};

type Case = {
  name: string;
  design: Design;
  expect: Partial<{
    missingKinds: string[];
    stages: string[];
    loops: string[];
    /** kind: [connectFrom, connectTo] of its suggestion. */
    suggestions: Record<string, [string | undefined, string | undefined]>;
    /** Kinds that must not be suggested. */
    notSuggested: string[];
  }>;
};

const CASES: Case[] = [
  {
    name: 'the reference itself lacks nothing',
    design: reference,
    expect: { missingKinds: [], stages: [], loops: [], suggestions: {} },
  },
  {
    name: 'an empty design lacks every kind, every stage and every loop',
    design: design({}),
    expect: {
      missingKinds: ['client-request', 'candidate-generation', 'light-ranker', 'heavy-ranker', 'reranker', 'feature-store', 'trainer', 'offline-evaluation', 'model-registry', 'prediction-log', 'label-join', 'drift-monitor', 'alerting'],
      stages: ['retrieval', 'light-ranking', 'heavy-ranking', 'policy'],
      loops: ['deploy', 'feedback', 'monitoring'],
    },
  },
  {
    name: 'a missing light ranker is suggested between retrieval and the heavy ranker',
    design: design({ req: 'client-request', cg: 'candidate-generation', hr: 'heavy-ranker', rr: 'reranker' }, ['req -request-> cg', 'cg -request-> hr', 'hr -request-> rr']),
    expect: { stages: ['light-ranking'], suggestions: { 'light-ranker': ['cg', 'hr'] } },
  },
  {
    name: 'a missing retrieval stage goes right after the client request',
    design: design({ req: 'client-request', hr: 'heavy-ranker' }, ['req -request-> hr']),
    expect: { stages: ['retrieval', 'light-ranking', 'policy'], suggestions: { 'candidate-generation': ['req', 'hr'], reranker: ['hr', undefined] } },
  },
  {
    name: 'matching is by path: a ranker no request reaches is not a stage, whatever its label',
    design: design(
      { req: 'client-request', cg: 'candidate-generation', lr: ['light-ranker', {}, 'Heavy ranker'], hr: 'heavy-ranker', rr: 'reranker' },
      ['req -request-> cg', 'cg -request-> hr', 'hr -request-> rr'],
    ),
    expect: { stages: ['light-ranking'], missingKinds: ['feature-store', 'trainer', 'offline-evaluation', 'model-registry', 'prediction-log', 'label-join', 'drift-monitor', 'alerting'] },
  },
  {
    name: 'a model server on the serving path counts as the heavy ranking stage',
    design: design({ req: 'client-request', cg: 'candidate-generation', srv: 'model-server' }, ['req -request-> cg', 'cg -request-> srv']),
    expect: { stages: ['light-ranking', 'policy'], suggestions: { reranker: ['srv', undefined] } },
  },
  {
    name: 'a deploy loop without evaluation is broken at evaluation, suggested between trainer and registry',
    design: design({ t: 'trainer', reg: 'model-registry', hr: 'heavy-ranker' }, ['t -> reg', 'reg -> hr']),
    expect: { loops: ['deploy', 'feedback', 'monitoring'], suggestions: { 'offline-evaluation': ['t', 'reg'] } },
  },
  {
    name: 'all the kinds of a loop, but not connected in order, still break it',
    design: design({ t: 'trainer', ev: 'offline-evaluation', reg: 'model-registry', hr: 'heavy-ranker' }, ['t -> ev', 'reg -> hr', 'ev -> hr']),
    expect: { loops: ['deploy', 'feedback', 'monitoring'], suggestions: { 'model-registry': ['ev', 'hr'] } },
  },
  {
    name: 'a complete deploy loop through an experiment service counts',
    design: design({ t: 'trainer', ev: 'offline-evaluation', reg: 'model-registry', exp: 'experiment-service', hr: 'heavy-ranker' }, ['t -> ev', 'ev -> reg', 'reg -> exp', 'exp -request-> hr']),
    expect: { loops: ['feedback', 'monitoring'] },
  },
  {
    name: 'the feedback loop is broken at logs: the log is suggested after the end of the serving path',
    design: design({ req: 'client-request', hr: 'heavy-ranker', join: 'label-join', t: 'trainer' }, ['req -request-> hr', 'join -> t']),
    expect: { loops: ['deploy', 'feedback', 'monitoring'], suggestions: { 'prediction-log': ['hr', 'join'] } },
  },
  {
    name: 'a complete feedback loop, labels by human review',
    design: design(
      { req: 'client-request', hr: 'heavy-ranker', log: 'prediction-log', hrv: 'human-review', t: 'trainer' },
      ['req -request-> hr', 'hr -feedback-> log', 'log -> hrv', 'hrv -feedback-> t'],
    ),
    expect: { loops: ['deploy', 'monitoring'] },
  },
  {
    name: 'a monitor that alerts no one breaks the monitoring loop',
    design: design({ dm: 'drift-monitor' }),
    expect: { suggestions: { alerting: ['dm', undefined] }, notSuggested: ['drift-monitor'] },
  },
  {
    name: 'a plain missing kind is wired as in the reference (feature store before the heavy ranker)',
    design: design({ req: 'client-request', cg: 'candidate-generation', hr: 'heavy-ranker' }, ['req -request-> cg', 'cg -request-> hr']),
    expect: { suggestions: { 'feature-store': [undefined, 'hr'] } },
  },
];

const loopIds = (c: Comparison) => c.missingLoops.map((l) => l.loop);

describe('compareWithReference', () => {
  for (const c of CASES) {
    it(c.name, () => {
      const result = compareWithReference(deepFreeze(c.design), deepFreeze(reference));
      if (c.expect.missingKinds) expect(result.missingKinds).toEqual(c.expect.missingKinds);
      if (c.expect.stages) expect(result.missingFunnelStages.map((s) => s.stage)).toEqual(c.expect.stages);
      if (c.expect.loops) expect(loopIds(result)).toEqual(c.expect.loops);
      if (c.expect.suggestions) {
        for (const [kind, [from, to]] of Object.entries(c.expect.suggestions)) {
          const s = result.suggestions.find((x) => x.kind === kind);
          expect(s, `suggestion for ${kind}`).toBeDefined();
          expect([s!.connectFrom, s!.connectTo], kind).toEqual([from, to]);
          expect(s!.reason).not.toBe('');
        }
        if (!Object.keys(c.expect.suggestions).length) expect(result.suggestions).toEqual([]);
      }
      for (const kind of c.expect.notSuggested ?? []) expect(result.suggestions.some((s) => s.kind === kind)).toBe(false);
      // One suggestion per kind.
      expect(new Set(result.suggestions.map((s) => s.kind)).size).toBe(result.suggestions.length);
    });
  }

  it('a loop the reference lacks is never reported missing', () => {
    const bare = design({ req: 'client-request', hr: 'heavy-ranker' }, ['req -request-> hr']);
    const result = compareWithReference(design({}), bare);
    expect(result.missingLoops).toEqual([]);
    expect(result.missingFunnelStages.map((s) => s.stage)).toEqual(['heavy-ranking']);
  });

  it('reports the off-path node of a missing stage by id', () => {
    const d = design({ req: 'client-request', cg: 'candidate-generation', lr: 'light-ranker' }, ['req -request-> cg']);
    const stage = compareWithReference(d, reference).missingFunnelStages.find((s) => s.stage === 'light-ranking');
    expect(stage?.offPath).toEqual(['lr']);
  });

  it('adding every suggestion, one by one, converges on nothing missing', () => {
    let d: Design = design({ req: 'client-request', hr: 'heavy-ranker' }, ['req -request-> hr']);
    for (let i = 0; i < 30; i++) {
      const { suggestions } = compareWithReference(d, reference);
      if (!suggestions.length) break;
      d = applySuggestion(d, suggestions[0], placeSuggestions(d, suggestions)[0]).design;
    }
    const result = compareWithReference(d, reference);
    expect(result.missingKinds).toEqual([]);
    expect(result.missingFunnelStages).toEqual([]);
    expect(result.missingLoops).toEqual([]);
  });
});

describe('the shipped templates', () => {
  const dir = new URL('../../../templates/', import.meta.url);
  const templates = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => {
      const result = restore(JSON.parse(readFileSync(new URL(f, dir), 'utf8')));
      if (!result.ok) throw new Error(`${f} does not read: ${result.errors[0]?.message}`);
      return [f, result.design] as const;
    });

  it.each(templates)('%s compared with itself lacks nothing', (_, t) => {
    const result = compareWithReference(t, t);
    expect(result).toEqual({ missingKinds: [], missingFunnelStages: [], missingLoops: [], suggestions: [] });
  });

  // Flaw variants (flaws-*.json) are broken on purpose; the references close every loop.
  it.each(templates.filter(([f]) => !f.startsWith('flaws-')))('%s closes all three loops', (_, t) => {
    expect(loopIds(compareWithReference(design({}), t))).toEqual(['deploy', 'feedback', 'monitoring']);
  });
});

describe('applySuggestion', () => {
  it('adds the node and both edges with the flows the editor picks, leaving the input untouched', () => {
    const d = deepFreeze(design({ req: 'client-request', cg: 'candidate-generation', hr: 'heavy-ranker' }, ['req -request-> cg', 'cg -request-> hr']));
    const { design: next, nodeId } = applySuggestion(d, { kind: 'light-ranker', connectFrom: 'cg', connectTo: 'hr', reason: 'x' }, { x: 10, y: 20 });
    expect(nodeId).toBe('light-ranker');
    expect(next.nodes.find((n) => n.id === nodeId)).toMatchObject({ kind: 'light-ranker', position: { x: 10, y: 20 } });
    expect(next.edges.slice(2).map((e) => [e.source, e.target, e.flow])).toEqual([
      ['cg', 'light-ranker', 'request'],
      ['light-ranker', 'hr', 'request'],
    ]);
    expect(d.nodes).toHaveLength(3);
  });

  it('a feedback loop suggestion gets a feedback edge from serving', () => {
    const d = design({ req: 'client-request', hr: 'heavy-ranker' }, ['req -request-> hr']);
    const { design: next } = applySuggestion(d, { kind: 'prediction-log', connectFrom: 'hr', reason: 'x' }, { x: 0, y: 0 });
    expect(next.edges[1].flow).toBe('feedback');
  });
});

describe('placeSuggestions', () => {
  it('puts a ghost right of the node it follows and never on top of a card or another ghost', () => {
    const d = design({ a: 'trainer', b: 'model-registry' }, ['a -> b']);
    const places = placeSuggestions(d, [
      { kind: 'offline-evaluation', connectFrom: 'a', reason: '' },
      { kind: 'alerting', connectFrom: 'a', reason: '' },
      { kind: 'cache', reason: '' },
    ]);
    const a = d.nodes[0].position!;
    expect(places[0].x).toBeGreaterThan(a.x + NODE_WIDTH);
    const boxes = [...d.nodes.map((n) => n.position!), ...places];
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const apart = Math.abs(boxes[i].x - boxes[j].x) >= NODE_WIDTH || Math.abs(boxes[i].y - boxes[j].y) >= NODE_HEIGHT;
        expect(apart, `${i} and ${j} overlap`).toBe(true);
      }
  });
});
