import { Handle, type NodeProps, Position } from '@xyflow/react';
import { memo } from 'react';
import { getKind } from '../core/catalog';
import { addGhost } from '../state/ghosts';
import type { GhostRfNode } from './ghostElements';
import './GhostNode.css';

/** A suggested component: a see-through dashed card that one click turns into a real one. */
function GhostNodeView({ data }: NodeProps<GhostRfNode>) {
  const { ghost } = data;
  const kind = getKind(ghost.suggestion.kind);
  const label = kind?.label ?? ghost.suggestion.kind;
  return (
    <div className={`ghost-node cat-${kind?.category ?? 'unknown'}`} title={ghost.suggestion.reason}>
      <Handle type="target" position={Position.Left} isConnectable={false} />
      <div className="ghost-node__glyph" aria-hidden="true">
        {kind?.glyph ?? '?'}
      </div>
      <div className="ghost-node__body">
        <div className="ghost-node__label">{label}</div>
        <div className="ghost-node__hint">suggested</div>
      </div>
      <button type="button" className="ghost-node__add nodrag nopan" aria-label={`Add suggested ${label}`} onClick={() => addGhost(ghost)}>
        + Add
      </button>
      <Handle type="source" position={Position.Right} isConnectable={false} />
    </div>
  );
}

export const GhostNode = memo(GhostNodeView);
