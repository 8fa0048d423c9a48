// @vitest-environment jsdom
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { nodeLabel, parseDesign, serialize } from '../document';
import type { Design } from '../document/types';
import { layoutDesign, type DesignLayout, type Elk } from '../layout';
import type { Finding } from '../lint/types';
import { extractDesignFromSvg, toSvg } from './svg';
import { embeddedDesignText } from './svg-metadata';
import { keyFigures } from '../document';

const fixtures = resolve(fileURLToPath(import.meta.url), '../../testing/fixtures');
function fixture(name: string): Design {
  const result = parseDesign(readFileSync(`${fixtures}/${name}`, 'utf8'));
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.design;
}

let elk: Elk;
beforeAll(async () => {
  const ELK = (await import('elkjs/lib/elk.bundled.js')).default;
  elk = new ELK();
});

function parseXml(text: string): Document {
  const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
  const error = doc.getElementsByTagName('parsererror')[0];
  if (error) throw new Error(`not well-formed XML: ${error.textContent}`);
  return doc;
}

async function draw(design: Design, options: Parameters<typeof toSvg>[2] = {}, lanes = false): Promise<{ svg: string; doc: Document; layout: DesignLayout }> {
  const layout = await layoutDesign(design, elk, { direction: 'RIGHT', lanes });
  const svg = toSvg(design, layout, options);
  return { svg, doc: parseXml(svg), layout };
}

// Each test runs ELK; allow for a busy machine.
describe('toSvg', { timeout: 20_000 }, () => {
  it('is well-formed SVG even with labels full of quotes, tags, ampersands and emoji', async () => {
    const { doc } = await draw(fixture('special-characters.json'), {}, true);
    expect(doc.documentElement.tagName).toBe('svg');
    expect(doc.documentElement.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
  });

  it('draws one card per node carrying its full label, and writes short labels on the card', async () => {
    const design = fixture('special-characters.json');
    const { doc } = await draw(design);
    const cards = [...doc.querySelectorAll('g.node')];
    expect(cards.map((c) => c.getAttribute('data-id'))).toEqual(design.nodes.map((n) => n.id));
    for (const node of design.nodes) {
      const card = cards.find((c) => c.getAttribute('data-id') === node.id)!;
      expect(card.querySelector('title')!.textContent).toContain(nodeLabel(node));
    }
    const clean = fixture('clean.json');
    const cleanDoc = (await draw(clean)).doc;
    const written = [...cleanDoc.querySelectorAll('text.label')].map((t) => t.textContent);
    for (const node of clean.nodes) expect(written).toContain(nodeLabel(node));
  });

  it('names the kind under a custom label and shows the figures a reviewer looks for', async () => {
    const { doc } = await draw(fixture('special-characters.json'));
    const ranker = doc.querySelector('g.node[data-id="end"]')!;
    expect(ranker.querySelector('text.kind')!.textContent).toBe('Heavy ranker');
    expect(ranker.querySelector('text.figures')!.textContent).toBe('50 ms · 200 → 50');
    expect(doc.querySelector('g.node[data-id="plog"] text.kind')).toBeNull();
  });

  it('draws request edges thick, data edges thin and feedback edges dashed, each with an arrowhead', async () => {
    const { doc } = await draw(fixture('clean.json'));
    const path = (id: string) => doc.querySelector(`g.edge[data-id="${id}"] path`)!;
    expect(Number(path('ticket-gateway').getAttribute('stroke-width'))).toBeGreaterThan(Number(path('events-validate').getAttribute('stroke-width')));
    expect(path('classifier-log').getAttribute('stroke-dasharray')).toBeTruthy();
    expect(path('events-validate').getAttribute('stroke-dasharray')).toBeNull();
    expect(path('ticket-gateway').getAttribute('marker-end')).toBe('url(#mlsd-arrow-request)');
    expect(doc.querySelectorAll('g.edge')).toHaveLength(17);
    expect(doc.querySelector('g.edge[data-id="events-join"] text')!.textContent).toBe('agent outcomes');
  });

  it('embeds the design so that reading it back gives exactly the same design', async () => {
    for (const design of [fixture('clean.json'), fixture('special-characters.json')]) {
      const { svg } = await draw(design);
      expect(embeddedDesignText(svg)).toBe(serialize(design));
      const back = extractDesignFromSvg(svg);
      expect(back.ok && back.design).toEqual(design);
    }
  });

  it('survives a label that would end a CDATA section', async () => {
    const design = fixture('with-error.json');
    design.nodes[1].label = 'Server ]]> <![CDATA[ trick';
    const { svg, doc } = await draw(design);
    const back = extractDesignFromSvg(svg);
    expect(back.ok && back.design.nodes[1].label).toBe('Server ]]> <![CDATA[ trick');
    expect(doc.getElementsByTagName('metadata')[0].textContent).toContain('Server ]]> <![CDATA[ trick');
  });

  it('says so when an SVG carries no design', () => {
    const result = extractDesignFromSvg('<svg xmlns="http://www.w3.org/2000/svg"/>');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors[0].message).toMatch(/no MLSD Studio design/);
  });

  it('uses a dark background and light text in the dark theme', async () => {
    const light = (await draw(fixture('clean.json'))).doc;
    const dark = (await draw(fixture('clean.json'), { theme: 'dark' })).doc;
    const fill = (doc: Document, selector: string) => doc.querySelector(selector)!.getAttribute('fill');
    expect(fill(light, 'svg > rect')).toBe('#ffffff');
    expect(fill(dark, 'svg > rect')).toBe('#0f172a');
    expect(fill(dark, 'text.label')).not.toBe(fill(light, 'text.label'));
  });

  it('leaves the page transparent without a background, and still draws everything on it', async () => {
    const design = fixture('clean.json');
    const plain = (await draw(design, { background: false })).doc;
    expect(plain.querySelector('svg > rect')).toBeNull();
    expect(plain.querySelectorAll('g.node')).toHaveLength(design.nodes.length);
    expect(plain.querySelectorAll('g.edge')).toHaveLength(design.edges.length);
    expect((await draw(design, { background: true })).doc.querySelector('svg > rect')!.getAttribute('fill')).toBe('#ffffff');
  });

  it('puts a badge with the finding count on each node a finding names', async () => {
    const finding = (severity: Finding['severity'], nodeIds: string[]): Finding => ({
      ruleId: 'missing-monitoring', severity, stage: 'monitoring', messageId: 'm', message: 'Model server is served but no drift monitor watches it.', data: {}, nodeIds, edgeIds: [], fixable: false,
    });
    const { doc } = await draw(fixture('with-error.json'), { findings: [finding('error', ['srv']), finding('info', ['srv', 'req'])] });
    const badge = doc.querySelector('g.node[data-id="srv"] g.finding-badge')!;
    expect(badge.getAttribute('class')).toContain('error');
    expect(badge.querySelector('text')!.textContent).toBe('2');
    expect(badge.querySelector('title')!.textContent).toContain('no drift monitor');
    expect(doc.querySelector('g.node[data-id="req"] g.finding-badge')!.getAttribute('class')).toContain('info');
    expect(doc.querySelector('g.node[data-id="reg"] g.finding-badge')).toBeNull();
  });

  it('draws lane bands with their names behind the nodes', async () => {
    const { doc } = await draw(fixture('clean.json'), {}, true);
    const lanes = [...doc.querySelectorAll('g.lane text')].map((t) => t.textContent);
    expect(lanes).toEqual(['ONLINE: PER REQUEST', 'NEARLINE: STREAMS, STORES, MONITORING', 'OFFLINE: BATCH DATA AND TRAINING']);
  });

  it('fits the drawing in the view box with the margin around it', async () => {
    const { doc, layout } = await draw(fixture('clean.json'), { margin: 10, showTitle: false });
    const svg = doc.documentElement;
    expect(Number(svg.getAttribute('width'))).toBe(Math.ceil(layout.bounds.width + 20));
    expect(svg.getAttribute('viewBox')).toBe(`0 0 ${svg.getAttribute('width')} ${svg.getAttribute('height')}`);
    expect(svg.getAttribute('font-family')).toContain('system-ui');
  });
});

const templateDir = resolve(fileURLToPath(import.meta.url), '../../../../templates');
const templates = existsSync(templateDir) ? readdirSync(templateDir).filter((f) => f.endsWith('.json')) : [];

describe.runIf(templates.length > 0)('toSvg on the templates', () => {
  it('writes well-formed SVG with every node and edge, in both themes, with and without lanes', async () => {
    for (const file of templates) {
      const result = parseDesign(readFileSync(`${templateDir}/${file}`, 'utf8'));
      if (!result.ok) throw new Error(`${file}: ${JSON.stringify(result.errors)}`);
      for (const lanes of [false, true]) {
        const { doc } = await draw(result.design, { theme: lanes ? 'dark' : 'light' }, lanes);
        expect(doc.querySelectorAll('g.node').length, file).toBe(result.design.nodes.length);
        expect(doc.querySelectorAll('g.edge').length, file).toBe(result.design.edges.length);
      }
    }
  }, 60_000);
});

describe('keyFigures', () => {
  it('lists only figures the design sets', () => {
    expect(keyFigures({ id: 'r', kind: 'heavy-ranker', props: {} })).toEqual([]);
    expect(keyFigures({ id: 'c', kind: 'client-request', props: { sloLatencyMs: 100, latencyMs: 0, qps: 2000 } })).toEqual(['SLO 100 ms', '2,000 QPS']);
    expect(keyFigures({ id: 'a', kind: 'ann-index', props: { corpusSize: 10_000_000, candidatesOut: 500 } })).toEqual(['10,000,000 → 500']);
    expect(keyFigures({ id: 'f', kind: 'feature-store', props: { freshness: 'near-realtime' } })).toEqual(['near-realtime']);
  });
});
