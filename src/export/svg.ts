import type { Design } from '../core/document';
import { type ThemeName, toSvg } from '../core/export';
import { bandsAround } from '../core/layout/bands-around';
import { type DesignLayout, type Direction, layoutForExport, type NodeBox } from '../core/layout';
import type { Finding } from '../core/lint';
import { workerElk } from '../canvas/layout/layoutClient';

export interface SvgExportOptions {
  theme: ThemeName;
  /** Findings to draw as badges, or none. */
  findings?: readonly Finding[];
  /** Draw the lane bands the canvas shows. */
  lanes?: { direction: Direction };
  /** Space around the drawing, in canvas units (the writer's default when left out). */
  margin?: number;
  showTitle?: boolean;
  /** Paint the theme's page colour (default); `false` leaves the page transparent. */
  background?: boolean;
}

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
export async function exportSvg(design: Design, options: SvgExportOptions): Promise<string> {
  let layout: DesignLayout = await layoutForExport(design, workerElk);
  if (options.lanes) {
    const lanes = bandsAround(design, options.lanes.direction);
    layout = { ...layout, lanes, bounds: lanes.reduce(union, layout.bounds) };
  }
  const { theme, findings, margin, showTitle, background } = options;
  return toSvg(design, layout, { theme, findings, margin, showTitle, background });
}
