import { useReactFlow } from '@xyflow/react';
import { useEffect, useState } from 'react';
import { usePresenter } from '../state/presenter';
import { useRoom } from '../state/room/roomState';
import './PresenterFollower.css';

const NONE: ReadonlySet<string> = new Set();

/**
 * Someone in the live room is presenting: this tab follows their steps (the step's cards lit and
 * framed, the rest dimmed, as on the presenter's screen) until "Stop following", which holds until
 * they start presenting again. Their speaker notes are never sent, so none show here. A tab that
 * presents itself follows no one.
 */
export function PresenterFollower() {
  const leader = useRoom((s) => s.peers.find((p) => p.presenting));
  const selfPresenting = usePresenter((s) => s.active && s.leader === undefined);
  const [stopped, setStopped] = useState<string>();
  const rf = useReactFlow();
  const step = leader?.presenting;
  const session = leader && step ? `${leader.clientId}:${step.since}` : undefined;
  const following = !!leader && !!step && !selfPresenting && session !== stopped;
  const nodeKey = step?.nodeIds.join('\n');

  useEffect(() => {
    if (!following || !leader || !step) return;
    usePresenter.setState({ active: true, leader: leader.name, steps: [], index: step.index, focus: new Set(step.nodeIds) });
    const nodes = step.nodeIds.length ? step.nodeIds.map((id) => ({ id })) : undefined;
    const frame = requestAnimationFrame(() => void rf.fitView({ nodes, padding: 0.25, maxZoom: 1.3, duration: 350 }));
    return () => cancelAnimationFrame(frame);
    // The step's identity is its index and cards; a new peers array with the same step changes nothing.
  }, [following, leader?.name, step?.index, nodeKey, rf]);

  // Following ends (stopped, or the presenter left or stopped): the canvas is this tab's again.
  useEffect(() => {
    if (!following && usePresenter.getState().leader !== undefined) usePresenter.setState({ active: false, leader: undefined, focus: NONE, index: 0 });
  }, [following]);
  useEffect(() => () => void (usePresenter.getState().leader !== undefined && usePresenter.setState({ active: false, leader: undefined, focus: NONE })), []);

  if (!following || !leader || !step) return null;
  return (
    <div className="presenter-follow" role="status" aria-label={`Following ${leader.name}`}>
      <span>
        Following <strong>{leader.name}</strong> · Step {step.index + 1} of {step.count}: <span className="presenter-follow__title">{step.title}</span>
      </span>
      <button type="button" onClick={() => setStopped(session)}>
        Stop following
      </button>
    </div>
  );
}
