import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { getKind } from '../catalog';
import { parseDesign } from '../document';
import type { Design } from '../document/types';
import { lint } from '../lint';
import { designScore } from '../lint/score';
import { STAGES } from '../lint/types';
import { inGalleryOrder, readTemplate } from './index';
import { findOverlaps } from './layout';

const dir = fileURLToPath(new URL('../../../templates/', import.meta.url));
const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();

interface RawStep {
  stage?: string;
  title?: string;
  nodeIds?: string[];
  notes?: string;
}

function load(file: string): { raw: Record<string, unknown>; design: Design } {
  const text = readFileSync(dir + file, 'utf8');
  const result = parseDesign(text);
  if (!result.ok) throw new Error(`${file}: ${result.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`);
  return { raw: JSON.parse(text), design: result.design };
}

const templates = files.map((f) => readTemplate(f.replace(/\.json$/, ''), JSON.parse(readFileSync(dir + f, 'utf8'))));

describe('templates directory', () => {
  it('has the thirteen reference designs and at least four flaw variants, each named after an existing design', () => {
    expect(templates.filter((t) => !t.isFlawVariant)).toHaveLength(13);
    const flaws = templates.filter((t) => t.isFlawVariant);
    expect(flaws.length).toBeGreaterThanOrEqual(4);
    for (const f of flaws) expect(templates.map((t) => t.id), `${f.id} basedOn`).toContain(f.basedOn);
  });
  it('gives every template its own place in the gallery, the pipeline basics first', () => {
    const order = templates.map((t) => t.order);
    expect(new Set(order).size).toBe(order.length);
    expect(inGalleryOrder(templates)[0].id).toBe('ml-pipeline-basics');
  });
  it('refuses a file without a gallery order, naming the field', () => {
    const raw = JSON.parse(readFileSync(dir + files[0], 'utf8'));
    delete raw.template.order;
    expect(() => readTemplate('broken', raw)).toThrow(/broken: template\.order/);
  });
});

describe.each(files)('%s', (file) => {
  const id = file.replace(/\.json$/, '');
  const { raw, design } = load(file);
  const isFlaw = id.startsWith('flaws-');

  it('parses with no errors and no unknown props', () => {
    const result = parseDesign(readFileSync(dir + file, 'utf8'));
    expect(result.ok).toBe(true);
    expect(result.issues).toEqual([]);
  });

  it('has a title, a one-paragraph description and template metadata', () => {
    expect(design.title).toBeTruthy();
    expect(design.description).toBeTruthy();
    expect(design.description).not.toContain('\n');
    const info = readTemplate(id, raw);
    expect(info.sources).toContain(info.seed);
    expect(design.description).toContain(info.seed);
  });

  it('gives every node notes and a grid position, with no overlapping cards', () => {
    for (const n of design.nodes) {
      expect(n.notes, n.id).toBeTruthy();
      expect(n.position, n.id).toBeDefined();
    }
    expect(findOverlaps(design.nodes)).toEqual([]);
  });

  it('draws every edge with an explicit flow', () => {
    for (const e of raw.edges as { flow?: string }[]) expect(['request', 'data', 'feedback']).toContain(e.flow);
  });

  it('covers the pieces of a complete design', () => {
    const kinds = new Set(design.nodes.map((n) => n.kind));
    for (const k of ['client-request', 'data-validation', 'trainer', 'offline-evaluation', 'model-registry', 'experiment-service', 'prediction-log', 'label-join']) {
      if (isFlaw) continue;
      expect(kinds.has(k), k).toBe(true);
    }
    for (const n of design.nodes) expect(getKind(n.kind), n.kind).toBeDefined();
    const client = design.nodes.find((n) => n.kind === 'client-request')!;
    expect(client.props.sloLatencyMs).toBeGreaterThan(0);
    expect(client.props.qps).toBeGreaterThan(0);
    if (!isFlaw) {
      const monitor = design.nodes.find((n) => n.kind === 'drift-monitor')!;
      expect(monitor.props.watches).toEqual(expect.arrayContaining(['data-drift', 'prediction-drift', 'business-metrics', 'latency']));
      expect(design.nodes.some((n) => n.kind === 'alerting')).toBe(true);
    }
  });

  it('has a walkthrough in the interview framework order over existing nodes', () => {
    const steps = (raw.walkthrough ?? []) as RawStep[];
    expect(design.walkthrough?.length).toBe(steps.length);
    const order = steps.map((s) => STAGES.indexOf(s.stage as (typeof STAGES)[number]));
    expect(order).not.toContain(-1);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(new Set(order).size).toBe(STAGES.length);
    const ids = new Set(design.nodes.map((n) => n.id));
    for (const s of steps) {
      expect(s.title).toBeTruthy();
      expect(s.notes).toBeTruthy();
      expect(s.nodeIds!.length).toBeGreaterThan(0);
      for (const n of s.nodeIds!) expect(ids.has(n), `${s.title}: ${n}`).toBe(true);
    }
  });

  it('gives every rule it turns off a reason', () => {
    for (const [rule, reason] of Object.entries(design.lint?.off ?? {})) expect(reason.length, rule).toBeGreaterThan(30);
  });

  if (!isFlaw) {
    it('lints clean: no errors, no warnings, no infos', () => {
      const { findings } = lint(design);
      expect(findings.map((f) => `${f.ruleId}: ${f.message}`)).toEqual([]);
      expect(designScore(design, findings).clear, 'every stage has a node and no finding').toBe(STAGES.length);
    });
  } else {
    it('fires exactly its expected findings', () => {
      const expected = raw.expectedFindings as string[];
      expect(Array.isArray(expected)).toBe(true);
      const fired = [...new Set(lint(design).findings.map((f) => f.ruleId))].sort();
      expect(fired).toEqual([...expected].sort());
      for (const rule of expected) expect(design.description).toContain(rule);
    });
  }
});
