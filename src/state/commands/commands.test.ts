import { describe, expect, it } from 'vitest';
import { type Design, emptyDesign, type Fragment, newNode } from '../../core/document';
import { EMPTY_SELECTION } from '../store';
import { commandForKey, getCommand, type UiServices } from '.';

const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }> = {}) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

function fakeUi(): UiServices & { clip?: Fragment } {
  const ui: UiServices & { clip?: Fragment } = {
    viewportCenter: () => ({ x: 500, y: 300 }),
    fitView() {},
    zoomIn() {},
    zoomOut() {},
    undo() {},
    redo() {},
    openFile() {},
    saveFile() {},
    newDesign() {},
    toggleTheme() {},
    toggleSnap() {},
    writeClipboard: (f) => (ui.clip = f),
    readClipboard: () => ui.clip,
    notify() {},
    open() {},
    focusedNode: () => undefined,
    focusNode() {},
    focusInspector() {},
    announce() {},
  };
  return ui;
}

const twoNodes = () => {
  const a = newNode('trainer', { x: 0, y: 0 }, new Set());
  const b = newNode('model-registry', { x: 300, y: 0 }, new Set());
  return { ...emptyDesign(), nodes: [a, b], edges: [{ id: 'a-b', source: a.id, target: b.id, flow: 'data' as const }] };
};

describe('commands', () => {
  it('maps shortcuts with Ctrl or Cmd', () => {
    expect(commandForKey(key('z', { ctrlKey: true }))?.name).toBe('undo');
    expect(commandForKey(key('Z', { metaKey: true, shiftKey: true }))?.name).toBe('redo');
    expect(commandForKey(key('d', { metaKey: true }))?.name).toBe('duplicate');
    expect(commandForKey(key('Backspace'))?.name).toBe('delete');
    expect(commandForKey(key('a', { ctrlKey: true }))?.name).toBe('select-all');
    expect(commandForKey(key('x'))).toBeUndefined();
  });

  it('F steps the selected edge through request, data and feedback, and says so', () => {
    const edgeSelected = { nodeIds: new Set<string>(), edgeIds: new Set(['a-b']) };
    const command = commandForKey(key('f'))!;
    expect(command.name).toBe('cycle-edge-flow');
    expect(command.enabled!({ design: twoNodes(), selection: EMPTY_SELECTION, ui: fakeUi() })).toBe(false);
    const said: string[] = [];
    let design: Design = twoNodes();
    const flows: string[] = [];
    for (let i = 0; i < 3; i++) {
      design = command.perform({ design, selection: edgeSelected, ui: { ...fakeUi(), notify: (m) => said.push(m) } })!.design;
      flows.push(design.edges[0].flow);
    }
    expect(flows).toEqual(['feedback', 'request', 'data']);
    expect(said[0]).toBe('trainer → model-registry is now feedback');
  });

  it('duplicate copies the selected nodes and their edges, and selects the copies', () => {
    const design = twoNodes();
    const result = getCommand('duplicate').perform({ design, selection: { nodeIds: new Set(['trainer', 'model-registry']), edgeIds: new Set() }, ui: fakeUi() });
    expect(result!.design.nodes.map((n) => n.id)).toEqual(['trainer', 'model-registry', 'trainer-2', 'model-registry-2']);
    expect(result!.design.edges.at(-1)).toMatchObject({ source: 'trainer-2', target: 'model-registry-2' });
    expect([...result!.select!.nodeIds!]).toEqual(['trainer-2', 'model-registry-2']);
  });

  it('copy then paste places the copies around the centre of the view', () => {
    const design = twoNodes();
    const ui = fakeUi();
    getCommand('copy').perform({ design, selection: { nodeIds: new Set(['trainer']), edgeIds: new Set() }, ui });
    const pasted = getCommand('paste').perform({ design, selection: EMPTY_SELECTION, ui })!;
    const copy = pasted.design.nodes.at(-1)!;
    expect(copy.id).toBe('trainer-2');
    expect(copy.position).toEqual({ x: 400, y: 260 });
  });

  it('delete removes selected nodes with their edges; disabled with nothing selected', () => {
    const design = twoNodes();
    const del = getCommand('delete');
    expect(del.enabled!({ design, selection: EMPTY_SELECTION, ui: fakeUi() })).toBe(false);
    const result = del.perform({ design, selection: { nodeIds: new Set(['trainer']), edgeIds: new Set() }, ui: fakeUi() })!;
    expect(result.design.nodes.map((n) => n.id)).toEqual(['model-registry']);
    expect(result.design.edges).toEqual([]);
  });
});
