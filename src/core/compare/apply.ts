import { addNodes, connect, newNode } from '../document/edit';
import type { Design, Position } from '../document/types';
import { NODE_HEIGHT, NODE_WIDTH } from '../layout/sizes';
import type { Suggestion } from './compare';

/** Adds a suggested node and its connecting edges (flows as the editor picks them): one edit. */
export function applySuggestion(design: Design, suggestion: Suggestion, position: Position): { design: Design; nodeId: string } {
  const node = newNode(suggestion.kind, position, new Set(design.nodes.map((n) => n.id)));
  let next = addNodes(design, [node]);
  if (suggestion.connectFrom) next = connect(next, suggestion.connectFrom, node.id).design;
  if (suggestion.connectTo) next = connect(next, node.id, suggestion.connectTo).design;
  return { design: next, nodeId: node.id };
}

const GAP_X = 80;
const GAP_Y = 40;

interface Box {
  x: number;
  y: number;
}

const overlaps = (a: Box, b: Box) => Math.abs(a.x - b.x) < NODE_WIDTH + 20 && Math.abs(a.y - b.y) < NODE_HEIGHT + 20;

/**
 * Where to draw each suggestion as a ghost card: right of the node it would follow, left of the
 * node it would feed, below the pair when it sits between two; suggestions with no neighbour in
 * the design line up under it. Never on top of a card or another ghost.
 */
export function placeSuggestions(design: Design, suggestions: readonly Suggestion[]): Position[] {
  const at = new Map(design.nodes.map((n) => [n.id, n.position ?? { x: 0, y: 0 }]));
  const taken: Box[] = [...at.values()];
  const maxX = taken.length ? Math.max(...taken.map((p) => p.x)) : 0;
  const minX = taken.length ? Math.min(...taken.map((p) => p.x)) : 0;
  const maxY = taken.length ? Math.max(...taken.map((p) => p.y)) : -NODE_HEIGHT - GAP_Y;
  let looseX = minX;
  return suggestions.map((s) => {
    const from = s.connectFrom ? at.get(s.connectFrom) : undefined;
    const to = s.connectTo ? at.get(s.connectTo) : undefined;
    let wanted: Position;
    if (from && to) wanted = { x: (from.x + to.x) / 2, y: Math.max(from.y, to.y) + NODE_HEIGHT + GAP_Y };
    else if (from) wanted = { x: from.x + NODE_WIDTH + GAP_X, y: from.y };
    else if (to) wanted = { x: to.x - NODE_WIDTH - GAP_X, y: to.y };
    else {
      wanted = { x: looseX, y: maxY + 2 * NODE_HEIGHT + GAP_Y };
      looseX = looseX + NODE_WIDTH + GAP_X > maxX + NODE_WIDTH ? minX : looseX + NODE_WIDTH + GAP_X;
    }
    const place = { ...wanted };
    // Step down, then across, until the card lands on free canvas.
    for (let i = 1; taken.some((b) => overlaps(b, place)) && i < 200; i++) {
      place.y = wanted.y + (i % 8) * (NODE_HEIGHT + GAP_Y / 2);
      place.x = wanted.x + Math.floor(i / 8) * (NODE_WIDTH + GAP_X / 2);
    }
    taken.push(place);
    return place;
  });
}
