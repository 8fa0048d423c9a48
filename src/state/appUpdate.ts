/// <reference types="vite-plugin-pwa/vanillajs" />
import { create } from 'zustand';

/**
 * The installed app's update cycle. The service worker precaches the build; when a newer build is
 * found, it waits (registerType 'prompt') and this store says so, so the notice can offer a reload
 * the user chooses: a reload is never forced in the middle of an edit.
 */
interface AppUpdateState {
  /** A newer version is downloaded and waiting for the user to accept it. */
  updateReady: boolean;
  /** The studio is cached and will open without a network. */
  offlineReady: boolean;
  /** Activates the waiting version and reloads the page; unsaved edits go to the journal on pagehide. */
  applyUpdate(): void;
  dismiss(): void;
}

let activate: ((reload?: boolean) => Promise<void>) | undefined;
let reloading = false;

/**
 * Reloads once the accepted version controls the page. workbox-window reloads only pages that were
 * already controlled when they registered, so the first visit's page is reloaded from here.
 */
function reloadOnce() {
  if (reloading) return;
  reloading = true;
  window.location.reload();
}

export const useAppUpdate = create<AppUpdateState>()((set) => ({
  updateReady: false,
  offlineReady: false,
  applyUpdate() {
    navigator.serviceWorker.addEventListener('controllerchange', reloadOnce, { once: true });
    void activate?.(true);
  },
  dismiss() {
    set({ updateReady: false, offlineReady: false });
  },
}));

/** Resolves after the page has loaded and the browser has a quiet moment. */
function afterStartUp(): Promise<void> {
  return new Promise((resolve) => {
    const idle = () => requestIdleCallback(() => resolve(), { timeout: 5000 });
    if (document.readyState === 'complete') idle();
    else window.addEventListener('load', idle, { once: true });
  });
}

/**
 * Registers the service worker once the studio has started: the offline copy (a few MB) is
 * downloaded after the first paint and the gallery, never in competition with them. The
 * registration code (workbox-window) is imported lazily for the same reason. Without service
 * workers (an old browser, the dev server, a window that refuses them) the studio works online only.
 */
export function startUpdateChecks(): void {
  if (import.meta.env.DEV || !('serviceWorker' in navigator)) return;
  void afterStartUp().then(() => import('virtual:pwa-register')).then(({ registerSW }) => {
    activate = registerSW({
      onNeedRefresh: () => useAppUpdate.setState({ updateReady: true }),
      onOfflineReady: () => useAppUpdate.setState({ offlineReady: true }),
      onNeedReload: reloadOnce,
    });
  });
}
