import { defaultProps, getKind } from '../catalog';
import type { PropValue } from '../catalog/types';
import type { Design, DesignEdge, DesignNode } from '../document/types';

/**
 * What a quick fix changed, one line per change, in the notation of the test helper `design()`:
 *   `+ prediction-log`                       a new node (its id; `id: kind` when they differ)
 *   `+ label-join {"joinWindowHours":72}`    a new node with props that differ from the kind's defaults
 *   `- srv`                                  a removed node
 *   `+ srv -feedback-> prediction-log`       a new edge; a rerouted edge is a `-` line and a `+` line
 *   `t.splitStrategy: random → time-based`   a changed prop (unset props read as the kind's default)
 *   `t.label: "A" → "B"`                     a changed label
 * Ids, positions and edge ids are left out: they are the editor's business, not the fix's meaning.
 * Sorted, so two fixes with the same effect read the same.
 */
export function fixDiff(before: Design, after: Design): string[] {
  const lines: string[] = [];
  const old = new Map(before.nodes.map((n) => [n.id, n]));
  const now = new Map(after.nodes.map((n) => [n.id, n]));
  for (const n of after.nodes) {
    const was = old.get(n.id);
    if (!was) lines.push(`+ ${newNodeText(n)}`);
    else lines.push(...changedProps(was, n));
  }
  for (const n of before.nodes) if (!now.has(n.id)) lines.push(`- ${n.id}`);
  const edgesBefore = new Set(before.edges.map(edgeText));
  const edgesAfter = new Set(after.edges.map(edgeText));
  for (const e of edgesAfter) if (!edgesBefore.has(e)) lines.push(`+ ${e}`);
  for (const e of edgesBefore) if (!edgesAfter.has(e)) lines.push(`- ${e}`);
  return lines.sort();
}

function effectiveProps(n: DesignNode): Record<string, PropValue> {
  const kind = getKind(n.kind);
  return { ...(kind ? defaultProps(kind) : {}), ...n.props };
}

const show = (v: PropValue | undefined) => (v === undefined ? 'unset' : typeof v === 'string' ? v : JSON.stringify(v));

function newNodeText(n: DesignNode): string {
  const kind = getKind(n.kind);
  const defaults: Record<string, PropValue> = kind ? defaultProps(kind) : {};
  const set = Object.entries(n.props).filter(([k, v]) => JSON.stringify(v) !== JSON.stringify(defaults[k]));
  const head = n.id === n.kind ? n.id : `${n.id}: ${n.kind}`;
  const props = set.length ? ` ${JSON.stringify(Object.fromEntries(set.sort(([a], [b]) => (a < b ? -1 : 1))))}` : '';
  const label = n.label ? ` "${n.label}"` : '';
  return head + props + label;
}

function changedProps(was: DesignNode, n: DesignNode): string[] {
  const lines: string[] = [];
  if (was.kind !== n.kind) lines.push(`${n.id}.kind: ${was.kind} → ${n.kind}`);
  if ((was.label ?? '') !== (n.label ?? '')) lines.push(`${n.id}.label: "${was.label ?? ''}" → "${n.label ?? ''}"`);
  const a = effectiveProps(was);
  const b = effectiveProps(n);
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    if (JSON.stringify(a[key]) !== JSON.stringify(b[key])) lines.push(`${n.id}.${key}: ${show(a[key])} → ${show(b[key])}`);
  }
  return lines;
}

function edgeText(e: DesignEdge): string {
  return `${e.source} -${e.flow}-> ${e.target}${e.label ? ` "${e.label}"` : ''}`;
}
