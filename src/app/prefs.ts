import { create } from 'zustand';

/** The user's view preferences, kept per browser (not in the design file). */
export type Theme = 'light' | 'dark';

interface Prefs {
  theme: Theme;
  snap: boolean;
  setTheme(theme: Theme): void;
  toggleTheme(): void;
  toggleSnap(): void;
}

const KEY = 'mlsd-studio:prefs';

function initial(): Pick<Prefs, 'theme' | 'snap'> {
  const systemDark = typeof matchMedia !== 'undefined' && matchMedia('(prefers-color-scheme: dark)').matches;
  try {
    const saved = JSON.parse(localStorage.getItem(KEY) ?? '{}') as Partial<Prefs>;
    return { theme: saved.theme ?? (systemDark ? 'dark' : 'light'), snap: saved.snap ?? true };
  } catch {
    return { theme: systemDark ? 'dark' : 'light', snap: true };
  }
}

export const useUiPrefs = create<Prefs>()((set, get) => ({
  ...initial(),
  setTheme: (theme) => set({ theme }),
  toggleTheme: () => set({ theme: get().theme === 'dark' ? 'light' : 'dark' }),
  toggleSnap: () => set({ snap: !get().snap }),
}));

useUiPrefs.subscribe((s) => {
  try {
    localStorage.setItem(KEY, JSON.stringify({ theme: s.theme, snap: s.snap }));
  } catch {
    // Preferences are a convenience; the design itself is saved in IndexedDB.
  }
});
