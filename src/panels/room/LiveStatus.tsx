import { useRoom } from '../../state/room/roomState';
import './room.css';

const CONNECTION_TEXT = { connecting: 'Connecting…', live: 'Live', reconnecting: 'Reconnecting…', offline: 'Offline' } as const;

/** In the toolbar during a session: connection state (always visible), the people in the room, follow. */
export function LiveStatus({ onOpen }: { onOpen(): void }) {
  const room = useRoom((s) => s.room);
  const connection = useRoom((s) => s.connection);
  const unsent = useRoom((s) => s.unsent);
  const peers = useRoom((s) => s.peers);
  const following = useRoom((s) => s.following);
  const role = useRoom((s) => s.role);
  const ended = useRoom((s) => s.ended === true);
  if (!room) return null;
  // An ended interview is not live any more, whatever the socket does while it is turned away.
  const state = ended ? 'Interview ended' : CONNECTION_TEXT[connection];
  const pendingText = unsent > 0 && connection !== 'live' ? `, ${unsent} ${unsent === 1 ? 'edit' : 'edits'} not yet sent` : '';
  return (
    <div className="live-status" role="group" aria-label="Live session">
      <button type="button" className={`live-status__state live-status__state--${ended ? 'offline' : connection}`} onClick={onOpen} title="Session links and details" aria-label={`Connection: ${state}${pendingText}${role === 'view' ? ' · watching' : ''}`}>
        <span className="live-status__dot" aria-hidden="true" />
        {state}
        {unsent > 0 && connection !== 'live' && ` · ${unsent} unsent`}
        {role === 'view' && ' · watching'}
      </button>
      <ul className="live-status__people" aria-label="Participants">
        {peers.map((p) => (
          <li key={p.clientId}>
            <button
              type="button"
              className="live-status__person"
              style={{ borderColor: p.color, background: following === p.clientId ? p.color : undefined }}
              aria-pressed={following === p.clientId}
              aria-label={`Follow ${p.name}`}
              title={`${p.name}${p.role === 'view' ? ' (watching)' : ''}: click to follow their view`}
              onClick={() => useRoom.setState({ following: following === p.clientId ? undefined : p.clientId })}
            >
              {p.name.slice(0, 2).toUpperCase()}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
