import { editDistance, KIND_ALIASES, KINDS } from '../catalog';
import { CURRENT_VERSION, FORMAT } from '../document/types';

/** What Mermaid's flowchart parser found: the parts of its FlowDB a design needs. */
export interface FlowchartVertex {
  id: string;
  /** The node's text as written (entity codes such as `#quot;` and `<br/>` left in). */
  text: string;
}
export interface FlowchartEdge {
  start: string;
  end: string;
  /** `-->` normal, `==>` thick, `-.->` dotted. */
  stroke: string;
  text: string;
}
export interface Flowchart {
  vertices: FlowchartVertex[];
  edges: FlowchartEdge[];
}

export interface Unmatched {
  id: string;
  text: string;
  /** The kinds whose names come closest, best first. */
  closest: string[];
}

export type FlowchartImport = { ok: true; doc: Record<string, unknown> } | { ok: false; unmatched: Unmatched[] };

const NAMED: Record<string, string> = { quot: '"', amp: '&', lt: '<', gt: '>', nbsp: ' ', apos: "'" };

/** Mermaid's entity codes (`#35;`, `#quot;`) and line breaks as the characters they stand for. */
export function decodeMermaidText(text: string): string {
  return text
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/#(\d+);/g, (_m, code: string) => String.fromCodePoint(Number(code)))
    .replace(/#([a-z]+);/gi, (m, name: string) => NAMED[name.toLowerCase()] ?? m)
    .trim();
}

export const normalize = (text: string) =>
  text
    .toLowerCase()
    .replace(/<[^>]*>/g, ' ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** Every name a kind goes by (id, label, aliases), normalized, longest first. */
const NAMES: { name: string; kind: string }[] = KINDS.flatMap((k) =>
  [k.id, k.label, ...(KIND_ALIASES[k.id] ?? [])].map((name) => ({ name: normalize(name), kind: k.id })),
).sort((a, b) => b.name.length - a.name.length);

/**
 * The kind a diagram node stands for: a name of a kind that is the whole text (or id), else the
 * longest name found inside it as whole words ("Kafka topic" → stream-bus).
 */
export function matchKind(text: string, id?: string): string | undefined {
  const candidates = [text, id].filter((c): c is string => !!c).map(normalize).filter(Boolean);
  for (const c of candidates) {
    const exact = NAMES.find((n) => n.name === c);
    if (exact) return exact.kind;
  }
  for (const c of candidates) {
    const inside = NAMES.find((n) => ` ${c} `.includes(` ${n.name} `));
    if (inside) return inside.kind;
  }
  return undefined;
}

function closestKinds(text: string, n = 3): string[] {
  const wanted = normalize(text);
  const best = new Map<string, number>();
  for (const { name, kind } of NAMES) {
    const d = editDistance(wanted, name) / Math.max(wanted.length, name.length, 1);
    if (d < (best.get(kind) ?? Infinity)) best.set(kind, d);
  }
  return [...best.entries()].sort((a, b) => a[1] - b[1]).slice(0, n).map(([kind]) => kind);
}

/** A node's visible label and, when the text names its kind in italics (as our export writes it), that kind. */
function splitText(raw: string): { label: string; kindLabel?: string } {
  const italic = /^(.*?)<br\s*\/?>\s*<i>([^<]*)<\/i>\s*$/is.exec(raw);
  if (italic) return { label: decodeMermaidText(italic[1]), kindLabel: decodeMermaidText(italic[2]) };
  return { label: decodeMermaidText(raw.replace(/<[^>]*>/g, (tag) => (/^<br/i.test(tag) ? tag : ''))) };
}

const FLOWS: Record<string, string> = { thick: 'request', dotted: 'feedback' };

/**
 * A design file (format 1, not yet read) from a parsed flowchart: each node becomes the kind its
 * text, id or an alias names; `==>` edges are requests, `-.->` feedback, and the others are left
 * for the reader to give the default flow. Nodes no kind matches are listed with the closest kinds,
 * unless `unknownKind` says what they become; `kinds` gives the kind of a node by its diagram id
 * (what a person picked for it), before any matching.
 */
export function designFromFlowchart(
  chart: Flowchart,
  options: { title?: string; unknownKind?: string; kinds?: Readonly<Record<string, string>> } = {},
): FlowchartImport {
  // Our own export prefixes every id with "n_"; a diagram where all ids have it gets them back.
  const strip = chart.vertices.length > 0 && chart.vertices.every((v) => /^n_./.test(v.id));
  const idOf = (id: string) => (strip ? id.slice(2) : id);
  const unmatched: Unmatched[] = [];
  const nodes = chart.vertices.map((v) => {
    const { label, kindLabel } = splitText(v.text || v.id);
    const byKindLabel = kindLabel ? KINDS.find((k) => k.label === kindLabel)?.id : undefined;
    const kind = options.kinds?.[v.id] ?? byKindLabel ?? matchKind(label, idOf(v.id)) ?? options.unknownKind;
    if (!kind) unmatched.push({ id: v.id, text: label, closest: closestKinds(label) });
    const kindSpec = KINDS.find((k) => k.id === kind);
    const keepLabel = label && label !== v.id && normalize(label) !== normalize(kindSpec?.label ?? '');
    return { id: idOf(v.id), kind, ...(keepLabel && { label }), props: {} };
  });
  if (unmatched.length) return { ok: false, unmatched };
  const edges = chart.edges.map((e) => {
    const label = decodeMermaidText(e.text ?? '');
    const flow = FLOWS[e.stroke];
    return { source: idOf(e.start), target: idOf(e.end), ...(flow && { flow }), ...(label && { label }) };
  });
  return { ok: true, doc: { format: FORMAT, version: CURRENT_VERSION, ...(options.title && { title: options.title }), nodes, edges } };
}
