import { Handle, type NodeProps, Position } from '@xyflow/react';
import { memo } from 'react';
import { getKind } from '../core/catalog';
import { keyFigures, nodeLabel } from '../core/document';
import { useHighlight } from '../state/highlight';
import { presentedAs, usePresenter } from '../state/presenter';
import { useDesignNode } from '../state/store';
import { CommentMarkerSlot } from './CommentMarkerSlot';
import { NodeBadge } from './NodeBadge';
import { cardNameId, type ComponentRfNode } from './rf';

/** A component drawn as a whiteboard card: category colour, glyph, label, kind, key figures. */
function ComponentNodeView({ id, selected }: NodeProps<ComponentRfNode>) {
  const node = useDesignNode(id);
  const lit = useHighlight((s) => s.nodeIds.has(id));
  const presented = usePresenter(presentedAs(id));
  // Gone from the design a moment before React Flow drops the card.
  if (!node) return null;
  const kind = getKind(node.kind);
  const label = nodeLabel(node);
  const figures = keyFigures(node);
  return (
    <div
      className={`mlsd-node cat-${kind?.category ?? 'unknown'}${selected ? ' selected' : ''}${lit ? ' lit' : ''}${presented ? ` ${presented}` : ''}`}
      title={node.notes || kind?.description}
    >
      <Handle type="target" position={Position.Left} />
      <div className="mlsd-node__glyph" aria-hidden="true">
        {kind?.glyph ?? '?'}
      </div>
      <span id={cardNameId(id)} hidden>
        {`${label} (${kind?.label ?? node.kind})`}
      </span>
      <div className="mlsd-node__body">
        <div className="mlsd-node__label">{label}</div>
        {label !== kind?.label && <div className="mlsd-node__kind">{kind?.label ?? node.kind}</div>}
        {figures.length > 0 && <div className="mlsd-node__figures">{figures.join(' · ')}</div>}
      </div>
      {node.pinned && (
        <span className="mlsd-node__pin" title="Pinned: auto-layout keeps it in place" aria-label="pinned">
          ⚲
        </span>
      )}
      <NodeBadge nodeId={node.id} />
      <CommentMarkerSlot node={node.id} className="mlsd-node__comments" />
      <Handle type="source" position={Position.Right} />
    </div>
  );
}

export const ComponentNode = memo(ComponentNodeView);
