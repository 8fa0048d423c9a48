import type { PropValue } from '../catalog/types';
import { UNTITLED } from './title';

export const FORMAT = 'mlsd-studio/design';
export const CURRENT_VERSION = 1;

export const FLOWS = ['request', 'data', 'feedback'] as const;
export type Flow = (typeof FLOWS)[number];

export interface Position {
  x: number;
  y: number;
}

/** Fields a file carried that this version does not know; written back unchanged on save. */
export type Extra = Record<string, unknown>;

export interface DesignNode {
  id: string;
  kind: string;
  /** Unset means the kind's label. */
  label?: string;
  /** Unset means the editor lays the design out when it is opened. */
  position?: Position;
  /** Only the props the design sets; the rest take the kind's defaults (see `propOf`). */
  props: Record<string, PropValue>;
  notes?: string;
  /** Auto-layout leaves a pinned node where the user put it. */
  pinned?: boolean;
  extra?: Extra;
}

export interface DesignEdge {
  id: string;
  source: string;
  target: string;
  flow: Flow;
  label?: string;
  extra?: Extra;
}

export interface DesignSettings {
  maxRankIn?: number;
  hotQps?: number;
}

export interface WalkthroughStep {
  title: string;
  nodeIds: string[];
  notes?: string;
}

export interface Design {
  format: typeof FORMAT;
  version: typeof CURRENT_VERSION;
  title?: string;
  description?: string;
  nodes: DesignNode[];
  edges: DesignEdge[];
  settings?: DesignSettings;
  /** Rules turned off for this design, each with the reason a reviewer reads. */
  lint?: { off: Record<string, string> };
  /** The order a presenter steps through the design (templates carry one). */
  walkthrough?: WalkthroughStep[];
  extra?: Extra;
}

export type Severity = 'error' | 'warning' | 'info';

/** A problem found while reading a file: where (a JSON path) and what. */
export interface ReadIssue {
  path: string;
  message: string;
  severity: Severity;
}

export function emptyDesign(title = UNTITLED): Design {
  return { format: FORMAT, version: CURRENT_VERSION, title, nodes: [], edges: [] };
}
