import { describe, expect, it } from 'vitest';
import { KINDS } from '../catalog';
import { parseDesign, restore } from './restore';
import { serialize } from './serialize';
import { FORMAT, SCHEMA_URL } from './types';

const base = (extra: Record<string, unknown> = {}) => ({ format: FORMAT, version: 1, nodes: [], edges: [], ...extra });
const errorsOf = (input: unknown) => {
  const r = restore(input);
  return r.ok ? [] : r.errors.map((e) => `${e.path}: ${e.message}`);
};

describe('restore: bad input is refused with the JSON path and what is wrong', () => {
  it.each([
    ['not JSON', '{ nodes: [', /^\$: not valid JSON/],
    ['not an object', '[1, 2]', /^\$: expected a design object, got an array/],
    ['not a design', '{"hello": 1}', /^format: missing; not an MLSD Studio design/],
    ['another format', '{"format": "excalidraw", "version": 1}', /^format: expected "mlsd-studio\/design", got string "excalidraw"/],
    ['a future version', `{"format": "${FORMAT}", "version": 7, "nodes": [], "edges": []}`, /^version: this file is format version 7, made by a newer MLSD Studio/],
    ['no nodes', `{"format": "${FORMAT}", "version": 1, "edges": []}`, /^nodes: missing/],
  ])('%s', (_name, text, expected) => {
    const r = parseDesign(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(`${r.errors[0].path}: ${r.errors[0].message}`).toMatch(expected);
  });

  it('suggests the kind a typo meant', () => {
    const nodes = [0, 1, 2].map((i) => ({ id: `n${i}`, kind: 'trainer' }));
    nodes.push({ id: 'fs', kind: 'feature-stor' });
    expect(errorsOf(base({ nodes }))).toEqual(['nodes[3].kind: unknown kind "feature-stor"; did you mean "feature-store"?']);
  });

  it('names every wrong field', () => {
    const errors = errorsOf(
      base({
        nodes: [
          { id: 'a', kind: 'model-server', props: { latencyMs: -5, hardware: 'tpu', domain: 'fraud' } },
          { id: 'a', kind: 'trainer' },
          { kind: 'cache' },
          { id: 'b', kind: 'drift-monitor', position: { x: 'left' }, props: { watches: ['data-drift', 'latency-drift'] } },
        ],
        edges: [
          { source: 'a', target: 'zz' },
          { source: 'a', target: 'b', flow: 'stream' },
        ],
      }),
    );
    expect(errors).toEqual([
      'nodes[0].props.latencyMs: must be at least 0, got -5',
      'nodes[0].props.hardware: unknown value string "tpu"; expected one of "cpu", "gpu"',
      'nodes[1].id: duplicate id "a"; node ids must be unique',
      'nodes[2].id: missing; every node needs a unique id',
      'nodes[3].position.x: expected a number, got string "left"',
      'nodes[3].position.y: missing; expected a number',
      'nodes[3].props.watches[1]: unknown value string "latency-drift"; did you mean "latency"?',
      'edges[0].target: no node with id "zz"',
      'edges[1].flow: unknown value string "stream"; expected one of "request", "data", "feedback"',
    ]);
  });

  it('reports settings and lint.off of the wrong type', () => {
    expect(errorsOf(base({ settings: { maxRankIn: 'lots' }, lint: { off: { 'missing-monitoring': true } } }))).toEqual([
      'settings.maxRankIn: expected a number ≥ 0, got string "lots"',
      'lint.off.missing-monitoring: expected the reason as a string, got boolean true',
    ]);
  });
});

describe('restore: what a valid file becomes', () => {
  it('fills defaults: edge ids from their ends, flows as the editor picks', () => {
    const r = restore(
      base({
        nodes: [
          { id: 'req', kind: 'client-request' },
          { id: 'srv', kind: 'model-server' },
          { id: 'plog', kind: 'prediction-log' },
        ],
        edges: [
          { source: 'req', target: 'srv' },
          { source: 'srv', target: 'plog' },
          { source: 'req', target: 'srv', id: 'req-srv-2' },
        ],
      }),
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.design.edges.map((e) => [e.id, e.flow])).toEqual([
      ['req-srv', 'request'],
      ['srv-plog', 'feedback'],
      ['req-srv-2', 'request'],
    ]);
  });

  it('keeps unknown fields and props, reporting unknown props as info', () => {
    const input = base({
      title: 'T',
      zoom: 3,
      nodes: [{ id: 'c', kind: 'cache', color: 'red', props: { sizeGb: 12 } }],
      edges: [],
    });
    const r = restore(input);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.issues).toEqual([{ path: 'nodes[0].props.sizeGb', message: 'unknown property for cache; kept as is', severity: 'info' }]);
    expect(JSON.parse(serialize(r.design))).toEqual({ $schema: SCHEMA_URL, ...input });
  });

  it('round-trips serialize → restore losslessly for a design using every kind', () => {
    const nodes = KINDS.map((k, i) => ({ id: k.id, kind: k.id, label: `${k.label} ${i}`, position: { x: i * 10, y: i * 5 }, props: {}, notes: 'why' }));
    const edges = KINDS.slice(1).map((k, i) => ({ id: `e${i}`, source: KINDS[i].id, target: k.id, flow: 'data', label: '→' }));
    const input = base({ title: 'All kinds', description: 'd', nodes, edges, settings: { maxRankIn: 5000, hotQps: 10 }, lint: { off: { 'no-exploration': 'a demo' } }, future: { a: [1] } });
    const first = restore(input);
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    const again = parseDesign(serialize(first.design));
    expect(again.ok && again.design).toEqual(first.design);
    expect(JSON.parse(serialize(first.design))).toEqual({ $schema: SCHEMA_URL, ...input });
  });

  it('reads a file with $schema like one without, and writes $schema first', () => {
    const input = base({ nodes: [{ id: 'c', kind: 'cache' }], future: 1 });
    const plain = restore(input);
    const withSchema = restore({ $schema: 'https://example.com/any.json', ...input });
    expect(withSchema).toEqual(plain);
    expect(Object.keys(JSON.parse(serialize(plain.ok ? plain.design : base() as never)))[0]).toBe('$schema');
    expect(errorsOf({ ...input, $schema: 3 })).toEqual(['$schema: expected a string, got number 3']);
  });

  it('never throws on hostile input', () => {
    for (const input of [null, 0, 'x', [], { format: FORMAT, version: 1, nodes: [null, 1, 'a'], edges: [null] }, { format: FORMAT, version: '1' }]) {
      expect(() => restore(input)).not.toThrow();
      expect(restore(input).ok).toBe(false);
    }
  });
});
