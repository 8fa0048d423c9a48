import type { Design, DesignEdge, Flow } from '../document/types';
import { labelOnRoute } from '../layout/route';
import { EDGE_LABEL_FONT, edgeLabelSize } from '../layout/text';
import { type DesignLayout, type EdgeRoute, type LaneBand, routePoints } from '../layout/types';
import type { Finding } from '../lint/types';
import { designMetadata } from './svg-metadata';
import { cardDefs, nodeCard } from './svg-node';
import { FONT_STACK, THEME_COLORS, type ThemeName } from './theme';
import { escapeXml, fmt } from './xml';

export { extractDesignFromSvg } from './svg-metadata';

export interface SvgOptions {
  theme?: ThemeName;
  /** Findings to show as badges on their nodes (from `lint(design).findings`). */
  findings?: readonly Finding[];
  /** Space around the drawing, in pixels. */
  margin?: number;
  /** Draw the design's title above the diagram (default: when it has one). */
  showTitle?: boolean;
  /** Fill the page with the theme's background colour (default); `false` leaves it transparent. */
  background?: boolean;
}

const TITLE_SPACE = 40;
const EDGE_STYLE: Record<Flow, { width: number; dash?: string }> = {
  request: { width: 2.5 },
  data: { width: 1.4 },
  feedback: { width: 1.4, dash: '6 4' },
};

function markers(theme: ThemeName): string {
  const color = THEME_COLORS[theme].edge;
  return (['request', 'data', 'feedback'] as const)
    .map((flow) => {
      const size = flow === 'request' ? 12 : 10;
      return `<marker id="mlsd-arrow-${flow}" viewBox="0 0 10 10" refX="9" refY="5" markerUnits="userSpaceOnUse" markerWidth="${size}" markerHeight="${size}" orient="auto"><path d="M0,0 L10,5 L0,10 z" fill="${color}"/></marker>`;
    })
    .join('');
}

function edgePath(edge: DesignEdge, route: EdgeRoute, theme: ThemeName): string {
  const points = routePoints(route);
  const colors = THEME_COLORS[theme];
  const style = EDGE_STYLE[edge.flow];
  const d = points.map((p, i) => `${i ? 'L' : 'M'}${fmt(p.x)},${fmt(p.y)}`).join(' ');
  const parts = [
    `<g class="edge ${edge.flow}" data-id="${escapeXml(edge.id)}">`,
    `<path d="${d}" fill="none" stroke="${colors.edge}" stroke-width="${style.width}"${style.dash ? ` stroke-dasharray="${style.dash}"` : ''} stroke-linejoin="round" marker-end="url(#mlsd-arrow-${edge.flow})"/>`,
  ];
  const label = edge.label?.trim();
  if (label) {
    const box = route.label ?? labelOnRoute({ startPoint: points[0], endPoint: points[points.length - 1], bendPoints: points.slice(1, -1) }, edgeLabelSize(label));
    parts.push(
      `<rect x="${fmt(box.x)}" y="${fmt(box.y)}" width="${fmt(box.width)}" height="${fmt(box.height)}" rx="4" fill="${colors.edgeLabelBackground}" fill-opacity="0.92"/>`,
      `<text x="${fmt(box.x + box.width / 2)}" y="${fmt(box.y + box.height / 2 + 4)}" text-anchor="middle" font-size="${EDGE_LABEL_FONT}" fill="${colors.mutedText}">${escapeXml(label)}</text>`,
    );
  }
  parts.push('</g>');
  return parts.join('');
}

function laneBand(band: LaneBand, theme: ThemeName): string {
  const colors = THEME_COLORS[theme];
  return (
    `<g class="lane ${band.lane}"><rect x="${fmt(band.x)}" y="${fmt(band.y)}" width="${fmt(band.width)}" height="${fmt(band.height)}" rx="12" fill="${colors.laneFill}" stroke="${colors.cardBorder}" stroke-dasharray="2 4"/>` +
    `<text x="${fmt(band.x + 14)}" y="${fmt(band.y + 19)}" font-size="11" font-weight="600" letter-spacing="0.06em" fill="${colors.laneText}">${escapeXml(band.label.toUpperCase())}</text></g>`
  );
}

/**
 * The design as a standalone SVG in the canvas's look, written as a string (no DOM), so the
 * CLI and the app produce the same file. The design itself rides along in <metadata>, so a
 * diagram pasted into a wiki can be opened again in the editor (`extractDesignFromSvg`).
 */
export function toSvg(design: Design, layout: DesignLayout, options: SvgOptions = {}): string {
  const theme = options.theme ?? 'light';
  const colors = THEME_COLORS[theme];
  const margin = options.margin ?? 32;
  const title = (options.showTitle ?? true) ? design.title?.trim() : undefined;
  const top = title ? TITLE_SPACE : 0;
  const { bounds } = layout;
  const width = Math.ceil(bounds.width + 2 * margin);
  const height = Math.ceil(bounds.height + 2 * margin + top);
  // Drawing coordinates stay the layout's; one translate moves them inside the margin.
  const dx = margin - bounds.x;
  const dy = margin + top - bounds.y;

  const byNode = new Map<string, Finding[]>();
  for (const f of options.findings ?? []) for (const id of f.nodeIds) byNode.set(id, [...(byNode.get(id) ?? []), f]);
  const nodeSize = Object.values(layout.nodes)[0] ?? { width: 200 };

  const body: string[] = [];
  for (const band of layout.lanes ?? []) body.push(laneBand(band, theme));
  for (const edge of design.edges) {
    const route = layout.edges[edge.id];
    if (route) body.push(edgePath(edge, route, theme));
  }
  for (const node of design.nodes) {
    const box = layout.nodes[node.id];
    if (box) body.push(nodeCard(node, box, theme, byNode.get(node.id) ?? []));
  }

  const accessibleName = title ?? 'ML system design';
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeXml(accessibleName)}" font-family="${escapeXml(FONT_STACK)}">`,
    `<title>${escapeXml(accessibleName)}</title>`,
    ...(design.description ? [`<desc>${escapeXml(design.description)}</desc>`] : []),
    designMetadata(design),
    `<defs>${markers(theme)}${cardDefs(nodeSize.width)}</defs>`,
    ...((options.background ?? true) ? [`<rect width="100%" height="100%" fill="${colors.background}"/>`] : []),
    ...(title ? [`<text class="title" x="${margin}" y="${margin + 18}" font-size="20" font-weight="700" fill="${colors.text}">${escapeXml(title)}</text>`] : []),
    `<g transform="translate(${fmt(dx)} ${fmt(dy)})">`,
    ...body,
    '</g>',
    '</svg>',
    '',
  ].join('\n');
}
