import { create } from 'zustand';
import type { Direction } from '../core/layout';

/** How "Tidy up" arranges a design; kept per browser, like the theme. */
export interface LayoutPrefs {
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
