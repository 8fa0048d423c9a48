import { BaseEdge, EdgeLabelRenderer, type EdgeProps, getSmoothStepPath, type InternalNode, useInternalNode } from '@xyflow/react';
import { memo } from 'react';
import { type Box, edgeSides } from './edgeSides';
import type { FlowRfEdge } from './rf';

function boxOf(node: InternalNode | undefined): Box | undefined {
  if (!node) return undefined;
  const { x, y } = node.internals.positionAbsolute;
  return { x, y, width: node.measured?.width ?? node.width ?? 0, height: node.measured?.height ?? node.height ?? 0 };
}

/** Request edges are bold, data edges thin, feedback edges dashed (DOMAIN.md drawing conventions). */
function FlowEdgeView(props: EdgeProps<FlowRfEdge>) {
  const { id, source, target, data, selected, markerEnd } = props;
  const sourceBox = boxOf(useInternalNode(source));
  const targetBox = boxOf(useInternalNode(target));
  // Join the sides that face each other, so edges going back (feedback) or down never loop round a card.
  const sides = sourceBox && targetBox ? edgeSides(sourceBox, targetBox) : props;
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
    </>
  );
}

export const FlowEdge = memo(FlowEdgeView);
