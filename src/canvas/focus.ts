import type { ReactFlowState } from '@xyflow/react';
import type { UiServices } from '../state/commands';
import { useSideTab } from '../state/sideTab';

const cardSelector = (id: string) => `.react-flow__node[data-id="${CSS.escape(id)}"]`;

/**
 * Focuses what `selector` finds once React has drawn it and no modal dialog holds focus (a tab
 * switch or a closing dialog takes a frame or two; the Inspector's first showing loads its code, which
 * on a busy machine takes longer: up to about three seconds of frames).
 */
function focusWhenDrawn(selector: string, tries = 180): void {
  const el = document.querySelector<HTMLElement>(selector);
  el?.focus();
  if (el && document.activeElement === el) return;
  if (tries > 0) requestAnimationFrame(() => focusWhenDrawn(selector, tries - 1));
}

/** The id of the card that holds keyboard focus, if one does. */
export function focusedCard(): string | undefined {
  return document.activeElement?.closest<HTMLElement>('.react-flow__node')?.dataset.id;
}

/**
 * The keyboard's part of the screen services: which card has focus, moving focus between cards and
 * into the Inspector, and React Flow's own live region for small steps a screen reader should hear.
 */
export function keyboardServices(flowStore: { setState(partial: Partial<ReactFlowState>): void }): Pick<UiServices, 'focusedNode' | 'focusNode' | 'focusInspector' | 'announce'> {
  return {
    focusedNode: focusedCard,
    focusNode: (id) => focusWhenDrawn(cardSelector(id)),
    focusInspector() {
      useSideTab.getState().show('inspector');
      focusWhenDrawn('.inspector :is(input, textarea, select)');
    },
    announce: (message) => flowStore.setState({ ariaLiveMessage: message }),
  };
}
