import { beforeEach, describe, expect, it } from 'vitest';
import { addNodes, emptyDesign, newNode } from '../../core/document';
import { endBurst } from '../keyboardBurst';
import { useEditor } from '../store';
import { connectCandidates } from '../connectTo';
import { commandForKey, type UiServices } from '.';
import { provideUi, runCommand } from './run';

const press = (key: string, mods: Partial<{ shiftKey: boolean; altKey: boolean }> = {}) => ({ key, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods });

let focused: string | undefined;
const seen: { opened: string[]; announced: string[]; focusedInspector: number } = { opened: [], announced: [], focusedInspector: 0 };

const ui = {
  focusedNode: () => focused,
  focusNode: (id: string) => void (focused = id),
  focusInspector: () => void seen.focusedInspector++,
  announce: (m: string) => void seen.announced.push(m),
  open: (p: string) => void seen.opened.push(p),
  notify() {},
} as Partial<UiServices> as UiServices;

// client → cands → ranker in a row, a store under the ranker.
function load() {
  const nodes = [
    { ...newNode('client-request', { x: 0, y: 0 }, new Set()), id: 'client' },
    { ...newNode('candidate-generation', { x: 300, y: 0 }, new Set()), id: 'cands' },
    { ...newNode('heavy-ranker', { x: 600, y: 0 }, new Set()), id: 'ranker' },
    { ...newNode('feature-store', { x: 600, y: 200 }, new Set()), id: 'store' },
  ];
  const design = { ...addNodes(emptyDesign(), nodes), edges: [{ id: 'client-cands', source: 'client', target: 'cands', flow: 'request' as const }] };
  useEditor.getState().load('d', design);
}

const at = (id: string) => useEditor.getState().design.nodes.find((n) => n.id === id)!.position;
/** Presses a key with focus on a card, as the canvas does. */
const key = (k: ReturnType<typeof press>) => {
  const command = commandForKey(k, 'canvas');
  if (command) runCommand(command, k);
  return command?.name;
};

beforeEach(() => {
  provideUi(ui);
  load();
  focused = 'client';
  seen.opened = [];
  seen.announced = [];
  seen.focusedInspector = 0;
});

describe('the canvas by keyboard', () => {
  it('arrows move focus and selection to the nearest card that way, and say when there is none', () => {
    key(press('ArrowRight'));
    expect(focused).toBe('cands');
    key(press('ArrowRight'));
    key(press('ArrowDown'));
    expect(focused).toBe('store');
    expect([...useEditor.getState().selection.nodeIds]).toEqual(['store']);
    key(press('ArrowDown'));
    expect(focused).toBe('store');
    expect(seen.announced).toEqual(['No card below Feature store']);
  });

  it('Alt+arrows move the focused card a grid step, Alt+Shift five, and a run of moves is one undo step', () => {
    key(press('ArrowRight', { altKey: true }));
    key(press('ArrowRight', { altKey: true }));
    key(press('ArrowDown', { altKey: true, shiftKey: true }));
    expect(at('client')).toEqual({ x: 40, y: 100 });
    expect(seen.announced.at(-1)).toBe('Moved Client request down, to 40, 100');
    endBurst(); // Alt released
    key(press('ArrowLeft', { altKey: true }));
    endBurst();
    expect(at('client')).toEqual({ x: 20, y: 100 });
    useEditor.getState().undo();
    expect(at('client')).toEqual({ x: 40, y: 100 });
    useEditor.getState().undo();
    expect(at('client')).toEqual({ x: 0, y: 0 });
  });

  it('Enter goes to the Inspector with the card selected; C opens the picker; both only with a card', () => {
    expect(key(press('Enter'))).toBe('edit-in-inspector');
    expect(seen.focusedInspector).toBe(1);
    expect([...useEditor.getState().selection.nodeIds]).toEqual(['client']);
    runCommand(commandForKey(press('c'))!, press('c'));
    expect(seen.opened).toEqual(['connect']);
    focused = undefined;
    useEditor.getState().select({ nodeIds: new Set() });
    runCommand(commandForKey(press('c'))!, press('c'));
    expect(seen.opened).toEqual(['connect']);
  });

  it('scoped keys answer only in their place: plain arrows do nothing outside the canvas', () => {
    expect(commandForKey(press('ArrowRight'))).toBeUndefined();
    expect(commandForKey(press('Escape'), 'side')?.name).toBe('back-to-canvas');
    expect(commandForKey(press('Escape'), 'canvas')).toBeUndefined();
  });
});

describe('Connect to… candidates', () => {
  it('offers the other cards nearest first, filtered by words of label, kind or id, and marks existing edges', () => {
    const design = useEditor.getState().design;
    expect(connectCandidates(design, 'client', '').map((c) => [c.id, c.connected])).toEqual([
      ['cands', true],
      ['ranker', false],
      ['store', false],
    ]);
    expect(connectCandidates(design, 'client', 'feat st').map((c) => c.id)).toEqual(['store']);
    expect(connectCandidates(design, 'client', 'rank').map((c) => c.id)).toEqual(['ranker']);
    expect(connectCandidates(design, 'client', 'nothing')).toEqual([]);
  });
});
