import { useNotices } from '../state/notify';
import { UpdateNotice } from './UpdateNotice';

/** Messages for the user; errors stay until dismissed and list their details (JSON paths). */
export function Notices() {
  const notices = useNotices((s) => s.notices);
  const dismiss = useNotices((s) => s.dismiss);
  return (
    <div className="notices" aria-live="polite">
      <UpdateNotice />
      {notices.map((n) => (
        <div key={n.id} className={`notice notice--${n.tone}`} role={n.tone === 'error' ? 'alert' : 'status'}>
          <div className="notice__message">{n.message}</div>
          {n.details && (
            <ul className="notice__details">
              {n.details.map((d, i) => (
                <li key={i}>
                  <code>{d}</code>
                </li>
              ))}
            </ul>
          )}
          <button type="button" className="notice__close" aria-label="Dismiss" onClick={() => dismiss(n.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
