import type { NodeChange } from '@xyflow/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Position } from '../core/document';
import { applyDragStep, dragStep, throttleDragFrames, useLiveDrag, withLivePositions } from './liveDrag';

const move = (id: string, x: number, dragging = true): NodeChange => ({ id, type: 'position', position: { x, y: 0 }, dragging });

describe('a drag on the canvas', () => {
  beforeEach(() => useLiveDrag.setState({ positions: undefined }));

  it('keeps the dragged cards where the pointer is and hands over the final positions once, at the end', () => {
    const drops: ReadonlyMap<string, Position>[] = [];
    for (let x = 10; x <= 200; x += 10) applyDragStep(dragStep([move('trainer', x)]), (p) => drops.push(p));
    expect(drops).toEqual([]);
    expect(useLiveDrag.getState().positions?.get('trainer')).toEqual({ x: 200, y: 0 });
    applyDragStep(dragStep([move('trainer', 210, false)]), (p) => drops.push(p));
    expect(drops).toEqual([new Map([['trainer', { x: 210, y: 0 }]])]);
    expect(useLiveDrag.getState().positions).toBeUndefined();
  });

  it('ignores selection and size changes', () => {
    const step = dragStep([{ id: 'trainer', type: 'select', selected: true }, { id: 'trainer', type: 'dimensions', dimensions: { width: 1, height: 1 } }]);
    expect(step).toEqual({ moved: new Map(), ended: false });
  });

  it('moves only the dragged nodes, keeping every other node object', () => {
    const nodes = [{ id: 'a', position: { x: 0, y: 0 }, data: {} }, { id: 'b', position: { x: 5, y: 5 }, data: {} }];
    const out = withLivePositions(nodes, new Map([['b', { x: 50, y: 60 }]]));
    expect(out[0]).toBe(nodes[0]);
    expect(out[1]).toMatchObject({ id: 'b', position: { x: 50, y: 60 }, dragging: true });
    expect(withLivePositions(nodes, undefined)).toBe(nodes);
  });
});

describe('throttleDragFrames', () => {
  let clock = 0;
  beforeEach(() => {
    vi.useFakeTimers();
    clock = 0;
  });
  afterEach(() => vi.useRealTimers());

  it('sends at most one frame per interval, the latest one, and always the drop', () => {
    const sent: number[] = [];
    const frames = throttleDragFrames((p) => sent.push(p.get('a')!.x), 50, () => clock);
    for (let x = 1; x <= 10; x++) {
      frames.frame(new Map([['a', { x, y: 0 }]]));
      clock += 16;
      vi.advanceTimersByTime(16);
    }
    // 10 frames over 160 ms: the first at once, then the newest one each 50 ms.
    expect(sent.length).toBeGreaterThan(1);
    expect(sent.length).toBeLessThanOrEqual(4);
    expect(sent[0]).toBe(1);
    frames.end(new Map([['a', { x: 99, y: 0 }]]));
    expect(sent.at(-1)).toBe(99);
    const count = sent.length;
    vi.advanceTimersByTime(200);
    expect(sent.length).toBe(count);
  });
});
