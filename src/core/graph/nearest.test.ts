import { describe, expect, it } from 'vitest';
import { type Direction, firstInReadingOrder, nearestInDirection, type Point } from './nearest';

// A serving path left to right, a feature store below the ranker and a monitor far up and right:
//
//   client(0,0)   cands(300,0)   ranker(600,0)                monitor(1200,-500)
//                 cache(300,150) store(600,200)
const design: Point[] = [
  { id: 'client', x: 0, y: 0 },
  { id: 'cands', x: 300, y: 0 },
  { id: 'ranker', x: 600, y: 0 },
  { id: 'cache', x: 300, y: 150 },
  { id: 'store', x: 600, y: 200 },
  { id: 'monitor', x: 1200, y: -500 },
];

const table: { from: string; direction: Direction; to: string | undefined; why: string }[] = [
  { from: 'client', direction: 'right', to: 'cands', why: 'the next card in the row, though the cache is as close' },
  { from: 'cands', direction: 'right', to: 'ranker', why: 'straight on beats a diagonal' },
  { from: 'ranker', direction: 'left', to: 'cands', why: 'back along the row' },
  { from: 'cands', direction: 'down', to: 'cache', why: 'the card right below' },
  { from: 'cache', direction: 'up', to: 'cands', why: 'and back up' },
  { from: 'cache', direction: 'right', to: 'store', why: 'the store is in the cone to the right' },
  { from: 'ranker', direction: 'right', to: 'monitor', why: 'outside the cone, still the only card on that side' },
  { from: 'ranker', direction: 'up', to: 'monitor', why: 'the only card above' },
  { from: 'client', direction: 'left', to: undefined, why: 'nothing lies left of the first card' },
  { from: 'client', direction: 'up', to: 'monitor', why: 'the only card above, far off-axis' },
  { from: 'store', direction: 'down', to: undefined, why: 'nothing below the lowest card' },
  { from: 'missing', direction: 'right', to: undefined, why: 'an unknown card goes nowhere' },
];

describe('nearest card in a direction', () => {
  it.each(table)('$from $direction → $to ($why)', ({ from, direction, to }) => {
    expect(nearestInDirection(design, from, direction)).toBe(to);
  });

  it('prefers a card in the cone over a nearer one beside it', () => {
    const points = [
      { id: 'a', x: 0, y: 0 },
      { id: 'near-diagonal', x: 100, y: 110 },
      { id: 'far-ahead', x: 400, y: 0 },
    ];
    expect(nearestInDirection(points, 'a', 'right')).toBe('far-ahead');
  });

  it('starts at the top-left card', () => {
    expect(firstInReadingOrder(design)).toBe('monitor');
    expect(firstInReadingOrder(design.filter((p) => p.id !== 'monitor'))).toBe('client');
    expect(firstInReadingOrder([])).toBeUndefined();
  });
});
