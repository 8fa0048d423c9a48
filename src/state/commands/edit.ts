import { fragmentOf, pasteFragment, removeElements } from '../../core/document';
import { type Command, mod, plainKey } from './types';

const hasSelection: Command['enabled'] = ({ selection }) => selection.nodeIds.size + selection.edgeIds.size > 0;
const hasNodes: Command['enabled'] = ({ selection }) => selection.nodeIds.size > 0;

export const deleteSelection: Command = {
  name: 'delete',
  label: 'Delete selection',
  shortcut: 'Delete',
  keyTest: (e) => plainKey(e) && (e.key === 'Delete' || e.key === 'Backspace'),
  enabled: hasSelection,
  perform: ({ design, selection }) => ({
    design: removeElements(design, selection.nodeIds, selection.edgeIds),
    select: { nodeIds: new Set(), edgeIds: new Set() },
  }),
};

export const duplicate: Command = {
  name: 'duplicate',
  label: 'Duplicate',
  shortcut: 'Ctrl+D',
  keyTest: (e) => mod(e) && !e.shiftKey && e.key.toLowerCase() === 'd',
  enabled: hasNodes,
  perform: ({ design, selection }) => {
    const pasted = pasteFragment(design, fragmentOf(design, selection.nodeIds), { x: 40, y: 40 });
    return { design: pasted.design, select: { nodeIds: new Set(pasted.nodeIds), edgeIds: new Set() } };
  },
};

export const copy: Command = {
  name: 'copy',
  label: 'Copy',
  shortcut: 'Ctrl+C',
  keyTest: (e) => mod(e) && !e.shiftKey && e.key.toLowerCase() === 'c',
  enabled: hasNodes,
  perform: ({ design, selection, ui }) => {
    ui.writeClipboard(fragmentOf(design, selection.nodeIds));
  },
};

export const cut: Command = {
  name: 'cut',
  label: 'Cut',
  shortcut: 'Ctrl+X',
  keyTest: (e) => mod(e) && !e.shiftKey && e.key.toLowerCase() === 'x',
  enabled: hasNodes,
  perform: ({ design, selection, ui }) => {
    ui.writeClipboard(fragmentOf(design, selection.nodeIds));
    return { design: removeElements(design, selection.nodeIds, new Set()), select: { nodeIds: new Set(), edgeIds: new Set() } };
  },
};

export const paste: Command = {
  name: 'paste',
  label: 'Paste',
  shortcut: 'Ctrl+V',
  keyTest: (e) => mod(e) && !e.shiftKey && e.key.toLowerCase() === 'v',
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
};

export const selectAll: Command = {
  name: 'select-all',
  label: 'Select all',
  shortcut: 'Ctrl+A',
  keyTest: (e) => mod(e) && !e.shiftKey && e.key.toLowerCase() === 'a',
  perform: ({ design }) => ({
    design,
    select: { nodeIds: new Set(design.nodes.map((n) => n.id)), edgeIds: new Set(design.edges.map((e) => e.id)) },
  }),
};
