import { Position } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import { edgeSides } from './edgeSides';

const card = (x: number, y: number) => ({ x, y, width: 200, height: 84 });

describe('edge sides follow where the cards are', () => {
  it('left to right for a card to the right', () => {
    expect(edgeSides(card(0, 0), card(300, 200))).toMatchObject({ sourcePosition: Position.Right, targetPosition: Position.Left, sourceX: 200, targetX: 300 });
  });
  it('right to left for a card to the left (a feedback edge back to training)', () => {
    expect(edgeSides(card(600, 0), card(0, 0))).toMatchObject({ sourcePosition: Position.Left, targetPosition: Position.Right, sourceX: 600, targetX: 200 });
  });
  it('top to bottom for stacked cards', () => {
    expect(edgeSides(card(0, 0), card(50, 200))).toMatchObject({ sourcePosition: Position.Bottom, targetPosition: Position.Top, sourceY: 84, targetY: 200 });
    expect(edgeSides(card(0, 300), card(0, 0))).toMatchObject({ sourcePosition: Position.Top, targetPosition: Position.Bottom, sourceY: 300, targetY: 84 });
  });
});
