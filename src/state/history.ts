import type { Design } from '../core/document';

/** Deep enough for a whole interview: every edit of a 45-minute session, with room to spare. */
export const HISTORY_LIMIT = 500;

export interface History {
  past: Design[];
  future: Design[];
}

export const emptyHistory = (): History => ({ past: [], future: [] });

export function pushHistory(h: History, before: Design): History {
  const past = h.past.length >= HISTORY_LIMIT ? h.past.slice(1) : h.past.slice();
  past.push(before);
  return { past, future: [] };
}
