import type { Design } from '../core/document';
import { type ImageOptions, toSvg } from '../core/export';
import { bandsAround } from '../core/layout/bands-around';
import { type DesignLayout, layoutForExport, type NodeBox } from '../core/layout';
import { workerElk } from '../state/layout/layoutClient';

function union(a: NodeBox, b: NodeBox): NodeBox {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return { x, y, width: Math.max(a.x + a.width, b.x + b.width) - x, height: Math.max(a.y + a.height, b.y + b.height) - y };
}

/**
 * The design as a vector SVG from the core writer (text stays text, system fonts), with every
 * node where it is on the canvas: `layoutForExport` keeps the positions and only routes edges.
 * The design file rides along in <metadata>.
 */
export async function exportSvg(design: Design, options: ImageOptions): Promise<string> {
  let layout: DesignLayout = await layoutForExport(design, workerElk);
  if (options.lanes) {
    const lanes = bandsAround(design, options.lanes.direction);
    layout = { ...layout, lanes, bounds: lanes.reduce(union, layout.bounds) };
  }
  const { theme, findings, margin, showTitle, background } = options;
  return toSvg(design, layout, { theme, findings, margin, showTitle, background });
}
