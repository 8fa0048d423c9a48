import { nearestInDirection } from '../../core/graph/nearest';
import { type Design, moveNodes, nodeLabel, type Position } from '../../core/document';
import { GRID } from '../place';
import type { Selection } from '../store';
import { arrowDirection } from './keys';
import { anchorOf } from './palette';
import { type CommandContext, defineCommand } from './types';

const arrows = (mods: string) => ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown'].map((a) => mods + a);

/** The card the keyboard acts on: the focused one, else the last one selected. */
export function currentCard({ design, selection, ui }: Pick<CommandContext, 'design' | 'selection' | 'ui'>): string | undefined {
  const focused = ui.focusedNode();
  if (focused && design.nodes.some((n) => n.id === focused)) return focused;
  return anchorOf(design, selection);
}

const labelOf = (design: Design, id: string) => {
  const node = design.nodes.find((n) => n.id === id);
  return node ? nodeLabel(node) : id;
};

const only = (id: string): Partial<Selection> => ({ nodeIds: new Set([id]), edgeIds: new Set() });

/** Arrows: focus (and select) the nearest card in that direction. */
export const focusNearest = defineCommand({
  name: 'focus-nearest',
  label: 'Go to the nearest card in that direction',
  keys: arrows(''),
  where: 'canvas',
  enabled: (ctx) => !!arrowDirection(ctx.key) && !!currentCard(ctx),
  perform(ctx) {
    const from = currentCard(ctx)!;
    const direction = arrowDirection(ctx.key)!;
    const points = ctx.design.nodes.map((n) => ({ id: n.id, x: n.position?.x ?? 0, y: n.position?.y ?? 0 }));
    const to = nearestInDirection(points, from, direction);
    if (!to) {
      ctx.ui.announce(`No card ${direction === 'left' || direction === 'right' ? `to the ${direction}` : direction === 'up' ? 'above' : 'below'} ${labelOf(ctx.design, from)}`);
      return;
    }
    ctx.ui.focusNode(to);
    return { design: ctx.design, select: only(to) };
  },
});

function nudge(ctx: CommandContext, step: number) {
  const id = currentCard(ctx)!;
  const direction = arrowDirection(ctx.key)!;
  // The whole selection moves when the focused card is part of it, as a drag would move it.
  const ids = ctx.selection.nodeIds.has(id) ? [...ctx.selection.nodeIds] : [id];
  const dx = direction === 'left' ? -step : direction === 'right' ? step : 0;
  const dy = direction === 'up' ? -step : direction === 'down' ? step : 0;
  const positions = new Map<string, Position>();
  for (const n of ctx.design.nodes) {
    if (!ids.includes(n.id)) continue;
    const p = n.position ?? { x: 0, y: 0 };
    positions.set(n.id, { x: p.x + dx, y: p.y + dy });
  }
  const moved = positions.get(id)!;
  const what = ids.length > 1 ? `${ids.length} cards` : labelOf(ctx.design, id);
  ctx.ui.announce(`Moved ${what} ${direction}, to ${Math.round(moved.x)}, ${Math.round(moved.y)}`);
  return { design: moveNodes(ctx.design, positions), content: false, burst: `move:${[...ids].sort().join(',')}` };
}

const canNudge = (ctx: CommandContext) => !!arrowDirection(ctx.key) && !!currentCard(ctx);

/** Alt+arrows: move the focused card by a grid step; the moves made while Alt is held are one undo step. */
export const moveCard = defineCommand({
  name: 'move-card',
  label: 'Move the card by a grid step',
  keys: arrows('Alt+'),
  where: 'canvas',
  enabled: canNudge,
  perform: (ctx) => nudge(ctx, GRID),
});

/** Alt+Shift+arrows: the same, five grid steps at a time. */
export const moveCardFar = defineCommand({
  name: 'move-card-far',
  label: 'Move the card by five grid steps',
  keys: arrows('Alt+Shift+'),
  where: 'canvas',
  enabled: canNudge,
  perform: (ctx) => nudge(ctx, GRID * 5),
});

/** C: pick another card by name and draw an edge to it from the current card (the flow picked as for a mouse wire). */
export const connectTo = defineCommand({
  name: 'connect-to',
  label: 'Connect to…',
  keys: ['C'],
  enabled: (ctx) => !!currentCard(ctx) && ctx.design.nodes.length > 1,
  perform(ctx) {
    const id = currentCard(ctx)!;
    ctx.ui.open('connect');
    return { design: ctx.design, select: only(id) };
  },
});

/** Enter on a card: its fields in the Inspector, focus on the first one. */
export const editInInspector = defineCommand({
  name: 'edit-in-inspector',
  label: 'Edit the card in the Inspector',
  keys: ['Enter'],
  where: 'canvas',
  enabled: (ctx) => !!currentCard(ctx),
  perform(ctx) {
    const id = currentCard(ctx)!;
    ctx.ui.focusInspector();
    return { design: ctx.design, select: only(id) };
  },
});

/** Escape in the side panel: back to the selected card on the canvas. */
export const backToCanvas = defineCommand({
  name: 'back-to-canvas',
  label: 'Back from the Inspector to the card',
  keys: ['Escape'],
  where: 'side',
  enabled: ({ design, selection }) => !!anchorOf(design, selection),
  perform({ design, selection, ui }) {
    ui.focusNode(anchorOf(design, selection)!);
  },
});

export const KEYBOARD_COMMANDS = [focusNearest, moveCard, moveCardFar, connectTo, editInInspector, backToCanvas] as const;
