import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { type Design, addNodes, newNode, removeElements, restore, serialize, setProp, updateNode } from '../document';
import { applyDesignToDoc, designToYDoc, observeDesign, patchDesign, yDocToDesign } from '.';

const root = join(__dirname, '../../..');
const load = (path: string): Design => {
  const r = restore(JSON.parse(readFileSync(path, 'utf8')));
  if (!r.ok) throw new Error(`${path}: ${r.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`);
  return r.design;
};
const templates = readdirSync(join(root, 'templates')).filter((f) => f.endsWith('.json'));
const fixtures = ['special-characters.json', 'unknown-fields.json', 'clean.json', 'turned-off.json'];
const cases = [
  ...templates.map((f) => [`template ${f}`, join(root, 'templates', f)]),
  ...fixtures.map((f) => [`fixture ${f}`, join(root, 'src/core/testing/fixtures', f)]),
];

/** Sends every update of one doc to the other (and back), as a provider does. */
function link(a: Y.Doc, b: Y.Doc) {
  a.on('update', (u: Uint8Array, origin: unknown) => origin !== 'peer' && Y.applyUpdate(b, u, 'peer'));
  b.on('update', (u: Uint8Array, origin: unknown) => origin !== 'peer' && Y.applyUpdate(a, u, 'peer'));
}

describe('design <-> Y.Doc', () => {
  it('finds the templates', () => expect(templates.length).toBeGreaterThanOrEqual(12));

  it.each(cases)('round trips %s losslessly', (_name, path) => {
    const design = load(path);
    const doc = designToYDoc(design);
    const back = yDocToDesign(doc);
    expect(back).toEqual(design);
    expect(serialize(back)).toBe(serialize(design));
    // And through the wire: a second doc that only sees the binary update holds the same design.
    const remote = new Y.Doc();
    Y.applyUpdate(remote, Y.encodeStateAsUpdate(doc));
    expect(serialize(yDocToDesign(remote))).toBe(serialize(design));
  });

  it('keeps unknown fields of the design, its nodes, edges, props and settings', () => {
    const back = yDocToDesign(designToYDoc(load(join(root, 'src/core/testing/fixtures/unknown-fields.json'))));
    expect(back.extra).toMatchObject({ generator: { name: 'other-tool' }, reactions: [{ id: 'r1' }] });
    expect(back.nodes.find((n) => n.id === 'srv')?.extra).toEqual({ style: { color: '#f00', tags: ['hot', 'beta'] } });
    expect(back.nodes.find((n) => n.id === 'req')?.props.region).toBe('eu-west-1');
    expect(back.edges.find((e) => e.id === 'req-srv')?.extra).toEqual({ weight: 0.7 });
    expect(back.settings).toEqual({ maxRankIn: 5000, experimental: { lanes: 3 } });
  });

  it('writes only what changed, in one transaction', () => {
    const design = load(join(root, 'templates/news-feed-ranking.json'));
    const doc = designToYDoc(design);
    const id = design.nodes[3].id;
    const next = setProp(design, id, 'latencyMs', 77);
    let transactions = 0;
    let bytes = 0;
    doc.on('afterTransaction', () => transactions++);
    doc.on('update', (u: Uint8Array) => (bytes += u.length));
    applyDesignToDoc(doc, design, next, 'me');
    expect(transactions).toBe(1);
    expect(bytes).toBeLessThan(120);
    expect(yDocToDesign(doc)).toEqual(next);
  });

  it('reports which nodes and edges a transaction touched, and patches only those', () => {
    const design = load(join(root, 'templates/fraud-detection.json'));
    const doc = designToYDoc(design);
    const remote = new Y.Doc();
    Y.applyUpdate(remote, Y.encodeStateAsUpdate(doc));
    const seen: { nodeIds: string[]; edgeIds: string[]; meta: boolean; origin: unknown }[] = [];
    let mirror = design;
    observeDesign(doc, (changes, origin) => {
      seen.push({ nodeIds: [...changes.nodeIds].sort(), edgeIds: [...changes.edgeIds].sort(), meta: changes.meta, origin });
      mirror = patchDesign(mirror, doc, changes);
    });
    link(doc, remote);
    const [a, b] = design.nodes;
    const edited = updateNode(setProp(design, a.id, 'latencyMs', 3), b.id, { label: 'Renamed' });
    applyDesignToDoc(remote, design, edited, 'them');
    expect(seen).toEqual([{ nodeIds: [a.id, b.id].sort(), edgeIds: [], meta: false, origin: 'peer' }]);
    expect(mirror).toEqual(edited);
    const untouched = design.nodes.slice(2);
    untouched.forEach((n, i) => expect(mirror.nodes[i + 2]).toBe(n));
    expect(mirror.edges).toBe(design.edges);

    const removed = removeElements(edited, new Set([a.id]), new Set());
    applyDesignToDoc(remote, edited, { ...removed, title: 'Fraud v2' }, 'them');
    expect(seen[1].nodeIds).toEqual([a.id]);
    expect(seen[1].meta).toBe(true);
    expect(seen[1].edgeIds.length).toBeGreaterThan(0);
    expect(mirror).toEqual({ ...removed, title: 'Fraud v2' });
  });

  it('tells an edit in place from one that adds, removes or reorders, and the mirror keeps the order either way', () => {
    const design = load(join(root, 'templates/news-feed-ranking.json'));
    const doc = designToYDoc(design);
    const remote = new Y.Doc();
    Y.applyUpdate(remote, Y.encodeStateAsUpdate(doc));
    link(doc, remote);
    let mirror = design;
    const reported: (boolean | undefined)[] = [];
    observeDesign(doc, (changes) => {
      reported.push(changes.nodesReordered);
      mirror = patchDesign(mirror, doc, changes);
    });
    const [a, , c] = design.nodes;
    const steps: Design[] = [design];
    const edit = (next: Design) => {
      applyDesignToDoc(remote, steps[steps.length - 1], next, 'them');
      steps.push(next);
      expect(mirror).toEqual(next);
    };
    edit(updateNode(setProp(design, a.id, 'latencyMs', 9), c.id, { label: 'Renamed', position: { x: 1, y: 2 } }));
    const inPlace = mirror;
    const last = steps[steps.length - 1];
    edit({ ...last, nodes: [...last.nodes.slice(1), last.nodes[0]] });
    const taken = new Set(design.nodes.map((n) => n.id));
    edit(addNodes(steps[steps.length - 1], [newNode('cache', { x: 0, y: 0 }, taken)]));
    edit(removeElements(steps[steps.length - 1], new Set([c.id]), new Set()));
    expect(reported).toEqual([false, true, true, true]);
    // In place, every node but the two edited keeps its object: nothing else was read from the doc.
    expect(design.nodes.filter((n, i) => n.id !== a.id && n.id !== c.id && inPlace.nodes[i] !== n)).toEqual([]);
    expect(inPlace.nodes.filter((n, i) => n !== design.nodes[i]).map((n) => n.id)).toEqual([a.id, c.id]);
  });

  it('merges concurrent edits of two docs: both new cards and both prop edits survive', () => {
    const base = load(join(root, 'templates/ads-ctr-prediction.json'));
    const one = designToYDoc(base);
    const two = new Y.Doc();
    Y.applyUpdate(two, Y.encodeStateAsUpdate(one));
    const taken = new Set(base.nodes.map((n) => n.id));
    const target = base.nodes.find((n) => n.kind === 'heavy-ranker')!;
    const withBandit = setProp(addNodes(base, [newNode('bandit', { x: 10, y: 10 }, taken)]), target.id, 'latencyMs', 11);
    const withAlerting = setProp(addNodes(base, [newNode('alerting', { x: 90, y: 10 }, taken)]), target.id, 'candidatesOut', 25);
    applyDesignToDoc(one, base, withBandit, 'one');
    applyDesignToDoc(two, base, withAlerting, 'two');
    Y.applyUpdate(one, Y.encodeStateAsUpdate(two));
    Y.applyUpdate(two, Y.encodeStateAsUpdate(one));
    const merged = yDocToDesign(one);
    expect(serialize(yDocToDesign(two))).toBe(serialize(merged));
    expect(merged.nodes.map((n) => n.kind)).toEqual(expect.arrayContaining(['bandit', 'alerting']));
    expect(merged.nodes.find((n) => n.id === target.id)?.props).toMatchObject({ latencyMs: 11, candidatesOut: 25 });
    expect(merged.nodes).toHaveLength(base.nodes.length + 2);
  });

  it('keeps a node moved in one doc and deleted in the other deleted, with its edges, in both', () => {
    const base = load(join(root, 'templates/spam-detection.json'));
    const one = designToYDoc(base);
    const two = new Y.Doc();
    Y.applyUpdate(two, Y.encodeStateAsUpdate(one));
    const victim = base.nodes[1];
    applyDesignToDoc(one, base, updateNode(base, victim.id, { position: { x: 5, y: 5 } }), 'one');
    applyDesignToDoc(two, base, removeElements(base, new Set([victim.id]), new Set()), 'two');
    link(one, two);
    Y.applyUpdate(one, Y.encodeStateAsUpdate(two));
    Y.applyUpdate(two, Y.encodeStateAsUpdate(one));
    const merged = yDocToDesign(one);
    expect(merged.nodes.some((n) => n.id === victim.id)).toBe(false);
    expect(merged.edges.some((e) => e.source === victim.id || e.target === victim.id)).toBe(false);
    expect(serialize(yDocToDesign(two))).toBe(serialize(merged));
  });

  it('keeps the design order of appended and pasted cards', () => {
    const base = load(join(root, 'templates/similar-items.json'));
    const doc = designToYDoc(base);
    const taken = new Set(base.nodes.map((n) => n.id));
    const card = newNode('cache', { x: 0, y: 0 }, taken);
    const inFront = { ...base, nodes: [card, ...base.nodes] };
    applyDesignToDoc(doc, base, inFront, 'me');
    expect(yDocToDesign(doc).nodes.map((n) => n.id)).toEqual(inFront.nodes.map((n) => n.id));
  });
});
