import { nodeLabel } from './props';
import type { CommentTarget, Design } from './types';

// Apart from the comment edits (comments.ts): the canvas markers need only these, in the first load.

/** The comment's node or edge is no longer in the design (it was deleted); the comment is kept. */
export function isOrphaned(design: Design, target: CommentTarget): boolean {
  if (target.node !== undefined) return !design.nodes.some((n) => n.id === target.node);
  return !design.edges.some((e) => e.id === target.edge);
}

/** What a comment is pinned to, in the user's words: the card's label or an edge's two ends. */
export function commentTargetLabel(design: Design, target: CommentTarget): string {
  const label = (nodeId: string) => {
    const node = design.nodes.find((n) => n.id === nodeId);
    return node ? nodeLabel(node) : nodeId;
  };
  if (target.node !== undefined) return isOrphaned(design, target) ? `${target.node} (deleted)` : label(target.node);
  const edge = design.edges.find((e) => e.id === target.edge);
  return edge ? `${label(edge.source)} → ${label(edge.target)}` : `edge ${target.edge} (deleted)`;
}
