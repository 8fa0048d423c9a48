import { BaseEdge, EdgeLabelRenderer, type EdgeProps, getSmoothStepPath } from '@xyflow/react';
import { memo } from 'react';
import { CommentMarkerSlot } from './CommentMarkerSlot';
import { edgeSides } from './edgeSides';
import { NODE_HEIGHT, NODE_WIDTH } from '../core/layout/sizes';
import { HANDLE_SIZE } from './sizes';
import type { FlowRfEdge } from './rf';

/** Request edges are bold, data edges thin, feedback edges dashed (DOMAIN.md drawing conventions). */
function FlowEdgeView(props: EdgeProps<FlowRfEdge>) {
  const { id, sourceX, sourceY, targetX, targetY, data, selected, markerEnd } = props;
  // Cards have one size, so both cards' boxes follow from the handle points React Flow passes
  // (the outer edge of the right handle, the outer edge of the left one). Reading the nodes from
  // React Flow's store instead would make every edge re-check on every pan frame.
  const sourceBox = { x: sourceX - NODE_WIDTH - HANDLE_SIZE / 2, y: sourceY - NODE_HEIGHT / 2, width: NODE_WIDTH, height: NODE_HEIGHT };
  const targetBox = { x: targetX + HANDLE_SIZE / 2, y: targetY - NODE_HEIGHT / 2, width: NODE_WIDTH, height: NODE_HEIGHT };
  // Join the sides that face each other, so edges going back (feedback) or down never loop round a card.
  const sides = edgeSides(sourceBox, targetBox);
  const [path, labelX, labelY] = getSmoothStepPath({ ...sides, borderRadius: 10 });
  const flow = data?.edge.flow ?? 'data';
  const label = data?.edge.label;
  return (
    <>
      <BaseEdge
        id={id}
        path={path}
        markerEnd={markerEnd}
        className={`mlsd-edge mlsd-edge--${flow}${selected ? ' selected' : ''}${data?.highlight ? ' highlight' : ''}`}
        interactionWidth={16}
      />
      {label && (
        <EdgeLabelRenderer>
          <div className={`mlsd-edge-label mlsd-edge-label--${flow}`} style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}>
            {label}
          </div>
        </EdgeLabelRenderer>
      )}
      <CommentMarkerSlot edge={id} className="mlsd-edge-comments" style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY - (label ? 22 : 0)}px)` }} />
    </>
  );
}

export const FlowEdge = memo(FlowEdgeView);
