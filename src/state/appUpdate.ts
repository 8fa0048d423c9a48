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

/**
 * Registers the service worker once the page has loaded. The registration code (workbox-window) is
 * imported lazily, so it adds nothing to the first paint. Without service workers (an old browser,
 * the dev server, a private window that refuses them) the studio simply works online only.
 */
export function startUpdateChecks(): void {
  if (import.meta.env.DEV || !('serviceWorker' in navigator)) return;
  void import('virtual:pwa-register').then(({ registerSW }) => {
    activate = registerSW({
      onNeedRefresh: () => useAppUpdate.setState({ updateReady: true }),
      onOfflineReady: () => useAppUpdate.setState({ offlineReady: true }),
      onNeedReload: reloadOnce,
    });
  });
}
