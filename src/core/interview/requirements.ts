import { type Design, type DesignNode, newNode, numProp, setProp } from '../document';

/**
 * The requirements card of the clarify phase (s002 step 1, s003 step 1, s004 phase 1). The
 * figures the linter can check (latency SLO and QPS) live in the design itself, on the
 * client-request node, so the card and the inspector show one value; the rest is text the
 * candidate writes down and the review repeats.
 */
export interface RequirementsText {
  objective: string;
  mlTask: string;
  offlineMetrics: string;
  onlineMetrics: string;
  dataAndLabels: string;
}

export const REQUIREMENT_FIELDS: readonly { key: keyof RequirementsText; label: string; placeholder: string }[] = [
  { key: 'objective', label: 'Business objective', placeholder: 'e.g. long-term engagement, not just the next click' },
  { key: 'mlTask', label: 'ML task', placeholder: 'e.g. multi-task ranking: p(like), p(comment), p(hide)' },
  { key: 'offlineMetrics', label: 'Offline metrics', placeholder: 'e.g. NDCG@10, AUC per task' },
  { key: 'onlineMetrics', label: 'Online metrics', placeholder: 'e.g. session length, CTR; guardrail: p99 latency' },
  { key: 'dataAndLabels', label: 'Data and labels', placeholder: 'e.g. impressions and clicks (implicit), reports (explicit)' },
];

export const EMPTY_REQUIREMENTS: RequirementsText = { objective: '', mlTask: '', offlineMetrics: '', onlineMetrics: '', dataAndLabels: '' };

export interface ServingFigures {
  sloLatencyMs?: number;
  qps?: number;
}

/** The client-request node the card's figures belong to: the first one of the design. */
export function entryNode(design: Design): DesignNode | undefined {
  return design.nodes.find((n) => n.kind === 'client-request');
}

export function servingFigures(design: Design): ServingFigures {
  const entry = entryNode(design);
  if (!entry) return {};
  return { sloLatencyMs: numProp(entry, 'sloLatencyMs'), qps: numProp(entry, 'qps') };
}

/**
 * Reads a figure typed on the card: empty means unset; otherwise a positive number (thousands
 * separators allowed). Returns an error message a person can act on.
 */
export function parseFigure(text: string, name: string): { value?: number; error?: string } {
  const clean = text.trim().replace(/[,_\s]/g, '');
  if (!clean) return {};
  const value = Number(clean);
  if (!Number.isFinite(value)) return { error: `${name} must be a number, got "${text.trim()}"` };
  if (value <= 0) return { error: `${name} must be greater than 0` };
  return { value };
}

/**
 * Writes a figure onto the design's client-request node, creating one (left of everything
 * else) when the design has none. Returns the same design when nothing changes.
 */
export function setServingFigure(design: Design, name: keyof ServingFigures, value: number | undefined): Design {
  let entry = entryNode(design);
  let next = design;
  if (!entry) {
    if (value === undefined) return design;
    const placed = design.nodes.filter((n) => n.position);
    const position = placed.length
      ? { x: Math.min(...placed.map((n) => n.position!.x)) - 280, y: Math.min(...placed.map((n) => n.position!.y)) }
      : { x: 0, y: 0 };
    entry = newNode('client-request', position, new Set(design.nodes.map((n) => n.id)));
    next = { ...design, nodes: [...design.nodes, entry] };
  }
  if (numProp(entry, name) === value) return next;
  return setProp(next, entry.id, name, value);
}
