import { create } from 'zustand';

/** Messages for the user (saved, opened, failed…). Kept out of the editor store on purpose. */
export interface Notice {
  id: number;
  message: string;
  tone: 'info' | 'error';
  /** Lines of detail, e.g. each problem of a refused file with its JSON path. */
  details?: string[];
}

interface NoticeState {
  notices: Notice[];
  push(message: string, tone?: Notice['tone'], details?: string[]): void;
  dismiss(id: number): void;
}

let next = 1;

export const useNotices = create<NoticeState>()((set) => ({
  notices: [],
  push(message, tone = 'info', details) {
    const id = next++;
    set((s) => ({ notices: [...s.notices.filter((n) => n.message !== message), { id, message, tone, details }] }));
    if (tone === 'info') setTimeout(() => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })), 4000);
  },
  dismiss(id) {
    set((s) => ({ notices: s.notices.filter((n) => n.id !== id) }));
  },
}));

export const notify = (message: string, tone?: Notice['tone'], details?: string[]) => useNotices.getState().push(message, tone, details);
