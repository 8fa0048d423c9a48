import { describe, expect, it } from 'vitest';
import { FORMAT } from '../core/document';
import { extractDesignFromSvg } from '../core/export/svg';
import { readTemplate } from '../core/templates';
import { positionedLayout } from '../core/layout';
import { loadTemplates, thumbnailUrl } from './templates';

const file = (extra: Record<string, unknown> = {}) => ({
  format: FORMAT,
  version: 1,
  title: 'Tiny ranking',
  description: 'Rank a feed.',
  template: { task: 'Ranking', seed: 's000', sources: ['s000', 's002'], order: 1 },
  nodes: [
    { id: 'request', kind: 'client-request', position: { x: 0, y: 0 }, props: {} },
    { id: 'ranker', kind: 'heavy-ranker', position: { x: 300, y: 0 }, props: {} },
    { id: 'trainer', kind: 'trainer', position: { x: 300, y: 200 }, props: {} },
  ],
  edges: [
    { id: 'request-ranker', source: 'request', target: 'ranker', flow: 'request', label: 'top 50' },
    { id: 'trainer-ranker', source: 'trainer', target: 'ranker', flow: 'data' },
  ],
  walkthrough: [
    { title: 'Clarify', nodeIds: ['request'] },
    { title: 'Model', nodeIds: ['ranker', 'trainer'] },
  ],
  ...extra,
});

describe('readTemplate', () => {
  it('reads the gallery facts of a reference design', () => {
    const t = readTemplate('tiny-ranking', file());
    expect(t).toMatchObject({ id: 'tiny-ranking', title: 'Tiny ranking', task: 'Ranking', seed: 's000', sources: ['s000', 's002'], isFlawVariant: false, expectedFindings: [] });
    expect(t.walkthrough.map((s) => s.title)).toEqual(['Clarify', 'Model']);
    expect(t.design.nodes).toHaveLength(3);
  });

  it('marks flaws-* files as flaw variants and reads their answer key in either spelling', () => {
    const t = readTemplate('flaws-tiny', file({ expectedFindings: ['missing-monitoring', { rule: 'no-feedback-loop', nodeIds: ['ranker'], note: 'no labels flow back' }] }));
    expect(t.isFlawVariant).toBe(true);
    expect(t.expectedFindings).toEqual([
      { rule: 'missing-monitoring', nodeIds: [] },
      { rule: 'no-feedback-loop', nodeIds: ['ranker'], note: 'no labels flow back' },
    ]);
  });

  it('names the file and the JSON path when a template is broken', () => {
    expect(() => readTemplate('bad', { ...file(), nodes: [{ id: 'x', kind: 'feature-stor', props: {} }] })).toThrow(/^bad: nodes\[0\]\.kind/);
    expect(() => readTemplate('bare', { ...file(), template: undefined })).toThrow('bare: template: missing');
    expect(() => readTemplate('noseed', file({ template: { task: 'Ranking' } }))).toThrow('noseed: template.seed');
    expect(() => readTemplate('flaws-empty', file())).toThrow('flaws-empty: expectedFindings');
    expect(() => readTemplate('flaws-odd', file({ expectedFindings: [42] }))).toThrow('expectedFindings[0]');
  });
});

describe('thumbnail layout (positionedLayout)', () => {
  it('keeps every card where the author put it and routes each edge between its cards', () => {
    const { design } = readTemplate('tiny', file());
    const layout = positionedLayout(design);
    expect(layout.nodes.ranker).toMatchObject({ x: 300, y: 0 });
    expect(layout.nodes.trainer).toMatchObject({ x: 300, y: 200 });
    const route = layout.edges['request-ranker'].sections[0];
    expect(route.startPoint).toEqual({ x: 200, y: 42 });
    expect(route.endPoint).toEqual({ x: 300, y: 42 });
    expect(layout.edges['request-ranker'].label).toBeDefined();
    // However an edge is routed, the drawing's bounds hold all of it.
    const { x, y, width, height } = layout.bounds;
    for (const p of Object.values(layout.edges).flatMap((r) => r.sections.flatMap((s) => [s.startPoint, ...s.bendPoints, s.endPoint]))) {
      expect(p.x).toBeGreaterThanOrEqual(x);
      expect(p.x).toBeLessThanOrEqual(x + width);
      expect(p.y).toBeGreaterThanOrEqual(y);
      expect(p.y).toBeLessThanOrEqual(y + height);
    }
    expect(width).toBeGreaterThanOrEqual(500);
  });

  it('places cards without a position below the others instead of on top of them', () => {
    const raw = file();
    delete (raw.nodes[2] as { position?: unknown }).position;
    const layout = positionedLayout(readTemplate('tiny', raw).design);
    expect(layout.nodes.trainer.y).toBeGreaterThanOrEqual(84);
  });
});

describe('thumbnails', () => {
  it('draw every card of the design, without carrying the design file', () => {
    const t = readTemplate('tiny', file());
    const svg = decodeURIComponent(thumbnailUrl(t, 'dark').replace(/^data:image\/svg\+xml;charset=utf-8,/, ''));
    for (const label of ['Heavy ranker', 'Trainer']) expect(svg).toContain(label);
    expect(svg).toContain('top 50');
    expect(extractDesignFromSvg(svg).ok).toBe(false);
  });
});

describe('the templates folder', () => {
  it('every file reads as a gallery entry, reference designs before flaw variants, basics first', async () => {
    const { templates, problems } = await loadTemplates();
    expect(problems).toEqual([]);
    expect(templates.length).toBeGreaterThan(0);
    const firstFlaw = templates.findIndex((t) => t.isFlawVariant);
    if (firstFlaw >= 0) expect(templates.slice(firstFlaw).every((t) => t.isFlawVariant)).toBe(true);
    for (const t of templates) expect(t.walkthrough.length, `${t.id} walkthrough`).toBeGreaterThan(0);
    expect(templates[0].id).toBe('ml-pipeline-basics');
  });
});
