import { describe, expect, it } from 'vitest';
import { moveNodes, setProp, updateNode } from '../core/document';
import { generateDesign } from '../core/testing/generate';
import { EMPTY_SELECTION } from '../state/store';
import { cardNameId, keepIfSame, toRfNodes } from './rf';

const design = generateDesign(60, 7);
const trainer = design.nodes.find((n) => n.kind === 'trainer')!;
const first = toRfNodes(design, EMPTY_SELECTION);

/** Which cards got a new React Flow object (React Flow re-adopts and redraws exactly those). */
const renewed = (next: readonly { id: string }[]) => next.filter((rf, i) => rf !== first[i]).map((rf) => rf.id);

describe('toRfNodes keeps React Flow objects of unchanged cards', () => {
  it('a prop edit changes no card object and keeps the array itself', () => {
    const next = toRfNodes(setProp(design, trainer.id, 'splitStrategy', 'random'), EMPTY_SELECTION, first);
    expect(renewed(next)).toEqual([]);
    expect(keepIfSame(first, next)).toBe(first);
  });

  it('a rename changes no card object either: the card is named by an element it draws itself', () => {
    const next = toRfNodes(updateNode(design, trainer.id, { label: 'Ranker trainer' }), EMPTY_SELECTION, first);
    expect(keepIfSame(first, next)).toBe(first);
    expect(next.find((rf) => rf.id === trainer.id)!.domAttributes).toMatchObject({ 'aria-labelledby': cardNameId(trainer.id) });
  });

  it('names a card by an element id that holds no space, whatever its node id', () => {
    expect(cardNameId('feature store 2')).not.toMatch(/\s/);
    expect(cardNameId('a b')).not.toBe(cardNameId('a%20b'));
  });

  it('a move renews only the moved card', () => {
    const next = toRfNodes(moveNodes(design, new Map([[trainer.id, { x: 4000, y: 4000 }]])), EMPTY_SELECTION, first);
    expect(renewed(next)).toEqual([trainer.id]);
    expect(next.find((rf) => rf.id === trainer.id)!.position).toEqual({ x: 4000, y: 4000 });
  });

  it('selecting a card renews it and the card that held the tab stop', () => {
    const tabStop = first.find((rf) => rf.domAttributes?.tabIndex === 0)!.id;
    const next = toRfNodes(design, { nodeIds: new Set([trainer.id]), edgeIds: new Set() }, first);
    expect(new Set(renewed(next))).toEqual(new Set([trainer.id, tabStop]));
    expect(next.find((rf) => rf.id === trainer.id)!.selected).toBe(true);
  });
});
