import { fragmentOf, pasteFragment, removeElements } from '../../core/document';
import { type Command, defineCommand } from './types';

const hasSelection: Command['enabled'] = ({ selection }) => selection.nodeIds.size + selection.edgeIds.size > 0;
const hasNodes: Command['enabled'] = ({ selection }) => selection.nodeIds.size > 0;

export const deleteSelection = defineCommand({
  name: 'delete',
  label: 'Delete selection',
  keys: ['Delete', 'Backspace'],
  enabled: hasSelection,
  perform: ({ design, selection }) => ({
    design: removeElements(design, selection.nodeIds, selection.edgeIds),
    select: { nodeIds: new Set(), edgeIds: new Set() },
  }),
});

export const duplicate = defineCommand({
  name: 'duplicate',
  label: 'Duplicate',
  keys: ['Mod+D'],
  enabled: hasNodes,
  perform: ({ design, selection }) => {
    const pasted = pasteFragment(design, fragmentOf(design, selection.nodeIds), { x: 40, y: 40 });
    return { design: pasted.design, select: { nodeIds: new Set(pasted.nodeIds), edgeIds: new Set() } };
  },
});

export const copy = defineCommand({
  name: 'copy',
  label: 'Copy',
  keys: ['Mod+C'],
  enabled: hasNodes,
  perform: ({ design, selection, ui }) => {
    ui.writeClipboard(fragmentOf(design, selection.nodeIds));
  },
});

export const cut = defineCommand({
  name: 'cut',
  label: 'Cut',
  keys: ['Mod+X'],
  enabled: hasNodes,
  perform: ({ design, selection, ui }) => {
    ui.writeClipboard(fragmentOf(design, selection.nodeIds));
    return { design: removeElements(design, selection.nodeIds, new Set()), select: { nodeIds: new Set(), edgeIds: new Set() } };
  },
});

export const paste = defineCommand({
  name: 'paste',
  label: 'Paste',
  keys: ['Mod+V'],
  perform: ({ design, ui }) => {
    const fragment = ui.readClipboard();
    if (!fragment?.nodes.length) return;
    // Paste around the centre of the view, keeping the copied nodes' arrangement.
    const xs = fragment.nodes.map((n) => n.position?.x ?? 0);
    const ys = fragment.nodes.map((n) => n.position?.y ?? 0);
    const center = ui.viewportCenter();
    const offset = { x: center.x - (Math.min(...xs) + Math.max(...xs)) / 2 - 100, y: center.y - (Math.min(...ys) + Math.max(...ys)) / 2 - 40 };
    const pasted = pasteFragment(design, fragment, offset);
    return { design: pasted.design, select: { nodeIds: new Set(pasted.nodeIds), edgeIds: new Set() } };
  },
});

export const selectAll = defineCommand({
  name: 'select-all',
  label: 'Select all',
  keys: ['Mod+A'],
  perform: ({ design }) => ({
    design,
    select: { nodeIds: new Set(design.nodes.map((n) => n.id)), edgeIds: new Set(design.edges.map((e) => e.id)) },
  }),
});
