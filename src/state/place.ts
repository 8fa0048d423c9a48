import { newNode, type Position } from '../core/document';
import { NODE_HEIGHT, NODE_WIDTH } from '../core/layout/sizes';
import { useUiPrefs } from './prefs';
import { useEditor } from './store';

/** The drag-and-drop type the palette puts a kind id under and the canvas accepts. */
export const KIND_MIME = 'application/x-mlsd-kind';

/** Snap-to-grid step; also the canvas's background dot spacing. */
export const GRID = 20;

/** Adds a component of a kind with its card centred on a canvas point, selected, as one undo step. */
export function addKindAt(kind: string, centre: Position): void {
  const editor = useEditor.getState();
  const corner = { x: centre.x - NODE_WIDTH / 2, y: centre.y - NODE_HEIGHT / 2 };
  const at = useUiPrefs.getState().snap ? { x: Math.round(corner.x / GRID) * GRID, y: Math.round(corner.y / GRID) * GRID } : corner;
  const node = newNode(kind, at, new Set(editor.design.nodes.map((n) => n.id)));
  editor.commit((d) => ({ ...d, nodes: [...d.nodes, node] }), { select: { nodeIds: new Set([node.id]), edgeIds: new Set() } });
}
