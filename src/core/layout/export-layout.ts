import type { Design } from '../document/types';
import { layoutDesign } from './layout';
import { positionedLayout } from './positioned';
import type { DesignLayout, Direction, Elk } from './types';

export interface ExportLayoutOptions {
  direction?: Direction;
  lanes?: boolean;
  /** Ignore the positions saved in the design and lay it out afresh (pinned nodes still stay). */
  relayout?: boolean;
}

/**
 * The layout an exported diagram uses. A design whose nodes all have positions was arranged by
 * someone: every node stays where it is and edges join the card sides that face each other, as
 * on the canvas, with no ELK pass (ELK's layered router cannot route around nodes it did not
 * place anyway). Otherwise, or with `relayout` or `lanes`, ELK lays the design out.
 */
export function layoutForExport(design: Design, elk: Elk, options: ExportLayoutOptions = {}): Promise<DesignLayout> {
  const direction = options.direction ?? 'RIGHT';
  const keep = !options.relayout && !options.lanes && design.nodes.length > 0 && design.nodes.every((n) => n.position);
  if (keep) return Promise.resolve(positionedLayout(design));
  return layoutDesign({ nodes: design.nodes, edges: design.edges }, elk, { direction, lanes: options.lanes });
}
