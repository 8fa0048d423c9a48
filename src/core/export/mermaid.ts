import { CATEGORIES, getKind } from '../catalog';
import type { Category } from '../catalog/types';
import { nodeLabel } from '../document';
import type { Design, DesignEdge, DesignNode, Flow } from '../document/types';
import { CATEGORY_COLORS, THEME_COLORS } from './theme';

export interface MermaidOptions {
  /** `category` draws one subgraph per component category, as the palette groups them. */
  groupBy?: 'category' | 'none';
}

/**
 * Characters Mermaid would read as syntax even inside a quoted label, written as its entity
 * codes (`#quot;`, `#35;`…) which Mermaid turns back into the character when it renders.
 * `#` comes first in spirit: every other escape starts with it, so a literal `#` must be coded.
 */
const ENTITIES: Record<string, string> = {
  '#': '#35;',
  '"': '#quot;',
  '&': '#amp;',
  '<': '#lt;',
  '>': '#gt;',
  '|': '#124;',
  '[': '#91;',
  ']': '#93;',
  '{': '#123;',
  '}': '#125;',
  '(': '#40;',
  ')': '#41;',
  '`': '#96;',
  '%': '#37;',
  ';': '#59;',
  '\\': '#92;',
};

/** A label safe inside Mermaid's `"…"`; line breaks become `<br/>`, the one tag it must keep. */
export function mermaidText(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(/[#"&<>|[\]{}()`%;\\]/g, (c) => ENTITIES[c]))
    .join('<br/>');
}

/**
 * Mermaid ids must be plain words, and some words (`end`, `graph`, `class`…) or ids starting
 * with `o`/`x` right after an arrow change the meaning of a line. A fixed `n_` prefix sidesteps
 * all of them; a numeric suffix keeps ids unique when two design ids sanitize alike (`a-b`, `a b`).
 */
export function mermaidIds(nodes: readonly DesignNode[]): Map<string, string> {
  const ids = new Map<string, string>();
  const taken = new Set<string>();
  for (const node of nodes) {
    const base = 'n_' + node.id.replace(/[^A-Za-z0-9_]/g, '_');
    let id = base;
    for (let i = 2; taken.has(id); i++) id = `${base}_${i}`;
    taken.add(id);
    ids.set(node.id, id);
  }
  return ids;
}

const STORES = new Set(['feature-store', 'result-store', 'model-registry', 'prediction-log']);

/** Shapes a reader of the diagram recognises without a legend: cylinders store, the stadium asks. */
function shape(node: DesignNode, text: string): string {
  const category = getKind(node.kind)?.category;
  if (category === 'client') return `(["${text}"])`;
  if (category === 'data' || STORES.has(node.kind)) return `[("${text}")]`;
  if (category === 'monitoring') return `{{"${text}"}}`;
  if (node.kind === 'stream-bus') return `[/"${text}"/]`;
  return `("${text}")`;
}

function nodeText(node: DesignNode): string {
  const label = nodeLabel(node);
  const kindLabel = getKind(node.kind)?.label;
  const text = mermaidText(label);
  return kindLabel && kindLabel !== label ? `${text}<br/><i>${mermaidText(kindLabel)}</i>` : text;
}

const ARROWS: Record<Flow, string> = { request: '==>', data: '-->', feedback: '-.->' };

function edgeLine(edge: DesignEdge, ids: Map<string, string>): string | undefined {
  const source = ids.get(edge.source);
  const target = ids.get(edge.target);
  if (!source || !target) return undefined;
  const label = edge.label?.trim() ? `|"${mermaidText(edge.label.trim())}"|` : '';
  return `  ${source} ${ARROWS[edge.flow]}${label} ${target}`;
}

const className = (category: string) => 'cat_' + category.replace(/[^A-Za-z0-9]/g, '_');

function categoryOf(node: DesignNode): Category | undefined {
  return getKind(node.kind)?.category;
}

/** A Mermaid `flowchart LR` of the design, as GitHub and GitLab render it in Markdown. */
export function toMermaid(design: Design, options: MermaidOptions = {}): string {
  const groupBy = options.groupBy ?? 'category';
  const ids = mermaidIds(design.nodes);
  const lines = ['flowchart LR'];
  const declare = (node: DesignNode, indent: string) => `${indent}${ids.get(node.id)}${shape(node, nodeText(node))}`;

  if (groupBy === 'category') {
    for (const { id: category, label } of CATEGORIES) {
      const members = design.nodes.filter((n) => categoryOf(n) === category);
      if (!members.length) continue;
      lines.push(`  subgraph ${className(category)}_group["${mermaidText(label)}"]`);
      for (const node of members) lines.push(declare(node, '    '));
      lines.push('  end');
    }
    for (const node of design.nodes) if (!categoryOf(node)) lines.push(declare(node, '  '));
  } else {
    for (const node of design.nodes) lines.push(declare(node, '  '));
  }

  for (const edge of design.edges) {
    const line = edgeLine(edge, ids);
    if (line) lines.push(line);
  }

  const text = THEME_COLORS.light.text;
  for (const { id: category } of CATEGORIES) {
    const members = design.nodes.filter((n) => categoryOf(n) === category);
    if (!members.length) continue;
    const { bar, fill } = CATEGORY_COLORS.light[category];
    lines.push(`  classDef ${className(category)} fill:${fill},stroke:${bar},color:${text}`);
    lines.push(`  class ${members.map((n) => ids.get(n.id)).join(',')} ${className(category)}`);
  }
  return lines.join('\n') + '\n';
}
