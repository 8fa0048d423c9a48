import { describe, expect, it } from 'vitest';
import { emptyDesign, newNode, toJson } from '../document';
import { recoverValue, zipPaths } from './recover';

const at = { source: 'IndexedDB mlsd-studio › designs', key: 'design:d-1' };
const feed = toJson({ ...emptyDesign('News feed'), nodes: [newNode('model-server', { x: 0, y: 0 }, new Set())] });

describe('recoverValue', () => {
  it('keeps a stored design as a design file', () => {
    const found = recoverValue(at, feed)!;
    expect(found).toMatchObject({ kind: 'design', title: 'News feed', nodes: 1, readable: true });
    expect(JSON.parse(found.text).nodes[0].kind).toBe('model-server');
  });

  it('finds the design inside a version and inside the unsaved-edit journal (a JSON string)', () => {
    expect(recoverValue(at, { key: 'v', designId: 'd-1', at: 5, name: 'Baseline', design: feed })).toMatchObject({ kind: 'version', title: 'Baseline', designId: 'd-1', at: 5 });
    expect(recoverValue({ source: 'localStorage', key: 'mlsd-studio:unsaved' }, JSON.stringify({ id: 'd-1', design: feed }))).toMatchObject({ kind: 'unsaved edit', designId: 'd-1', title: 'News feed' });
  });

  it('exports a damaged design as found instead of dropping it', () => {
    const damaged = { title: 'Fraud', nodes: [{ id: 'x', kind: 'no-such-kind' }], edges: 'oops' };
    const found = recoverValue(at, damaged)!;
    expect(found).toMatchObject({ kind: 'design', title: 'Fraud', readable: false });
    expect(JSON.parse(found.text)).toEqual(damaged);
  });

  it('ignores values that hold no design: the index, preferences, garbage', () => {
    expect(recoverValue(at, { designs: [{ id: 'd-1' }], currentId: 'd-1' })).toBeUndefined();
    expect(recoverValue(at, 'not json {')).toBeUndefined();
    expect(recoverValue(at, 42)).toBeUndefined();
  });
});

describe('zipPaths', () => {
  it('gives every item its own path, by kind, even with equal titles', () => {
    const a = recoverValue(at, feed)!;
    const v = recoverValue(at, { designId: 'd-1', at: Date.UTC(2026, 10, 28), design: feed })!;
    expect(zipPaths([a, a, v])).toEqual(['designs/news-feed.json', 'designs/news-feed-2.json', 'versions/d-1/2026-11-28T00-00-00-000Z-news-feed.json']);
  });
});
