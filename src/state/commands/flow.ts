import { nextFlow, updateEdge } from '../../core/document';
import { defineCommand } from './types';

/** Steps the selected edge's flow (request → data → feedback): the fix for a default that guessed wrong. */
export const cycleEdgeFlow = defineCommand({
  name: 'cycle-edge-flow',
  label: 'Change the selected edge’s flow',
  keys: ['F'],
  enabled: ({ selection }) => selection.edgeIds.size === 1,
  perform({ design, selection, ui }) {
    const [id] = selection.edgeIds;
    const edge = design.edges.find((e) => e.id === id);
    if (!edge || selection.edgeIds.size !== 1) return;
    const flow = nextFlow(edge.flow);
    ui.notify(`${edge.source} → ${edge.target} is now ${flow}`);
    return { design: updateEdge(design, edge.id, { flow }) };
  },
});
