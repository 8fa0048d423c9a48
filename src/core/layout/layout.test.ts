import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseDesign } from '../document';
import type { Design, DesignEdge, DesignNode, Flow } from '../document/types';
import { laneOf, layoutDesign, layoutForExport, layoutIfMissing, simpleRoute, NODE_HEIGHT, NODE_WIDTH, routePoints, type DesignLayout, type Elk, type NodeBox } from '.';
import { overlaps } from './route';
import { generateDesign } from '../testing/generate';

let elk: Elk;
beforeAll(async () => {
  const ELK = (await import('elkjs/lib/elk.bundled.js')).default;
  elk = new ELK();
});

function fixture(name: string): Design {
  const text = readFileSync(fileURLToPath(new URL(`../testing/fixtures/${name}`, import.meta.url)), 'utf8');
  const result = parseDesign(text);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.design;
}

function design(nodes: [string, string, Partial<DesignNode>?][], edges: [string, string, Flow][]): Design {
  return {
    format: 'mlsd-studio/design',
    version: 1,
    nodes: nodes.map(([id, kind, rest]) => ({ id, kind, props: {}, ...rest })),
    edges: edges.map(([source, target, flow]): DesignEdge => ({ id: `${source}-${target}`, source, target, flow })),
  };
}

function expectNoOverlap(layout: DesignLayout) {
  const boxes = Object.entries(layout.nodes);
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      expect(overlaps(boxes[i][1], boxes[j][1]), `${boxes[i][0]} overlaps ${boxes[j][0]}`).toBe(false);
    }
}

const right = (b: NodeBox) => b.x + b.width;
const bottom = (b: NodeBox) => b.y + b.height;

const servingChain = design(
  [
    ['feed', 'client-request'],
    ['candidates', 'candidate-generation'],
    ['light', 'light-ranker'],
    ['heavy', 'heavy-ranker'],
    ['policy', 'reranker'],
    ['features', 'feature-store'],
  ],
  [
    ['feed', 'candidates', 'request'],
    ['candidates', 'light', 'request'],
    ['light', 'heavy', 'request'],
    ['heavy', 'policy', 'request'],
    ['features', 'heavy', 'request'],
  ],
);

// Each test runs ELK; allow for a busy machine.
describe('layoutDesign', { timeout: 20_000 }, () => {
  it('places every node at the shared node size, without overlaps, on the clean fixture', async () => {
    const d = fixture('clean.json');
    const layout = await layoutDesign(d, elk, { direction: 'RIGHT' });
    expect(Object.keys(layout.nodes).sort()).toEqual(d.nodes.map((n) => n.id).sort());
    for (const box of Object.values(layout.nodes)) expect([box.width, box.height]).toEqual([NODE_WIDTH, NODE_HEIGHT]);
    expectNoOverlap(layout);
  });

  it('orders the request chain left to right, and top to bottom with direction DOWN', async () => {
    const across = await layoutDesign(servingChain, elk, { direction: 'RIGHT' });
    const down = await layoutDesign(servingChain, elk, { direction: 'DOWN' });
    for (const e of servingChain.edges) {
      expect(right(across.nodes[e.source]), e.id).toBeLessThan(across.nodes[e.target].x);
      expect(bottom(down.nodes[e.source]), e.id).toBeLessThan(down.nodes[e.target].y);
    }
  });

  it('routes every edge orthogonally from its source side to its target side', async () => {
    const layout = await layoutDesign(servingChain, elk, { direction: 'RIGHT' });
    for (const e of servingChain.edges) {
      const points = routePoints(layout.edges[e.id]);
      expect(points.length).toBeGreaterThanOrEqual(2);
      expect(points[0].x).toBeCloseTo(right(layout.nodes[e.source]));
      expect(points.at(-1)!.x).toBeCloseTo(layout.nodes[e.target].x);
      for (let i = 1; i < points.length; i++) {
        const straight = points[i].x === points[i - 1].x || points[i].y === points[i - 1].y;
        expect(straight, `${e.id} segment ${i}`).toBe(true);
      }
    }
  });

  it('draws a loop-closing feedback edge backwards instead of bending the pipeline', async () => {
    const layout = await layoutDesign(fixture('clean.json'), elk, { direction: 'RIGHT' });
    const { nodes } = layout;
    // trainer → eval → registry → experiment → classifier stays left to right…
    expect(right(nodes.trainer)).toBeLessThan(nodes.eval.x);
    expect(right(nodes.experiment)).toBeLessThan(nodes.classifier.x);
    // …and the log the classifier writes sits after it.
    expect(right(nodes.classifier)).toBeLessThan(nodes.log.x);
    // The joiner feeds training back: it is drawn after the log, its edge entering the trainer from the far side.
    expect(right(nodes.log)).toBeLessThan(nodes.join.x);
    const back = routePoints(layout.edges['join-trainer']);
    expect(back[0].x).toBeCloseTo(nodes.join.x);
    expect(back.at(-1)!.x).toBeCloseTo(right(nodes.trainer));
  });

  it('keeps a pinned node exactly where the user put it and lays the rest out around it', async () => {
    const pinned = { ...servingChain, nodes: servingChain.nodes.map((n) => (n.id === 'heavy' ? { ...n, pinned: true, position: { x: 1234, y: -56 } } : n)) };
    const layout = await layoutDesign(pinned, elk, { direction: 'RIGHT' });
    expect(layout.nodes.heavy).toMatchObject({ x: 1234, y: -56 });
    expectNoOverlap(layout);
    expect(right(layout.nodes.light)).toBeLessThan(layout.nodes.heavy.x);
  });

  it('keeps several pinned nodes and pushes the others off them', async () => {
    const nodes = servingChain.nodes.map((n) =>
      n.id === 'heavy' ? { ...n, pinned: true, position: { x: 0, y: 0 } } : n.id === 'policy' ? { ...n, pinned: true, position: { x: 0, y: 40 } } : n,
    );
    const layout = await layoutDesign({ ...servingChain, nodes }, elk, { direction: 'RIGHT' });
    expect(layout.nodes.heavy).toMatchObject({ x: 0, y: 0 });
    expect(layout.nodes.policy).toMatchObject({ x: 0, y: 40 });
    const others = Object.entries(layout.nodes).filter(([id]) => id !== 'heavy' && id !== 'policy');
    for (const [id, box] of others) {
      expect(overlaps(box, layout.nodes.heavy), id).toBe(false);
      expect(overlaps(box, layout.nodes.policy), id).toBe(false);
    }
  });

  it('lays out only a selection and leaves the other nodes where they are', async () => {
    const placed = { ...servingChain, nodes: servingChain.nodes.map((n, i) => ({ ...n, position: { x: i * 500, y: 900 } })) };
    const layout = await layoutDesign(placed, elk, { direction: 'RIGHT', onlyIds: ['candidates', 'light'] });
    for (const n of placed.nodes.filter((n) => n.id !== 'candidates' && n.id !== 'light')) {
      expect(layout.nodes[n.id]).toMatchObject(n.position!);
    }
    expect(right(layout.nodes.candidates)).toBeLessThan(layout.nodes.light.x);
    expect(Object.keys(layout.edges)).toHaveLength(servingChain.edges.length);
  });

  it('stacks online, nearline and offline bands that contain their nodes', async () => {
    const d = fixture('clean.json');
    const layout = await layoutDesign(d, elk, { direction: 'RIGHT', lanes: true });
    const lanes = laneOf(d);
    expect(layout.lanes!.map((l) => l.lane)).toEqual(['online', 'nearline', 'offline']);
    for (const [id, box] of Object.entries(layout.nodes)) {
      const band = layout.lanes!.find((l) => l.lane === lanes[id])!;
      expect(box.y, id).toBeGreaterThanOrEqual(band.y);
      expect(bottom(box), id).toBeLessThanOrEqual(bottom(band));
    }
    for (let i = 1; i < layout.lanes!.length; i++) expect(layout.lanes![i].y).toBeGreaterThanOrEqual(bottom(layout.lanes![i - 1]));
    expectNoOverlap(layout);
    expect(right(layout.nodes.trainer)).toBeLessThan(layout.nodes.eval.x);
  });

  it('makes room for edge labels so that none sits on a card', async () => {
    const d = fixture('special-characters.json');
    const layout = await layoutDesign(d, elk, { direction: 'RIGHT' });
    const labelled = d.edges.filter((e) => e.label);
    for (const e of labelled) {
      const label = layout.edges[e.id].label!;
      expect(label.width, e.id).toBeGreaterThan(40);
      for (const [id, box] of Object.entries(layout.nodes)) expect(overlaps(label, box), `${e.id} label on ${id}`).toBe(false);
    }
  });

  it('gives every edge a route and bounds that enclose the whole drawing', async () => {
    const d = fixture('special-characters.json');
    const layout = await layoutDesign(d, elk, { direction: 'DOWN', lanes: true });
    expect(Object.keys(layout.edges).sort()).toEqual(d.edges.map((e) => e.id).sort());
    for (const box of Object.values(layout.nodes)) {
      expect(box.x).toBeGreaterThanOrEqual(layout.bounds.x);
      expect(right(box)).toBeLessThanOrEqual(right(layout.bounds));
    }
  });
});

const templateDir = fileURLToPath(new URL('../../../templates', import.meta.url));
const templates = readdirSync(templateDir).filter((f) => f.endsWith('.json'));

describe('layoutDesign on the templates', () => {
  it('lays out every template without overlaps, with and without lanes, in both directions', async () => {
    expect(templates.length, 'templates to lay out').toBeGreaterThan(0);
    for (const file of templates) {
      const result = parseDesign(readFileSync(`${templateDir}/${file}`, 'utf8'));
      if (!result.ok) throw new Error(`${file}: ${JSON.stringify(result.errors)}`);
      for (const options of [{ direction: 'RIGHT' as const }, { direction: 'DOWN' as const, lanes: true }, { direction: 'RIGHT' as const, lanes: true }]) {
        const layout = await layoutDesign(result.design, elk, options);
        expect(Object.keys(layout.nodes).length, file).toBe(result.design.nodes.length);
        expectNoOverlap(layout);
      }
    }
  }, 60_000);
});

describe('layoutDesign on a large design', () => {
  // From 150 nodes on the options trade the drawn order for speed; the picture must stay sound.
  it('places every node of a 200-node design without overlaps, flowing left to right, keeping a pinned node', async () => {
    const generated = generateDesign(200, 3);
    const pinned = generated.nodes[7];
    const d = { ...generated, nodes: generated.nodes.map((n) => (n === pinned ? { ...n, pinned: true, position: { x: -900, y: 4000 } } : n)) };
    const layout = await layoutDesign(d, elk, { direction: 'RIGHT' });
    expect(Object.keys(layout.nodes).length).toBe(d.nodes.length);
    expectNoOverlap(layout);
    expect(layout.nodes[pinned.id]).toMatchObject({ x: -900, y: 4000 });
    const backwards = d.edges.filter((e) => e.flow !== 'feedback' && e.source !== pinned.id && e.target !== pinned.id && layout.nodes[e.source].x >= layout.nodes[e.target].x);
    expect(backwards.map((e) => e.id)).toEqual([]);
  }, 60_000);
});

describe('laneOf', () => {
  it('puts the serving path online, streams and monitors nearline, training offline', () => {
    const lanes = laneOf(fixture('clean.json'));
    expect([lanes.ticket, lanes.gateway, lanes.classifier]).toEqual(['online', 'online', 'online']);
    expect([lanes.features, lanes.log, lanes.drift, lanes.alerts]).toEqual(['nearline', 'nearline', 'nearline', 'nearline']);
    expect([lanes.events, lanes.batch, lanes.trainer, lanes.registry]).toEqual(['offline', 'offline', 'offline', 'offline']);
  });

  it('treats a streaming feature pipeline as nearline and a batch one as offline', () => {
    const lanes = laneOf(
      design(
        [
          ['streaming', 'feature-pipeline', { props: { freshness: 'near-realtime' } }],
          ['nightly', 'feature-pipeline'],
        ],
        [],
      ),
    );
    expect(lanes).toEqual({ streaming: 'nearline', nightly: 'offline' });
  });
});

describe('layoutIfMissing', () => {
  it('returns a design whose nodes all have positions unchanged', async () => {
    const placed = { ...servingChain, nodes: servingChain.nodes.map((n, i) => ({ ...n, position: { x: i, y: i } })) };
    expect(await layoutIfMissing(placed, elk)).toBe(placed);
  });

  it('gives every node a position without touching the input', async () => {
    const d = fixture('clean.json');
    const before = JSON.stringify(d);
    const laidOut = await layoutIfMissing(d, elk);
    expect(JSON.stringify(d)).toBe(before);
    expect(laidOut.nodes.every((n) => n.position && Number.isFinite(n.position.x) && Number.isFinite(n.position.y))).toBe(true);
    expect(laidOut.edges).toEqual(d.edges);
  });
});

describe('simpleRoute', () => {
  const box = (x: number, y: number) => ({ x, y, width: NODE_WIDTH, height: NODE_HEIGHT });
  it('goes from the right side to the left side of the next column, bending halfway', () => {
    const route = simpleRoute(box(0, 0), box(400, 200), 'RIGHT');
    expect([route.startPoint, ...route.bendPoints, route.endPoint]).toEqual([
      { x: 200, y: 42 },
      { x: 300, y: 42 },
      { x: 300, y: 242 },
      { x: 400, y: 242 },
    ]);
  });

  it('goes straight down between nodes of one column and round the back for edges pointing backwards', () => {
    expect(simpleRoute(box(0, 0), box(0, 300), 'RIGHT')).toEqual({ startPoint: { x: 100, y: 84 }, endPoint: { x: 100, y: 300 }, bendPoints: [] });
    const back = simpleRoute(box(400, 0), box(0, 0), 'RIGHT');
    expect(back.startPoint).toEqual({ x: 600, y: 42 });
    expect(back.endPoint).toEqual({ x: 0, y: 42 });
    expect(Math.max(...back.bendPoints.map((p) => p.y))).toBeGreaterThan(NODE_HEIGHT);
  });
});

describe('layoutForExport', () => {
  it('keeps the positions of a design someone arranged, and routes every edge', async () => {
    const placed = { ...servingChain, nodes: servingChain.nodes.map((n, i) => ({ ...n, position: { x: i * 300, y: (i % 2) * 200 } })) };
    const layout = await layoutForExport(placed, elk);
    for (const n of placed.nodes) expect(layout.nodes[n.id]).toMatchObject(n.position!);
    expect(Object.keys(layout.edges)).toHaveLength(placed.edges.length);
  });

  it('lays out afresh when asked to, or when lanes are wanted', async () => {
    const placed = { ...servingChain, nodes: servingChain.nodes.map((n) => ({ ...n, position: { x: 0, y: 0 } })) };
    expectNoOverlap(await layoutForExport(placed, elk, { relayout: true }));
    expect((await layoutForExport(placed, elk, { lanes: true })).lanes).toBeDefined();
  });
});
