import type { Position } from '../../core/document';
import { type Elk, layoutDesign } from '../../core/layout';
import { useLayoutPrefs } from '../layoutPrefs';
import { notify } from '../notify';
import { useEditor } from '../store';
import { snapshotBefore } from '../versions';
import { createNodeAnimator } from './animate';
import { workerElk } from './layoutClient';

const animator = createNodeAnimator();
/** Which tidy-up request is the newest: an older one that finishes later is dropped. */
const runs = { latest: 0 };

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
  const id = ++runs.latest;
  const { design, selection } = useEditor.getState();
  const { direction, lanes } = useLayoutPrefs.getState();
  const selected = design.nodes.filter((n) => selection.nodeIds.has(n.id)).map((n) => n.id);
  const onlyIds = selected.length >= 2 ? selected : undefined;
  if (!design.nodes.length) {
    notify('There is nothing to tidy up: the design is empty.');
    return { moved: 0, superseded: false };
  }
  void snapshotBefore('tidy up');
  let layout;
  const started = performance.now();
  try {
    layout = await layoutDesign(design, elk, { direction, lanes, onlyIds });
    // User Timing entries, so the benchmark (and DevTools) can see how long layout takes.
    performance.measure('mlsd:tidy-up:layout', { start: started, detail: { nodes: design.nodes.length } });
  } catch (e) {
    if (id === runs.latest) notify(`Tidy up failed: ${(e as Error).message}`, 'error');
    return { moved: 0, superseded: id !== runs.latest };
  }
  if (id !== runs.latest) return { moved: 0, superseded: true };
  const current = useEditor.getState().design;
  const targets = new Map<string, Position>();
  for (const n of current.nodes) {
    const box = layout.nodes[n.id];
    if (!box || n.pinned) continue;
    const to = { x: Math.round(box.x), y: Math.round(box.y) };
    if (!n.position || n.position.x !== to.x || n.position.y !== to.y) targets.set(n.id, to);
  }
  if (!targets.size && !animator.isAnimating()) return { moved: 0, superseded: false };
  await animator.animateTo(targets);
  performance.measure('mlsd:tidy-up', { start: started, detail: { nodes: design.nodes.length } });
  return { moved: targets.size, superseded: id !== runs.latest };
}
