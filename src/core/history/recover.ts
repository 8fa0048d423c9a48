import { restore, serialize, titleOf } from '../document';

/**
 * Recovery reads whatever the browser holds, without trusting the app's own index: every stored
 * value is looked at and kept if it is (or carries) a design. This is the pure half: from a raw
 * value and where it was found, to a file worth putting in the recovery zip.
 */

export interface FoundAt {
  /** "IndexedDB mlsd-studio › designs" or "localStorage". */
  source: string;
  key: string;
}

export interface RecoveredItem extends FoundAt {
  kind: 'design' | 'version' | 'unsaved edit';
  title: string;
  /** The design this version belongs to (versions and unsaved edits). */
  designId?: string;
  at?: number;
  nodes: number;
  edges: number;
  /** False when the design does not pass the reader: it is exported as found, for a person or tool to repair. */
  readable: boolean;
  /** The file's text: the design file format when readable, the raw JSON otherwise. */
  text: string;
}

type Raw = Record<string, unknown>;
const isObject = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);
const looksLikeDesign = (v: unknown): v is Raw => isObject(v) && Array.isArray(v.nodes);

function parseMaybe(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value);
  } catch {
    return undefined;
  }
}

function item(at: FoundAt, kind: RecoveredItem['kind'], raw: Raw, extra: Partial<RecoveredItem>): RecoveredItem {
  const result = restore(raw);
  const nodes = Array.isArray(raw.nodes) ? raw.nodes.length : 0;
  const edges = Array.isArray(raw.edges) ? raw.edges.length : 0;
  if (result.ok) return { ...at, kind, title: titleOf(result.design), nodes, edges, readable: true, text: serialize(result.design), ...extra };
  const title = typeof raw.title === 'string' && raw.title.trim() ? raw.title : 'Untitled (damaged)';
  return { ...at, kind, title, nodes, edges, readable: false, text: JSON.stringify(raw, null, 2) + '\n', ...extra };
}

/** The design a stored value holds, if any: a design, a version `{ design, designId, at }` or an unsaved-edit journal `{ id, design }`. */
export function recoverValue(at: FoundAt, value: unknown): RecoveredItem | undefined {
  const v = parseMaybe(value);
  if (looksLikeDesign(v)) return item(at, 'design', v, {});
  if (!isObject(v) || !looksLikeDesign(v.design)) return undefined;
  if (typeof v.designId === 'string') {
    const name = typeof v.name === 'string' ? v.name : undefined;
    return item(at, 'version', v.design, { designId: v.designId, at: typeof v.at === 'number' ? v.at : undefined, ...(name ? { title: name } : {}) });
  }
  return item(at, 'unsaved edit', v.design, { designId: typeof v.id === 'string' ? v.id : undefined });
}

const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'design';

/** A unique path in the zip for each item: designs/, versions/<design>/, unsaved/. */
export function zipPaths(items: readonly RecoveredItem[]): string[] {
  const used = new Set<string>();
  return items.map((it) => {
    const folder = it.kind === 'design' ? 'designs' : it.kind === 'version' ? `versions/${slug(it.designId ?? 'unknown')}` : 'unsaved';
    const stamp = it.at ? `${new Date(it.at).toISOString().replace(/[:.]/g, '-')}-` : '';
    const base = `${folder}/${stamp}${slug(it.title)}${it.readable ? '' : '.damaged'}`;
    let path = `${base}.json`;
    for (let n = 2; used.has(path); n++) path = `${base}-${n}.json`;
    used.add(path);
    return path;
  });
}
