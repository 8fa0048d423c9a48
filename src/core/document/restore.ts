import { closest, getKind, suggestKind } from '../catalog';
import type { PropSpec, PropValue } from '../catalog/types';
import { type EdgeWithoutFlow, withDefaultFlows } from './flow';
import { uniqueEdgeId } from './ids';
import { migrate } from './migrations';
import {
  CURRENT_VERSION,
  type Design,
  type DesignNode,
  type Extra,
  FLOWS,
  FORMAT,
  type Flow,
  type ReadIssue,
  type WalkthroughStep,
} from './types';

export type RestoreResult =
  | { ok: true; design: Design; issues: ReadIssue[] }
  | { ok: false; errors: ReadIssue[]; issues: ReadIssue[] };

type Json = Record<string, unknown>;

const DESIGN_FIELDS = ['format', 'version', 'title', 'description', 'nodes', 'edges', 'settings', 'lint', 'walkthrough'];
const NODE_FIELDS = ['id', 'kind', 'label', 'position', 'props', 'notes', 'pinned'];
const EDGE_FIELDS = ['id', 'source', 'target', 'flow', 'label'];

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const quote = (v: unknown) => JSON.stringify(v);
const describe = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'an array' : `${typeof v} ${quote(v)}`);

function extraOf(obj: Json, known: string[]): Extra | undefined {
  const extra: Extra = {};
  for (const [k, v] of Object.entries(obj)) if (!known.includes(k)) extra[k] = v;
  return Object.keys(extra).length ? extra : undefined;
}

class Reader {
  issues: ReadIssue[] = [];
  error(path: string, message: string) {
    this.issues.push({ path, message, severity: 'error' });
  }
  info(path: string, message: string) {
    this.issues.push({ path, message, severity: 'info' });
  }
  optionalString(obj: Json, key: string, path: string): string | undefined {
    const v = obj[key];
    if (v === undefined) return undefined;
    if (typeof v !== 'string') this.error(`${path}.${key}`, `expected a string, got ${describe(v)}`);
    return typeof v === 'string' ? v : undefined;
  }
}

function readPropValue(r: Reader, spec: PropSpec, value: unknown, path: string): PropValue | undefined {
  switch (spec.type) {
    case 'number': {
      if (typeof value !== 'number' || !Number.isFinite(value)) {
        r.error(path, `expected a number, got ${describe(value)}`);
        return undefined;
      }
      const problem = numberProblem(spec, value);
      if (problem) r.error(path, problem);
      return problem ? undefined : value;
    }
    case 'boolean':
      if (typeof value !== 'boolean') r.error(path, `expected true or false, got ${describe(value)}`);
      return typeof value === 'boolean' ? value : undefined;
    case 'string':
      if (typeof value !== 'string') r.error(path, `expected a string, got ${describe(value)}`);
      return typeof value === 'string' ? value : undefined;
    case 'enum': {
      if (typeof value === 'string' && spec.options.includes(value)) return value;
      r.error(path, optionProblem(spec.options, value));
      return undefined;
    }
    case 'list': {
      if (!Array.isArray(value)) {
        r.error(path, `expected a list of ${spec.options.map(quote).join(', ')}; got ${describe(value)}`);
        return undefined;
      }
      let ok = true;
      value.forEach((item, i) => {
        if (typeof item !== 'string' || !spec.options.includes(item)) {
          r.error(`${path}[${i}]`, optionProblem(spec.options, item));
          ok = false;
        }
      });
      return ok ? [...(value as string[])] : undefined;
    }
  }
}

/** Why a number is not acceptable for a prop, or undefined when it is. Shared with the inspector. */
export function numberProblem(spec: Extract<PropSpec, { type: 'number' }>, value: number): string | undefined {
  if (!Number.isFinite(value)) return 'must be a number';
  if (spec.min !== undefined && value < spec.min) return `must be at least ${spec.min}, got ${value}`;
  if (spec.max !== undefined && value > spec.max) return `must be at most ${spec.max}, got ${value}`;
  if (spec.integer && !Number.isInteger(value)) return `must be a whole number, got ${value}`;
  return undefined;
}

function optionProblem(options: readonly string[], value: unknown): string {
  const guess = typeof value === 'string' ? closest(value, options) : undefined;
  const hint = guess ? `; did you mean ${quote(guess)}?` : `; expected one of ${options.map(quote).join(', ')}`;
  return `unknown value ${describe(value)}${hint}`;
}

function readNode(r: Reader, raw: unknown, path: string, seen: Set<string>): DesignNode | undefined {
  if (!isObject(raw)) {
    r.error(path, `expected a node object, got ${describe(raw)}`);
    return undefined;
  }
  const { id, kind: kindId } = raw;
  let valid = true;
  if (typeof id !== 'string' || id === '') {
    r.error(`${path}.id`, id === undefined ? 'missing; every node needs a unique id' : `expected a non-empty string, got ${describe(id)}`);
    valid = false;
  } else if (seen.has(id)) {
    r.error(`${path}.id`, `duplicate id ${quote(id)}; node ids must be unique`);
    valid = false;
  }
  const kind = typeof kindId === 'string' ? getKind(kindId) : undefined;
  if (kindId === undefined) {
    r.error(`${path}.kind`, 'missing; every node needs a kind');
    valid = false;
  } else if (!kind) {
    const guess = typeof kindId === 'string' ? suggestKind(kindId) : undefined;
    r.error(`${path}.kind`, `unknown kind ${quote(kindId)}${guess ? `; did you mean ${quote(guess)}?` : ''}`);
    valid = false;
  }
  const node: DesignNode = { id: id as string, kind: kindId as string, props: {} };
  const label = r.optionalString(raw, 'label', path);
  if (label !== undefined) node.label = label;
  const notes = r.optionalString(raw, 'notes', path);
  if (notes !== undefined) node.notes = notes;
  if (raw.pinned !== undefined) {
    if (typeof raw.pinned === 'boolean') node.pinned = raw.pinned;
    else r.error(`${path}.pinned`, `expected true or false, got ${describe(raw.pinned)}`);
  }
  if (raw.position !== undefined) {
    const p = raw.position;
    if (isObject(p) && Number.isFinite(p.x) && Number.isFinite(p.y)) node.position = { x: p.x as number, y: p.y as number };
    else r.error(`${path}.position`, `expected {"x": number, "y": number}, got ${describe(p)}`);
  }
  if (raw.props !== undefined) {
    if (!isObject(raw.props)) r.error(`${path}.props`, `expected an object, got ${describe(raw.props)}`);
    else
      for (const [name, value] of Object.entries(raw.props)) {
        const spec = kind?.props[name];
        if (!spec) {
          if (kind) r.info(`${path}.props.${name}`, `unknown property for ${kind.id}; kept as is`);
          node.props[name] = value as PropValue;
          continue;
        }
        if (value === null) continue; // null means unset, as DOMAIN.md's "—"
        const v = readPropValue(r, spec, value, `${path}.props.${name}`);
        if (v !== undefined) node.props[name] = v;
      }
  }
  const extra = extraOf(raw, NODE_FIELDS);
  if (extra) node.extra = extra;
  if (valid) seen.add(id as string);
  return valid ? node : undefined;
}

function readEdge(
  r: Reader,
  raw: unknown,
  path: string,
  nodes: Map<string, DesignNode>,
  ids: Set<string>,
  taken: Set<string>,
): EdgeWithoutFlow | undefined {
  if (!isObject(raw)) {
    r.error(path, `expected an edge object, got ${describe(raw)}`);
    return undefined;
  }
  let valid = true;
  for (const end of ['source', 'target'] as const) {
    const v = raw[end];
    if (typeof v !== 'string') {
      r.error(`${path}.${end}`, v === undefined ? 'missing; name a node id' : `expected a node id, got ${describe(v)}`);
      valid = false;
    } else if (!nodes.has(v)) {
      const guess = closest(v, nodes.keys());
      r.error(`${path}.${end}`, `no node with id ${quote(v)}${guess ? `; did you mean ${quote(guess)}?` : ''}`);
      valid = false;
    }
  }
  let flow: Flow | undefined;
  if (raw.flow !== undefined) {
    if (typeof raw.flow === 'string' && (FLOWS as readonly string[]).includes(raw.flow)) flow = raw.flow as Flow;
    else {
      r.error(`${path}.flow`, optionProblem(FLOWS, raw.flow));
      valid = false;
    }
  }
  let id = raw.id;
  if (id !== undefined && (typeof id !== 'string' || id === '')) {
    r.error(`${path}.id`, `expected a non-empty string, got ${describe(id)}`);
    valid = false;
  } else if (typeof id === 'string' && ids.has(id)) {
    r.error(`${path}.id`, `duplicate id ${quote(id)}; edge ids must be unique`);
    valid = false;
  }
  const label = r.optionalString(raw, 'label', path);
  if (!valid) return undefined;
  const source = raw.source as string;
  const target = raw.target as string;
  if (id === undefined) {
    id = uniqueEdgeId(source, target, taken);
    taken.add(id as string);
  } else ids.add(id as string);
  const edge: EdgeWithoutFlow = { id: id as string, source, target, flow };
  if (label !== undefined) edge.label = label;
  const extra = extraOf(raw, EDGE_FIELDS);
  if (extra) edge.extra = extra;
  return edge;
}

function readSettings(r: Reader, raw: unknown): Design['settings'] {
  if (raw === undefined) return undefined;
  if (!isObject(raw)) {
    r.error('settings', `expected an object, got ${describe(raw)}`);
    return undefined;
  }
  const settings: NonNullable<Design['settings']> = {};
  for (const key of ['maxRankIn', 'hotQps'] as const) {
    const v = raw[key];
    if (v === undefined) continue;
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) r.error(`settings.${key}`, `expected a number ≥ 0, got ${describe(v)}`);
    else settings[key] = v;
  }
  for (const key of Object.keys(raw)) if (key !== 'maxRankIn' && key !== 'hotQps') r.info(`settings.${key}`, 'unknown setting; kept as is');
  return { ...raw, ...settings } as Design['settings'];
}

function readLint(r: Reader, raw: unknown): Design['lint'] {
  if (raw === undefined) return undefined;
  if (!isObject(raw) || (raw.off !== undefined && !isObject(raw.off))) {
    r.error('lint', 'expected {"off": {"rule-id": "reason"}}');
    return undefined;
  }
  const off: Record<string, string> = {};
  for (const [rule, reason] of Object.entries((raw.off as Json | undefined) ?? {})) {
    if (typeof reason !== 'string') r.error(`lint.off.${rule}`, `expected the reason as a string, got ${describe(reason)}`);
    else off[rule] = reason;
  }
  return { ...raw, off };
}

function readWalkthrough(r: Reader, raw: unknown, nodes: Map<string, DesignNode>): WalkthroughStep[] | undefined {
  if (raw === undefined) return undefined;
  if (!Array.isArray(raw)) {
    r.error('walkthrough', `expected a list of steps, got ${describe(raw)}`);
    return undefined;
  }
  const steps: WalkthroughStep[] = [];
  raw.forEach((step, i) => {
    const path = `walkthrough[${i}]`;
    if (!isObject(step) || typeof step.title !== 'string' || !Array.isArray(step.nodeIds)) {
      r.error(path, 'expected {"title": string, "nodeIds": [node ids], "notes"?: string}');
      return;
    }
    const nodeIds = step.nodeIds.filter((id, j) => {
      const known = typeof id === 'string' && nodes.has(id);
      if (!known) r.error(`${path}.nodeIds[${j}]`, `no node with id ${quote(id)}`);
      return known;
    }) as string[];
    steps.push({ ...step, title: step.title, nodeIds, ...(typeof step.notes === 'string' ? { notes: step.notes } : {}) });
  });
  return steps;
}

/** Reads a parsed design file. Never throws: bad input gives errors that name the JSON path. */
export function restore(input: unknown): RestoreResult {
  const r = new Reader();
  if (!isObject(input)) {
    r.error('$', `expected a design object, got ${describe(input)}`);
    return { ok: false, errors: r.issues, issues: r.issues };
  }
  if (input.format !== FORMAT) {
    r.error('format', input.format === undefined ? `missing; not an MLSD Studio design (expected "format": "${FORMAT}")` : `expected ${quote(FORMAT)}, got ${describe(input.format)}`);
    return { ok: false, errors: r.issues, issues: r.issues };
  }
  const version = input.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    r.error('version', `expected a whole number ≥ 1, got ${describe(version)}`);
    return { ok: false, errors: r.issues, issues: r.issues };
  }
  if (version > CURRENT_VERSION) {
    r.error('version', `this file is format version ${version}, made by a newer MLSD Studio; this one reads up to version ${CURRENT_VERSION}`);
    return { ok: false, errors: r.issues, issues: r.issues };
  }
  const doc = migrate(input, version);
  for (const key of ['nodes', 'edges'] as const) {
    if (!Array.isArray(doc[key])) r.error(key, doc[key] === undefined ? 'missing; expected a list (it may be empty)' : `expected a list, got ${describe(doc[key])}`);
  }
  if (r.issues.length) return { ok: false, errors: r.issues, issues: r.issues };

  const seen = new Set<string>();
  const nodes = (doc.nodes as unknown[]).map((n, i) => readNode(r, n, `nodes[${i}]`, seen)).filter((n): n is DesignNode => !!n);
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const explicitIds = new Set((doc.edges as unknown[]).flatMap((e) => (isObject(e) && typeof e.id === 'string' ? [e.id] : [])));
  const edgeIds = new Set<string>();
  const edges = withDefaultFlows(
    nodes,
    (doc.edges as unknown[]).map((e, i) => readEdge(r, e, `edges[${i}]`, byId, edgeIds, explicitIds)).filter((e) => !!e),
  );

  const design: Design = { format: FORMAT, version: CURRENT_VERSION, nodes, edges };
  const title = r.optionalString(doc, 'title', '$');
  if (title !== undefined) design.title = title;
  const description = r.optionalString(doc, 'description', '$');
  if (description !== undefined) design.description = description;
  const settings = readSettings(r, doc.settings);
  if (settings) design.settings = settings;
  const lint = readLint(r, doc.lint);
  if (lint) design.lint = lint;
  const walkthrough = readWalkthrough(r, doc.walkthrough, byId);
  if (walkthrough) design.walkthrough = walkthrough;
  const extra = extraOf(doc, DESIGN_FIELDS);
  if (extra) design.extra = extra;

  const errors = r.issues.filter((i) => i.severity === 'error').map((i) => ({ ...i, path: i.path.replace(/^\$\./, '') }));
  const issues = r.issues.map((i) => ({ ...i, path: i.path.replace(/^\$\./, '') }));
  return errors.length ? { ok: false, errors, issues } : { ok: true, design, issues };
}

/** Parses and reads a design file's text. */
export function parseDesign(text: string): RestoreResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    const issue: ReadIssue = { path: '$', message: `not valid JSON: ${(e as Error).message}`, severity: 'error' };
    return { ok: false, errors: [issue], issues: [issue] };
  }
  return restore(json);
}

export function formatIssue(issue: ReadIssue): string {
  return `${issue.path}: ${issue.message}`;
}
