import { EdgeLabelRenderer } from '@xyflow/react';
import { memo } from 'react';
import './CommentMarker.css';
import { commentTargetLabel } from '../core/document/commentTarget';
import type { CommentTarget } from '../core/document';
import { useSideTab } from '../state/sideTab';
import { useEditor } from '../state/store';

const openOn = (comments: ReturnType<typeof useEditor.getState>['design']['comments'], target: CommentTarget) =>
  comments?.reduce((n, c) => (!c.resolved && c.target.node === target.node && c.target.edge === target.edge ? n + 1 : n), 0) ?? 0;

/**
 * The open comments of a card or an edge, as a small button on it: pressing it selects the card or
 * edge and brings the inspector, where the thread is.
 */
function CommentMarkerView({ node, edge, className, style }: { node?: string; edge?: string; className: string; style?: React.CSSProperties }) {
  const target: CommentTarget = node === undefined ? { edge } : { node };
  const open = useEditor((s) => openOn(s.design.comments, target));
  const label = useEditor((s) => (open ? commentTargetLabel(s.design, target) : ''));
  if (!open) return null;
  const show = (e: React.MouseEvent) => {
    e.stopPropagation();
    const ids = (id: string | undefined) => new Set(id === undefined ? [] : [id]);
    useEditor.getState().select({ nodeIds: ids(node), edgeIds: ids(edge) });
    useSideTab.getState().show('inspector');
  };
  const button = (
    <button type="button" className={`${className} nodrag nopan`} style={style} aria-label={`${open} comment${open === 1 ? '' : 's'} on ${label}`} title="Open comments" onClick={show}>
      💬 {open}
    </button>
  );
  // An edge's marker sits over its middle, in React Flow's label layer, as edge labels do.
  return edge === undefined ? button : <EdgeLabelRenderer>{button}</EdgeLabelRenderer>;
}

export const CommentMarker = memo(CommentMarkerView);
