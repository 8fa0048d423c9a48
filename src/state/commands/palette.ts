import { addNodes, connect, type Design, newNode, type Position } from '../../core/document';
import { NODE_HEIGHT, NODE_WIDTH } from '../../core/layout/sizes';
import type { Selection } from '../store';
import { type CommandResult, defineCommand } from './types';

/** Ctrl/Cmd+K: every kind and every command by name, from the keyboard. */
export const commandPaletteCommand = defineCommand({
  name: 'command-palette',
  label: 'Command palette',
  keys: ['Mod+K'],
  perform: ({ ui }) => ui.open('palette'),
});

const GAP_X = 80;
const GAP_Y = 40;

const overlaps = (a: Position, b: Position) => Math.abs(a.x - b.x) < NODE_WIDTH + 20 && Math.abs(a.y - b.y) < NODE_HEIGHT + 20;

/** The node a palette add chains on: the last one selected. */
export function anchorOf(design: Design, selection: Selection): string | undefined {
  const ids = [...selection.nodeIds].filter((id) => design.nodes.some((n) => n.id === id));
  return ids[ids.length - 1];
}

/**
 * Adds a component of `kind` right of the selected node, connected from it with the flow the
 * editor picks, and selects it so the next add chains on. With nothing selected it goes at `centre`.
 * One edit: one undo step.
 */
export function addKindNextTo(design: Design, selection: Selection, kind: string, centre: Position): CommandResult & { nodeId: string } {
  const anchorId = anchorOf(design, selection);
  const anchor = design.nodes.find((n) => n.id === anchorId);
  const origin = anchor?.position ?? { x: 0, y: 0 };
  const wanted = anchor ? { x: origin.x + NODE_WIDTH + GAP_X, y: origin.y } : { x: centre.x - NODE_WIDTH / 2, y: centre.y - NODE_HEIGHT / 2 };
  const place = { ...wanted };
  // Branching from a node that already has a successor to its right: stack the new card below it.
  for (let i = 1; design.nodes.some((n) => n.position && overlaps(n.position, place)) && i < 100; i++) {
    place.y = wanted.y + i * (NODE_HEIGHT + GAP_Y);
  }
  const node = newNode(kind, place, new Set(design.nodes.map((n) => n.id)));
  let next = addNodes(design, [node]);
  if (anchor) next = connect(next, anchor.id, node.id).design;
  return { design: next, nodeId: node.id, select: { nodeIds: new Set([node.id]), edgeIds: new Set() } };
}
