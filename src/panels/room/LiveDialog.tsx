import { useEffect, useState } from 'react';
import { roomLinkOf } from '../../state/room/links';
import { rememberedName, useRoom } from '../../state/room/roomState';
import { Dialog } from '../Dialog';
import './room.css';

const loadClient = () => import('../../state/room/client');

function CopyField({ label, value, hint }: { label: string; value: string; hint: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <div className="live__link">
      <label>
        <span className="live__label">{label}</span>
        <input readOnly value={value} aria-label={label} onFocus={(e) => e.currentTarget.select()} />
      </label>
      <button
        type="button"
        aria-label={`Copy ${label.toLowerCase()} link`}
        onClick={() =>
          navigator.clipboard.writeText(value).then(
            () => setCopied(true),
            () => setCopied(false),
          )
        }
      >
        {copied ? 'Copied' : 'Copy'}
      </button>
      <p className="muted small">{hint}</p>
    </div>
  );
}

/**
 * Start a live session, join one from a link, hand out invitations, leave. Nothing goes over the
 * network until the user presses Start or Join, and the dialog names the server first.
 */
export function LiveDialog({ onClose }: { onClose(): void }) {
  const room = useRoom((s) => s.room);
  const links = useRoom((s) => s.links);
  const role = useRoom((s) => s.role);
  const [name, setName] = useState(rememberedName);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const pending = room ? undefined : roomLinkOf(location.hash);
  const server = location.origin;

  const run = async (work: (client: Awaited<ReturnType<typeof loadClient>>) => Promise<void>) => {
    setBusy(true);
    setError(undefined);
    try {
      await work(await loadClient());
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  const trimmed = name.trim();
  const start = () => run((c) => c.startLiveSession(trimmed));
  const join = () => pending && run((c) => c.joinRoom(pending, trimmed));

  // A room link opened by someone whose name is known joins at once.
  useEffect(() => {
    if (pending && trimmed && !busy && !error) void join();
  }, []);

  return (
    <Dialog title="Live session" onClose={onClose}>
      {room ? (
        <div className="live">
          <p>
            {role === 'view' ? 'You are watching this session: you see every edit live, and cannot edit.' : 'You are in a live session: everyone with an edit link edits this design with you.'}{' '}
            Rooms are kept on <strong>{server}</strong>.
          </p>
          {links?.edit && <CopyField label="Invite to edit" value={links.edit} hint="Anyone with this link can edit the design." />}
          {links?.view && <CopyField label="Invite to watch" value={links.view} hint="Anyone with this link sees the design live and cannot change it." />}
          <div className="live__actions">
            <button
              type="button"
              onClick={() =>
                void loadClient().then((c) => {
                  c.leaveRoom();
                  onClose();
                })
              }
            >
              Leave session
            </button>
            <button type="button" className="primary" onClick={onClose}>
              Done
            </button>
          </div>
        </div>
      ) : (
        <form
          className="live"
          onSubmit={(e) => {
            e.preventDefault();
            if (trimmed) void (pending ? join() : start());
          }}
        >
          <p>
            {pending ? 'You opened a link to a live session. ' : 'Work on this design with others, live: the design is copied to a room on the server, and you get a link to edit and a link to watch. '}
            The room server is <strong>{server}</strong> (where this studio was loaded from). Nothing is sent before you press {pending ? 'Join' : 'Start'}.
          </p>
          <label className="live__name">
            Your name, as others see it
            <input autoFocus value={name} maxLength={40} onChange={(e) => setName(e.target.value)} required aria-label="Your name" />
          </label>
          {error && (
            <p role="alert" className="live__error">
              {error}
            </p>
          )}
          <div className="live__actions">
            <button type="submit" className="primary" disabled={busy || !trimmed}>
              {busy ? (pending ? 'Joining…' : 'Starting…') : pending ? (pending.watch ? 'Join to watch' : 'Join session') : 'Start live session'}
            </button>
          </div>
        </form>
      )}
    </Dialog>
  );
}
