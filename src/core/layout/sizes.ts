/**
 * One node size for every kind, shared by the canvas, the SVG writer and ELK: layout can then
 * run before anything is rendered or measured, and an exported SVG matches the canvas.
 */
export const NODE_WIDTH = 200;
export const NODE_HEIGHT = 84;

/** Gaps ELK keeps; wide enough between layers for an edge label and a bend. */
export const SPACING = {
  nodeNode: 40,
  betweenLayers: 90,
  edgeNode: 20,
  edgeEdge: 14,
  /** Padding inside a lane band around its nodes. */
  lanePadding: 28,
  /** Space above a lane's nodes for the lane's name. */
  laneTitle: 26,
};
