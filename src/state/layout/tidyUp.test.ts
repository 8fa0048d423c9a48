import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Design } from '../../core/document';
import type { Elk } from '../../core/layout';
import { useEditor } from '../store';
import { tidyUpCommand } from '../commands/layout';
import { useLayoutPrefs } from '../layoutPrefs';
import { tidyUp } from './tidyUp';
import { matchesKeys } from '../commands/keys';

let elk: Elk;
beforeAll(async () => {
  const ELK = (await import('elkjs/lib/elk.bundled.js')).default;
  elk = new ELK();
  // Node has no frames: one every 16 ms, like a browser tab.
  globalThis.requestAnimationFrame ??= (cb: FrameRequestCallback) => setTimeout(() => cb(performance.now()), 16) as unknown as number;
  globalThis.cancelAnimationFrame ??= (id: number) => clearTimeout(id);
});

const pile = (): Design => ({
  format: 'mlsd-studio/design',
  version: 1,
  nodes: [
    { id: 'feed', kind: 'client-request', props: {}, position: { x: 0, y: 0 } },
    { id: 'ranker', kind: 'heavy-ranker', props: {}, position: { x: 20, y: 10 } },
    { id: 'policy', kind: 'reranker', props: {}, position: { x: 40, y: 20 } },
    { id: 'trainer', kind: 'trainer', props: {}, position: { x: 60, y: 30 } },
  ],
  edges: [
    { id: 'a', source: 'feed', target: 'ranker', flow: 'request' },
    { id: 'b', source: 'ranker', target: 'policy', flow: 'request' },
    { id: 'c', source: 'trainer', target: 'ranker', flow: 'data' },
  ],
});

const positions = () => Object.fromEntries(useEditor.getState().design.nodes.map((n) => [n.id, n.position]));
const overlaps = () => {
  const ps = Object.values(positions());
  let n = 0;
  for (let i = 0; i < ps.length; i++) for (let j = i + 1; j < ps.length; j++) if (Math.abs(ps[i]!.x - ps[j]!.x) < 200 && Math.abs(ps[i]!.y - ps[j]!.y) < 84) n++;
  return n;
};

beforeEach(() => {
  useEditor.getState().load('d1', pile());
  useLayoutPrefs.getState().set({ direction: 'RIGHT', lanes: false });
});

describe('Tidy up', () => {
  it('moves overlapping nodes apart as ONE undo step, and lint does not re-run for a move', async () => {
    const before = positions();
    const contentRev = useEditor.getState().contentRev;
    const result = await tidyUp(elk);
    expect(result.moved).toBeGreaterThan(0);
    expect(overlaps()).toBe(0);
    expect(useEditor.getState().history.past).toHaveLength(1);
    expect(useEditor.getState().contentRev).toBe(contentRev);
    expect(useEditor.getState().dragging).toBe(false);
    useEditor.getState().undo();
    expect(positions()).toEqual(before);
  });

  it('keeps pinned nodes where the user put them', async () => {
    useEditor.getState().load('d1', { ...pile(), nodes: pile().nodes.map((n) => (n.id === 'trainer' ? { ...n, pinned: true, position: { x: 700, y: 500 } } : n)) });
    await tidyUp(elk);
    expect(positions().trainer).toEqual({ x: 700, y: 500 });
    expect(overlaps()).toBe(0);
  });

  it('lets a second request supersede the first, still one undo step back to the start', async () => {
    const before = positions();
    const first = tidyUp(elk);
    useLayoutPrefs.getState().set({ direction: 'DOWN' });
    const second = tidyUp(elk);
    expect((await first).superseded).toBe(true);
    expect((await second).superseded).toBe(false);
    // Top to bottom: the request chain now runs downwards.
    const p = positions();
    expect(p.policy!.y).toBeGreaterThan(p.feed!.y);
    expect(useEditor.getState().history.past).toHaveLength(1);
    useEditor.getState().undo();
    expect(positions()).toEqual(before);
  });

  it('lays out only the selection when two or more nodes are selected', async () => {
    useEditor.getState().select({ nodeIds: new Set(['feed', 'ranker']) });
    const before = positions();
    await tidyUp(elk);
    const after = positions();
    expect(after.policy).toEqual(before.policy);
    expect(after.trainer).toEqual(before.trainer);
    expect(Math.abs(after.feed!.x - after.ranker!.x) >= 200 || Math.abs(after.feed!.y - after.ranker!.y) >= 84).toBe(true);
  });

  it('is offered as a command with Ctrl+Shift+L, and not on an empty design', () => {
    const key = { key: 'L', ctrlKey: true, metaKey: false, shiftKey: true, altKey: false };
    expect(matchesKeys(tidyUpCommand.keys, key)).toBe(true);
    expect(matchesKeys(tidyUpCommand.keys, { ...key, shiftKey: false })).toBe(false);
    const ctx = { design: { ...pile(), nodes: [] }, selection: useEditor.getState().selection, ui: {} as never };
    expect(tidyUpCommand.enabled!(ctx)).toBe(false);
  });
});
