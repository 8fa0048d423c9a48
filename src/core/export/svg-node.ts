import { getKind } from '../catalog';
import { keyFigures, nodeLabel } from '../document';
import type { DesignNode, Severity } from '../document/types';
import type { NodeBox } from '../layout/types';
import type { Finding } from '../lint/types';
import { CATEGORY_COLORS, THEME_COLORS, type ThemeName } from './theme';
import { escapeXml, fitText, fmt } from './xml';

const PAD = 12;
const BAR = 5;
const RADIUS = 10;
const GLYPH_SPACE = 30;

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

function badge(findings: readonly Finding[], width: number, theme: ThemeName): string {
  if (!findings.length) return '';
  const worst = [...findings].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity])[0].severity;
  const colors = THEME_COLORS[theme];
  const tooltip = findings.map((f) => `${f.severity}: ${f.message} (${f.ruleId})`).join('\n');
  return (
    `<g class="finding-badge ${worst}"><title>${escapeXml(tooltip)}</title>` +
    `<circle cx="${fmt(width - 4)}" cy="4" r="10" fill="${colors[worst]}" stroke="${colors.background}" stroke-width="2"/>` +
    `<text x="${fmt(width - 4)}" y="8" text-anchor="middle" font-size="11" font-weight="700" fill="#ffffff">${findings.length}</text></g>`
  );
}

/** A node drawn as on the canvas: card, category bar, glyph, label, kind, key figures, finding badge. */
export function nodeCard(node: DesignNode, box: NodeBox, theme: ThemeName, findings: readonly Finding[]): string {
  const kind = getKind(node.kind);
  const colors = THEME_COLORS[theme];
  const category = kind ? CATEGORY_COLORS[theme][kind.category] : { bar: colors.mutedText, fill: colors.card };
  const label = nodeLabel(node);
  const firstLine = label.split(/\r\n|\r|\n/)[0];
  const textWidth = box.width - PAD - GLYPH_SPACE - PAD;
  const kindName = kind && kind.label !== label ? kind.label : kind ? undefined : node.kind;
  const figures = keyFigures(node).join(' · ');
  const tooltip = [label, kind?.label ?? node.kind, node.notes].filter(Boolean).join('\n');

  const parts = [
    `<g class="node" data-id="${escapeXml(node.id)}" data-kind="${escapeXml(node.kind)}" transform="translate(${fmt(box.x)} ${fmt(box.y)})">`,
    `<title>${escapeXml(tooltip)}</title>`,
    `<rect width="${fmt(box.width)}" height="${fmt(box.height)}" rx="${RADIUS}" fill="${colors.card}" stroke="${colors.cardBorder}"/>`,
    `<rect width="${fmt(box.width)}" height="${fmt(box.height)}" rx="${RADIUS}" fill="${category.fill}" fill-opacity="0.55"/>`,
    `<rect width="${fmt(box.width)}" height="${BAR + RADIUS}" rx="${RADIUS}" fill="${category.bar}" clip-path="url(#mlsd-bar-clip)"/>`,
    `<text x="${PAD + 10}" y="${fmt(box.height / 2 + 2)}" text-anchor="middle" font-size="18" fill="${category.bar}">${escapeXml(kind?.glyph ?? '?')}</text>`,
    `<text class="label" x="${PAD + GLYPH_SPACE}" y="${kindName ? 32 : 38}" font-size="13" font-weight="600" fill="${colors.text}">${escapeXml(fitText(firstLine, textWidth, 13))}</text>`,
  ];
  if (kindName) parts.push(`<text class="kind" x="${PAD + GLYPH_SPACE}" y="48" font-size="11" fill="${colors.mutedText}">${escapeXml(fitText(kindName, textWidth, 11))}</text>`);
  if (figures) parts.push(`<text class="figures" x="${PAD + GLYPH_SPACE}" y="${fmt(box.height - 13)}" font-size="11" fill="${colors.text}">${escapeXml(fitText(figures, textWidth, 11))}</text>`);
  parts.push(badge(findings, box.width, theme), '</g>');
  return parts.join('');
}

/** Clips the coloured bar to the card's rounded top; defined once, used by every card. */
export function cardDefs(width: number): string {
  return `<clipPath id="mlsd-bar-clip"><rect width="${fmt(width)}" height="${BAR}"/></clipPath>`;
}
