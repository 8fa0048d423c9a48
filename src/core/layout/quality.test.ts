import { describe, expect, it } from 'vitest';
import type { DesignLayout, EdgeRoute, Point } from './types';
import { layoutQuality } from './quality';

function route(id: string, ...points: Point[]): EdgeRoute {
  return { id, source: `${id}-from`, target: `${id}-to`, sections: [{ startPoint: points[0], endPoint: points.at(-1)!, bendPoints: points.slice(1, -1) }] };
}

function layout(...routes: EdgeRoute[]): DesignLayout {
  return { direction: 'RIGHT', nodes: {}, edges: Object.fromEntries(routes.map((r) => [r.id, r])), bounds: { x: 0, y: 0, width: 300, height: 200 } };
}

describe('layoutQuality', () => {
  it('counts an edge that cuts across another as one crossing', () => {
    const q = layoutQuality(layout(route('across', { x: 0, y: 50 }, { x: 200, y: 50 }), route('down', { x: 100, y: 0 }, { x: 100, y: 100 })));
    expect(q.crossings).toBe(1);
  });

  it('counts each place a bent edge cuts another', () => {
    const zigzag = route('zigzag', { x: 0, y: 20 }, { x: 50, y: 20 }, { x: 50, y: 120 }, { x: 150, y: 120 }, { x: 150, y: 20 }, { x: 200, y: 20 });
    const straight = route('straight', { x: 0, y: 70 }, { x: 200, y: 70 });
    expect(layoutQuality(layout(zigzag, straight)).crossings).toBe(2);
  });

  it('does not count edges that only meet at a shared end or run side by side', () => {
    const a = route('a', { x: 0, y: 50 }, { x: 100, y: 50 });
    const b = route('b', { x: 100, y: 50 }, { x: 100, y: 150 });
    const parallel = route('parallel', { x: 0, y: 60 }, { x: 100, y: 60 });
    expect(layoutQuality(layout(a, b, parallel)).crossings).toBe(0);
  });

  it('does not count an edge crossing itself', () => {
    const loop = route('loop', { x: 0, y: 50 }, { x: 100, y: 50 }, { x: 100, y: 0 }, { x: 50, y: 0 }, { x: 50, y: 100 });
    expect(layoutQuality(layout(loop)).crossings).toBe(0);
  });

  it('reports the area of the bounds', () => {
    expect(layoutQuality(layout())).toMatchObject({ area: 60_000, width: 300, height: 200 });
  });
});
