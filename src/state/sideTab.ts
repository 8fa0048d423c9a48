import { create } from 'zustand';

export type SideTab = 'inspector' | 'findings' | 'outline' | 'interview';

/** Which tab of the side panel is in front; picking a card on the canvas brings the inspector. */
export const useSideTab = create<{ tab: SideTab; show(tab: SideTab): void }>()((set) => ({
  tab: 'findings',
  show: (tab) => set({ tab }),
}));
