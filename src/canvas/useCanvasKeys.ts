import { useEffect } from 'react';
import { commandForKey, getCommand } from '../state/commands';
import { matchesKeys } from '../state/commands/keys';
import { runCommand, uiServices } from '../state/commands/run';
import { endBurst } from '../state/keyboardBurst';
import { usePresenter } from '../state/presenter';
import { useEditor } from '../state/store';
import { focusedCard } from './focus';

function placeOf(target: EventTarget | null): 'canvas' | 'side' | undefined {
  if (!(target instanceof Element)) return undefined;
  if (target.closest('.react-flow__node')) return 'canvas';
  if (target.closest('.side')) return 'side';
  return undefined;
}

/** After a card is deleted from the keyboard, focus goes to the nearest card left rather than to the page. */
function neighbourOf(id: string): string | undefined {
  const { design, selection } = useEditor.getState();
  const from = design.nodes.find((n) => n.id === id)?.position ?? { x: 0, y: 0 };
  let best: { id: string; d: number } | undefined;
  for (const n of design.nodes) {
    if (selection.nodeIds.has(n.id)) continue;
    const d = Math.hypot((n.position?.x ?? 0) - from.x, (n.position?.y ?? 0) - from.y);
    if (!best || d < best.d) best = { id: n.id, d };
  }
  return best?.id;
}

/**
 * The canvas's own keys: arrows, Alt+arrows and Enter on a card, Escape in the side panel. They run
 * before React Flow's (which would move a selected card with plain arrows) and before the app's.
 */
export function useCanvasKeys(): void {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (document.querySelector('dialog[open]') || usePresenter.getState().active) return;
      const where = placeOf(e.target);
      const command = where && commandForKey(e, where);
      if (!command || command.where !== where) {
        if (e.key !== 'Alt' && e.key !== 'Shift') endBurst();
        const card = where === 'canvas' ? focusedCard() : undefined;
        if (card && useEditor.getState().selection.nodeIds.has(card) && matchesKeys(getCommand('delete').keys, e)) {
          const next = neighbourOf(card);
          // The app's Delete runs after this listener; focus follows once the card is gone.
          if (next) requestAnimationFrame(() => useEditor.getState().design.nodes.some((n) => n.id === next) && uiServices().focusNode(next));
        }
        return;
      }
      e.preventDefault();
      e.stopPropagation();
      runCommand(command, e);
    };
    const onKeyUp = (e: KeyboardEvent) => e.key === 'Alt' && endBurst();
    window.addEventListener('keydown', onKeyDown, true);
    window.addEventListener('keyup', onKeyUp);
    window.addEventListener('blur', endBurst);
    return () => {
      window.removeEventListener('keydown', onKeyDown, true);
      window.removeEventListener('keyup', onKeyUp);
      window.removeEventListener('blur', endBurst);
    };
  }, []);
}
