import { create } from 'zustand';

/** The user's view preferences, kept per browser (not in the design file). */
export type Theme = 'light' | 'dark';

interface Prefs {
  theme: Theme;
  /** True once the user picked a theme; until then the theme follows the system. */
  themeChosen: boolean;
  snap: boolean;
  toggleTheme(): void;
  toggleSnap(): void;
}

const KEY = 'mlsd-studio:prefs';
const systemQuery = typeof matchMedia !== 'undefined' ? matchMedia('(prefers-color-scheme: dark)') : undefined;
const systemTheme = (): Theme => (systemQuery?.matches ? 'dark' : 'light');

function initial(): Pick<Prefs, 'theme' | 'themeChosen' | 'snap'> {
  try {
    const saved = JSON.parse(localStorage.getItem(KEY) ?? '{}') as Partial<Prefs>;
    const chosen = saved.theme === 'light' || saved.theme === 'dark';
    return { theme: chosen ? saved.theme! : systemTheme(), themeChosen: chosen, snap: saved.snap ?? true };
  } catch {
    return { theme: systemTheme(), themeChosen: false, snap: true };
  }
}

export const useUiPrefs = create<Prefs>()((set, get) => ({
  ...initial(),
  toggleTheme: () => set({ theme: get().theme === 'dark' ? 'light' : 'dark', themeChosen: true }),
  toggleSnap: () => set({ snap: !get().snap }),
}));

systemQuery?.addEventListener('change', () => {
  if (!useUiPrefs.getState().themeChosen) useUiPrefs.setState({ theme: systemTheme() });
});

useUiPrefs.subscribe((s) => {
  try {
    localStorage.setItem(KEY, JSON.stringify({ theme: s.themeChosen ? s.theme : undefined, snap: s.snap }));
  } catch {
    // Preferences are a convenience; the design itself is saved in IndexedDB.
  }
});
