import { getKind } from '../catalog';
import type { PropValue } from '../catalog/types';
import type { DesignNode } from './types';

/** The value a node has for a prop: its own, else the kind's default, else undefined (unset). */
export function propOf(node: DesignNode, name: string): PropValue | undefined {
  const own = node.props[name];
  if (own !== undefined) return own;
  const spec = getKind(node.kind)?.props[name];
  const def = spec?.default;
  return Array.isArray(def) ? [...def] : (def as PropValue | undefined);
}

export function numProp(node: DesignNode, name: string): number | undefined {
  const v = propOf(node, name);
  return typeof v === 'number' ? v : undefined;
}

export function strProp(node: DesignNode, name: string): string | undefined {
  const v = propOf(node, name);
  return typeof v === 'string' ? v : undefined;
}

export function boolProp(node: DesignNode, name: string): boolean {
  return propOf(node, name) === true;
}

export function listProp(node: DesignNode, name: string): string[] {
  const v = propOf(node, name);
  return Array.isArray(v) ? v : [];
}

export function nodeLabel(node: DesignNode): string {
  return node.label?.trim() || getKind(node.kind)?.label || node.kind;
}
