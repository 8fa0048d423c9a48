import { describe, expect, it } from 'vitest';
import type { Design } from '../document/types';
import { facingRoute } from './facing';
import { layoutForExport } from './export-layout';
import { positionedLayout } from './positioned';

const card = (x: number, y: number) => ({ x, y, width: 200, height: 84 });

describe('routes between facing sides', () => {
  it('a feedback edge back to the left leaves the left side and enters the right side', () => {
    const r = facingRoute(card(600, 300), card(0, 0));
    expect(r.startPoint).toEqual({ x: 600, y: 342 });
    expect(r.endPoint).toEqual({ x: 200, y: 42 });
    expect(r.bendPoints).toEqual([{ x: 400, y: 342 }, { x: 400, y: 42 }]);
  });

  it('stacked cards join bottom to top', () => {
    const r = facingRoute(card(0, 0), card(40, 200));
    expect(r.startPoint).toEqual({ x: 100, y: 84 });
    expect(r.endPoint).toEqual({ x: 140, y: 200 });
  });
});

describe('layout of a drawn design for export', () => {
  const design: Design = {
    format: 'mlsd-studio/design',
    version: 1,
    nodes: [
      { id: 'req', kind: 'client-request', position: { x: 0, y: 0 }, props: {} },
      { id: 'srv', kind: 'model-server', position: { x: 300, y: 0 }, props: {} },
      { id: 'log', kind: 'prediction-log', position: { x: 300, y: 200 }, props: {} },
    ],
    edges: [
      { id: 'a', source: 'req', target: 'srv', flow: 'request', label: 'score' },
      { id: 'b', source: 'srv', target: 'log', flow: 'feedback' },
    ],
  };

  it('keeps every node where it was drawn, without running ELK', async () => {
    const elk = { layout: () => Promise.reject(new Error('ELK must not run for a drawn design')) };
    const layout = await layoutForExport(design, elk);
    expect(layout.nodes.srv).toMatchObject({ x: 300, y: 0 });
    expect(layout.edges.b.sections[0].startPoint).toEqual({ x: 400, y: 84 });
    expect(layout.edges.a.label).toBeDefined();
    expect(layout).toEqual(positionedLayout(design));
  });
});
