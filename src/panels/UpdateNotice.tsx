import { useEffect } from 'react';
import { useAppUpdate } from '../state/appUpdate';

const OFFLINE_READY_MS = 5000;

/**
 * Offers a waiting new version of the studio. It stays until the user reloads or dismisses it:
 * reloading is the user's choice, so nobody loses a half-typed label to an update.
 */
export function UpdateNotice() {
  const updateReady = useAppUpdate((s) => s.updateReady);
  const offlineReady = useAppUpdate((s) => s.offlineReady);
  const applyUpdate = useAppUpdate((s) => s.applyUpdate);
  const dismiss = useAppUpdate((s) => s.dismiss);

  useEffect(() => {
    if (!offlineReady || updateReady) return;
    const timer = setTimeout(dismiss, OFFLINE_READY_MS);
    return () => clearTimeout(timer);
  }, [offlineReady, updateReady, dismiss]);

  if (updateReady) {
    return (
      <div className="notice notice--info update-notice" role="status">
        <div className="notice__message">A new version of MLSD Studio is ready. Your design is kept when you reload.</div>
        <div className="update-notice__actions">
          <button type="button" className="fix" onClick={applyUpdate}>
            Reload to update
          </button>
          <button type="button" className="link" onClick={dismiss}>
            Later
          </button>
        </div>
      </div>
    );
  }
  if (offlineReady) {
    return (
      <div className="notice notice--info" role="status">
        <div className="notice__message">MLSD Studio is saved on this device and now works offline.</div>
        <button type="button" className="notice__close" aria-label="Dismiss" onClick={dismiss}>
          ×
        </button>
      </div>
    );
  }
  return null;
}
