import type { Position } from '../../core/document';
import { useEditor } from '../store';

/** Length of the move from the old positions to the new ones. */
export const TIDY_ANIMATION_MS = 250;

const ease = (t: number) => 1 - (1 - t) ** 3;

function reducedMotion(): boolean {
  return typeof matchMedia !== 'undefined' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/**
 * Moves nodes to `targets` over TIDY_ANIMATION_MS. The frames are transient (a drag session: no
 * undo step, no autosave, no lint); the drag ends on the last frame, which makes the whole move
 * ONE undo step back to where the nodes were before the first of any superseded requests.
 */
export function createNodeAnimator() {
  let frame = 0;
  let animating = false;
  let finishPrevious: (() => void) | undefined;

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

  return { animateTo, isAnimating: () => animating };
}
