import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { type Design, restore } from '../document';
import { designToYDoc, validateDesignDoc } from '.';

const root = join(__dirname, '../../..');
const design = (() => {
  const r = restore(JSON.parse(readFileSync(join(root, 'templates/search-ranking.json'), 'utf8')));
  if (!r.ok) throw new Error('template does not load');
  return r.design;
})() as Design;

const entry = (doc: Y.Doc, list: 'nodes' | 'edges', id: string) => doc.getMap(list).get(id) as Y.Map<unknown>;

describe('validateDesignDoc', () => {
  const invalid: [string, (doc: Y.Doc) => void, string, RegExp][] = [
    ['a node of an unknown kind', (d) => entry(d, 'nodes', design.nodes[0].id).set('kind', 'feature-stor'), `nodes[${JSON.stringify(design.nodes[0].id)}].kind`, /feature-store/],
    ['an edge to a missing node', (d) => entry(d, 'edges', design.edges[0].id).set('target', 'ghost'), `edges[${JSON.stringify(design.edges[0].id)}].target`, /no node with id "ghost"/],
    ['a node deleted under its edges', (d) => d.getMap('nodes').delete(design.edges[0].source), `edges[${JSON.stringify(design.edges[0].id)}].source`, /no node/],
    ['a bad flow', (d) => entry(d, 'edges', design.edges[0].id).set('flow', 'sideways'), `edges[${JSON.stringify(design.edges[0].id)}].flow`, /request/],
    ['a negative latency', (d) => (entry(d, 'nodes', design.nodes[1].id).get('props') as Y.Map<unknown>).set('latencyMs', -4), `nodes[${JSON.stringify(design.nodes[1].id)}].props.latencyMs`, /./],
    ['a node that is not a map', (d) => d.getMap('nodes').set('junk', 42), 'nodes["junk"]', /map of fields/],
    ['props that are not a map', (d) => entry(d, 'nodes', design.nodes[0].id).set('props', 'x'), `nodes[${JSON.stringify(design.nodes[0].id)}].props`, /map of props/],
    ['a foreign format', (d) => d.getMap('meta').set('format', 'excalidraw'), 'format', /mlsd-studio/],
  ];

  it('accepts a design written by designToYDoc', () => expect(validateDesignDoc(designToYDoc(design))).toEqual([]));
  it('accepts an empty doc as an empty design', () => expect(validateDesignDoc(new Y.Doc())).toEqual([]));

  it.each(invalid)('names %s', (_what, corrupt, path, message) => {
    const doc = designToYDoc(design);
    corrupt(doc);
    const errors = validateDesignDoc(doc);
    expect(errors.map((e) => e.path)).toContain(path);
    expect(errors.find((e) => e.path === path)?.message).toMatch(message);
  });
});
