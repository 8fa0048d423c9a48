import { type ReactFlowState, useOnViewportChange, useReactFlow, useStore, type Viewport, ViewportPortal } from '@xyflow/react';
import { lazy, memo, Suspense, useCallback, useEffect } from 'react';
import { type Peer, useRoom } from '../state/room/roomState';
import './RemoteCursors.css';

const zoomOf = (s: ReactFlowState) => s.transform[2];

// Loaded when someone in the room presents.
const PresenterFollower = lazy(() => import('./PresenterFollower').then((m) => ({ default: m.PresenterFollower })));

/** Another person's selection: an outline in their colour around each card they selected. */
function SelectionOutlines({ peer }: { peer: Peer }) {
  const boxes = useStore((s) =>
    peer.selection.flatMap((id) => {
      const node = s.nodeLookup.get(id);
      if (!node) return [];
      const { x, y } = node.internals.positionAbsolute;
      return [`${id}|${x}|${y}|${node.measured.width ?? 0}|${node.measured.height ?? 0}`];
    }).join(';'),
  );
  if (!boxes) return null;
  return (
    <>
      {boxes.split(';').map((box) => {
        const [id, x, y, w, h] = box.split('|');
        return (
          <div
            key={id}
            className="remote-selection"
            style={{ transform: `translate(${Number(x) - 4}px, ${Number(y) - 4}px)`, width: Number(w) + 8, height: Number(h) + 8, borderColor: peer.color }}
            data-peer={peer.name}
          />
        );
      })}
    </>
  );
}

/** Another person's pointer, in flow coordinates so it sits on the same card at any zoom; drawn at a constant size. */
const Cursor = memo(function Cursor({ peer, zoom }: { peer: Peer; zoom: number }) {
  if (!peer.cursor) return null;
  return (
    <div className="remote-cursor" style={{ transform: `translate(${peer.cursor.x}px, ${peer.cursor.y}px) scale(${1 / zoom})` }} aria-label={`${peer.name}’s pointer`} role="img">
      <svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true">
        <path d="M1 1 L16 8 L9 10 L6 17 Z" fill={peer.color} stroke="white" strokeWidth="1.5" />
      </svg>
      <span className="remote-cursor__name" style={{ background: peer.color }}>
        {peer.name}
      </span>
    </div>
  );
});

/**
 * Presence on the canvas during a live session: others' pointers and selections, this tab's pointer
 * and viewport published (throttled by the room client), and following someone's view until the
 * user moves the canvas.
 */
export function RemoteCursors() {
  const room = useRoom((s) => s.room);
  const peers = useRoom((s) => s.peers);
  const publish = useRoom((s) => s.publish);
  const following = useRoom((s) => s.peers.find((p) => p.clientId === s.following));
  const presented = useRoom((s) => s.peers.some((p) => p.presenting));
  const zoom = useStore(zoomOf);
  const rf = useReactFlow();
  const domNode = useStore((s) => s.domNode);

  // A stable callback: React Flow copies it into its store on every change of identity, and each
  // such store update re-runs every card's and edge's selector (an edit would pay it twice).
  const publishViewport = useCallback((v: Viewport) => useRoom.getState().publish?.viewport(v), []);
  useOnViewportChange({ onChange: publishViewport });

  useEffect(() => {
    if (!domNode || !publish) return;
    const pane = domNode;
    const move = (e: PointerEvent) => publish.cursor(rf.screenToFlowPosition({ x: e.clientX, y: e.clientY }));
    const leave = () => publish.cursor(undefined);
    // Moving the canvas oneself ends following.
    const takeOver = () => useRoom.getState().following !== undefined && useRoom.setState({ following: undefined });
    pane.addEventListener('pointermove', move);
    pane.addEventListener('pointerleave', leave);
    pane.addEventListener('pointerdown', takeOver);
    pane.addEventListener('wheel', takeOver, { passive: true });
    return () => {
      pane.removeEventListener('pointermove', move);
      pane.removeEventListener('pointerleave', leave);
      pane.removeEventListener('pointerdown', takeOver);
      pane.removeEventListener('wheel', takeOver);
    };
  }, [domNode, publish, rf]);

  const vp = following?.viewport;
  useEffect(() => {
    if (vp) void rf.setViewport(vp);
  }, [vp, rf]);

  if (!room) return null;
  return (
    <>
      {presented && (
        <Suspense fallback={null}>
          <PresenterFollower />
        </Suspense>
      )}
      <ViewportPortal>
        {peers.map((p) => (
          <SelectionOutlines key={`s${p.clientId}`} peer={p} />
        ))}
        {peers.map((p) => (
          <Cursor key={`c${p.clientId}`} peer={p} zoom={zoom} />
        ))}
      </ViewportPortal>
    </>
  );
}
