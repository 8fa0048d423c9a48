import { create } from 'zustand';
import type { WalkthroughStep } from '../core/document';

/**
 * Presenter mode: view state, never saved with the design. While it is active the canvas cannot
 * be edited and only the presenter's keys work; the cards of the current step are lit, the rest dimmed.
 */
interface PresenterState {
  active: boolean;
  steps: WalkthroughStep[];
  index: number;
  /** Nodes of the current step. */
  focus: ReadonlySet<string>;
  /** Set while this tab follows someone presenting in a live room (their name); unset when presenting oneself. */
  leader?: string;
  start(steps: WalkthroughStep[]): void;
  stop(): void;
  go(index: number): void;
  /** Replaces the steps (after editing the order), keeping the position when it still exists. */
  setSteps(steps: WalkthroughStep[]): void;
}

const NONE: ReadonlySet<string> = new Set();
const focusOf = (steps: WalkthroughStep[], index: number) => new Set(steps[index]?.nodeIds ?? []);

export const usePresenter = create<PresenterState>()((set, get) => ({
  active: false,
  steps: [],
  index: 0,
  focus: NONE,
  start: (steps) => set({ active: true, steps, index: 0, focus: focusOf(steps, 0), leader: undefined }),
  stop: () => set({ active: false, steps: [], index: 0, focus: NONE, leader: undefined }),
  go(index) {
    const { steps } = get();
    const i = Math.max(0, Math.min(steps.length - 1, index));
    set({ index: i, focus: focusOf(steps, i) });
  },
  setSteps(steps) {
    const index = Math.max(0, Math.min(steps.length - 1, get().index));
    set({ steps, index, focus: focusOf(steps, index) });
  },
}));

/** How a card shows during a presentation: lit (in the step), dimmed, or as usual. */
export const presentedAs = (nodeId: string) => (s: PresenterState) => (!s.active ? '' : s.focus.has(nodeId) ? 'present-focus' : 'present-dim');
