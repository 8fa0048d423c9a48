import type { Fragment } from '../core/document';

/**
 * Copy/paste between tabs of the studio: the fragment goes to localStorage (shared by every tab of
 * this origin) and, when the browser allows it, to the system clipboard as JSON too.
 */
const KEY = 'mlsd-studio:clipboard';
const TAG = 'mlsd-studio/fragment';

export function writeClipboard(fragment: Fragment): void {
  const text = JSON.stringify({ format: TAG, ...fragment });
  try {
    localStorage.setItem(KEY, text);
  } catch {
    // A full localStorage only loses the cross-tab copy; the system clipboard may still have it.
  }
  void navigator.clipboard?.writeText(text).catch(() => {});
}

export function readClipboard(): Fragment | undefined {
  try {
    const parsed = JSON.parse(localStorage.getItem(KEY) ?? 'null') as ({ format: string } & Fragment) | null;
    if (!parsed || parsed.format !== TAG || !Array.isArray(parsed.nodes) || !Array.isArray(parsed.edges)) return undefined;
    return { nodes: parsed.nodes, edges: parsed.edges };
  } catch {
    return undefined;
  }
}
