import { create } from 'zustand';
import type { Position } from '../../core/document';
import { type Direction, type Elk, layoutDesign } from '../../core/layout';
import { workerElk } from '../../canvas/layout/layoutClient';
import { notify } from '../notify';
import { useEditor } from '../store';
import { type Command, mod } from './types';

/** How "Tidy up" arranges a design; kept per browser, like the theme. */
interface LayoutPrefs {
  direction: Direction;
  /** Arrange in online / nearline / offline lanes, and draw the lanes as bands behind the nodes. */
  lanes: boolean;
  set(prefs: Partial<Pick<LayoutPrefs, 'direction' | 'lanes'>>): void;
}

const KEY = 'mlsd-studio:layout';

function saved(): Pick<LayoutPrefs, 'direction' | 'lanes'> {
  try {
    const s = JSON.parse(globalThis.localStorage?.getItem(KEY) ?? '{}') as Partial<LayoutPrefs>;
    return { direction: s.direction === 'DOWN' ? 'DOWN' : 'RIGHT', lanes: s.lanes === true };
  } catch {
    return { direction: 'RIGHT', lanes: false };
  }
}

export const useLayoutPrefs = create<LayoutPrefs>()((set) => ({ ...saved(), set: (p) => set(p) }));

useLayoutPrefs.subscribe((s) => {
  try {
    globalThis.localStorage?.setItem(KEY, JSON.stringify({ direction: s.direction, lanes: s.lanes }));
  } catch {
    // A preference only; the layout itself is saved in the design.
  }
});

/** Length of the move from the old positions to the new ones. */
export const TIDY_ANIMATION_MS = 250;

let request = 0;
let frame = 0;
let animating = false;
let finishPrevious: (() => void) | undefined;

const ease = (t: number) => 1 - (1 - t) ** 3;

function reducedMotion(): boolean {
  return typeof matchMedia !== 'undefined' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/**
 * Moves nodes to `targets` over TIDY_ANIMATION_MS. The frames are transient (a drag session: no
 * undo step, no autosave, no lint); the drag ends on the last frame, which makes the whole move
 * ONE undo step back to where the nodes were before the first of any superseded requests.
 */
function animateTo(targets: Map<string, Position>): Promise<void> {
  const editor = useEditor.getState();
  cancelAnimationFrame(frame);
  finishPrevious?.();
  if (!animating) editor.beginDrag();
  animating = true;
  const from = new Map(editor.design.nodes.filter((n) => targets.has(n.id)).map((n) => [n.id, n.position ?? targets.get(n.id)!]));
  const duration = reducedMotion() ? 0 : TIDY_ANIMATION_MS;
  const start = performance.now();
  return new Promise((resolve) => {
    finishPrevious = resolve;
    const step = (now: number) => {
      const t = duration ? Math.min(1, (now - start) / duration) : 1;
      const k = ease(t);
      const frameAt = new Map<string, Position>();
      for (const [id, to] of targets) {
        const a = from.get(id) ?? to;
        frameAt.set(id, t >= 1 ? to : { x: a.x + (to.x - a.x) * k, y: a.y + (to.y - a.y) * k });
      }
      useEditor.getState().dragNodes(frameAt);
      if (t < 1) {
        frame = requestAnimationFrame(step);
        return;
      }
      animating = false;
      finishPrevious = undefined;
      useEditor.getState().endDrag();
      resolve();
    };
    frame = requestAnimationFrame(step);
  });
}

export interface TidyUpResult {
  moved: number;
  /** A newer request replaced this one before it finished. */
  superseded: boolean;
}

/**
 * Lays out the whole design, or only the selected nodes when two or more are selected, with ELK
 * in the worker, then animates the nodes there. Pinned nodes stay. A second request while one
 * runs supersedes it: the first one's result is dropped, or its animation stops where it is.
 */
export async function tidyUp(elk: Elk = workerElk): Promise<TidyUpResult> {
  const id = ++request;
  const { design, selection } = useEditor.getState();
  const { direction, lanes } = useLayoutPrefs.getState();
  const selected = design.nodes.filter((n) => selection.nodeIds.has(n.id)).map((n) => n.id);
  const onlyIds = selected.length >= 2 ? selected : undefined;
  if (!design.nodes.length) {
    notify('There is nothing to tidy up: the design is empty.');
    return { moved: 0, superseded: false };
  }
  let layout;
  const started = performance.now();
  try {
    layout = await layoutDesign(design, elk, { direction, lanes, onlyIds });
    // User Timing entries, so the benchmark (and DevTools) can see how long layout takes.
    performance.measure('mlsd:tidy-up:layout', { start: started, detail: { nodes: design.nodes.length } });
  } catch (e) {
    if (id === request) notify(`Tidy up failed: ${(e as Error).message}`, 'error');
    return { moved: 0, superseded: id !== request };
  }
  if (id !== request) return { moved: 0, superseded: true };
  const current = useEditor.getState().design;
  const targets = new Map<string, Position>();
  for (const n of current.nodes) {
    const box = layout.nodes[n.id];
    if (!box || n.pinned) continue;
    const to = { x: Math.round(box.x), y: Math.round(box.y) };
    if (!n.position || n.position.x !== to.x || n.position.y !== to.y) targets.set(n.id, to);
  }
  if (!targets.size && !animating) return { moved: 0, superseded: false };
  await animateTo(targets);
  performance.measure('mlsd:tidy-up', { start: started, detail: { nodes: design.nodes.length } });
  return { moved: targets.size, superseded: id !== request };
}

export const tidyUpCommand: Command = {
  name: 'tidy-up',
  label: 'Tidy up',
  shortcut: 'Ctrl+Shift+L',
  keyTest: (e) => mod(e) && e.shiftKey && !e.altKey && e.key.toLowerCase() === 'l',
  enabled: ({ design }) => design.nodes.length > 0,
  perform: () => void tidyUp(),
};

export const layoutOptionsCommand: Command = {
  name: 'layout-options',
  label: 'Layout options…',
  perform: ({ ui }) => ui.open('layout'),
};
