import { beforeAll, describe, expect, it } from 'vitest';
import type { Design } from '../document/types';
import { bandsAround } from './bands-around';
import { layoutDesign } from './layout';
import { overlaps } from './route';
import type { Elk } from './types';

let elk: Elk;
beforeAll(async () => {
  const ELK = (await import('elkjs/lib/elk.bundled.js')).default;
  elk = new ELK();
});

const design: Design = {
  format: 'mlsd-studio/design',
  version: 1,
  nodes: [
    { id: 'feed', kind: 'client-request', props: {} },
    { id: 'ranker', kind: 'model-server', props: {} },
    { id: 'features', kind: 'feature-store', props: {} },
    { id: 'logs', kind: 'event-log', props: {} },
    { id: 'trainer', kind: 'trainer', props: {} },
  ],
  edges: [
    { id: 'a', source: 'feed', target: 'ranker', flow: 'request' },
    { id: 'b', source: 'features', target: 'ranker', flow: 'request' },
    { id: 'c', source: 'logs', target: 'trainer', flow: 'data' },
    { id: 'd', source: 'trainer', target: 'ranker', flow: 'data' },
  ],
};

async function laidOut(direction: 'RIGHT' | 'DOWN'): Promise<Design> {
  const layout = await layoutDesign(design, elk, { direction, lanes: true });
  return { ...design, nodes: design.nodes.map((n) => ({ ...n, position: { x: layout.nodes[n.id].x, y: layout.nodes[n.id].y } })) };
}

describe('bandsAround', () => {
  for (const direction of ['RIGHT', 'DOWN'] as const)
    it(`puts every node inside its own lane's band, and bands of a lane layout apart (${direction})`, async () => {
      const d = await laidOut(direction);
      const bands = bandsAround(d, direction);
      expect(bands.map((b) => b.lane)).toEqual(['online', 'nearline', 'offline']);
      const inside = (id: string, lane: string) => {
        const p = d.nodes.find((n) => n.id === id)!.position!;
        const b = bands.find((x) => x.lane === lane)!;
        return p.x >= b.x && p.y >= b.y && p.x + 200 <= b.x + b.width && p.y + 84 <= b.y + b.height;
      };
      expect(inside('feed', 'online') && inside('ranker', 'online')).toBe(true);
      expect(inside('features', 'nearline')).toBe(true);
      expect(inside('logs', 'offline') && inside('trainer', 'offline')).toBe(true);
      for (let i = 0; i < bands.length; i++) for (let j = i + 1; j < bands.length; j++) expect(overlaps(bands[i], bands[j])).toBe(false);
    });

  it('follows a node that is moved, and leaves out empty lanes', () => {
    const d: Design = { ...design, nodes: [{ id: 'feed', kind: 'client-request', props: {}, position: { x: 500, y: 900 } }], edges: [] };
    const [band, ...rest] = bandsAround(d, 'RIGHT');
    expect(rest).toEqual([]);
    expect(band).toMatchObject({ lane: 'online' });
    expect(band.y).toBeLessThan(900);
    expect(band.y + band.height).toBeGreaterThan(984);
    expect(bandsAround({ nodes: [], edges: [] }, 'RIGHT')).toEqual([]);
  });
});
