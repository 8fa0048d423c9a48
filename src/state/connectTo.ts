import { getKind } from '../core/catalog';
import { connect, type Design, describePick, nodeLabel } from '../core/document';
import { notify } from './notify';
import { useEditor } from './store';

export interface ConnectCandidate {
  id: string;
  label: string;
  kind: string;
  /** An edge source → this card exists already: offered, but choosing it changes nothing. */
  connected: boolean;
}

/**
 * The cards "Connect to…" offers from `source`: every other card whose label, kind or id has a word
 * starting with each typed word, nearest first (the card one means is usually close by).
 */
export function connectCandidates(design: Design, source: string, query: string): ConnectCandidate[] {
  const from = design.nodes.find((n) => n.id === source);
  if (!from) return [];
  const tokens = query.toLowerCase().split(/\s+/).filter(Boolean);
  const distance = (p = { x: 0, y: 0 }) => Math.hypot(p.x - (from.position?.x ?? 0), p.y - (from.position?.y ?? 0));
  return design.nodes
    .filter((n) => n.id !== source)
    .map((n) => ({ node: n, label: nodeLabel(n), kind: getKind(n.kind)?.label ?? n.kind }))
    .filter(({ node, label, kind }) => {
      const words = `${label} ${kind} ${node.id}`.toLowerCase().split(/[^a-z0-9@]+/);
      return tokens.every((t) => words.some((w) => w.startsWith(t)));
    })
    .sort((a, b) => distance(a.node.position) - distance(b.node.position))
    .map(({ node, label, kind }) => ({ id: node.id, label, kind, connected: design.edges.some((e) => e.source === source && e.target === node.id) }));
}

/** Draws source → target as one undo step, with the flow a mouse wire would get, and says what happened. */
export function connectCards(source: string, target: string): void {
  const editor = useEditor.getState();
  const label = (id: string) => nodeLabel(editor.design.nodes.find((n) => n.id === id)!);
  const result = connect(editor.design, source, target);
  if (!result.edge) {
    notify(`${label(source)} is already connected to ${label(target)}`);
    return;
  }
  editor.commit(() => result.design);
  notify(`Connected ${label(source)} → ${label(target)}, ${result.picked ? describePick(result.picked) : result.edge.flow}`);
}
