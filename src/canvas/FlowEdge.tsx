import { BaseEdge, EdgeLabelRenderer, type EdgeProps, getSmoothStepPath } from '@xyflow/react';
import { memo } from 'react';
import type { FlowRfEdge } from './rf';

/** Request edges are bold, data edges thin, feedback edges dashed (DOMAIN.md drawing conventions). */
function FlowEdgeView(props: EdgeProps<FlowRfEdge>) {
  const { id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data, selected, markerEnd } = props;
  const [path, labelX, labelY] = getSmoothStepPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, borderRadius: 10 });
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
    </>
  );
}

export const FlowEdge = memo(FlowEdgeView);
