import { closest, getKind, suggestKind } from '../catalog';
import type { PropSpec, PropValue } from '../catalog/types';
import { withDefaultFlows } from './flow';
import { uniqueEdgeId } from './ids';
import { migrate } from './migrations';
import { COMMENT, DESIGN, EDGE, NODE, SETTINGS, STEP } from './schema';
import { describe, type Hook, isObject, type Json, optionProblem, quote, Reader, readObject } from './schemaRead';
import { CURRENT_VERSION, type Design, type DesignEdge, type DesignNode, FORMAT, type ReadIssue } from './types';

export type RestoreResult =
  | { ok: true; design: Design; issues: ReadIssue[] }
  | { ok: false; errors: ReadIssue[]; issues: ReadIssue[] };

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

/**
 * The checks the schema cannot make: kinds and props against the catalog (with did-you-mean),
 * unique node and edge ids, edge ends that exist, and the defaults a file may leave out.
 */
function documentHooks(r: Reader, rawEdges: unknown[], unflowed: DesignEdge[]): Map<object, Hook> {
  const nodes = new Map<string, DesignNode>();
  const edgeIds = new Set<string>();
  const taken = new Set(rawEdges.flatMap((e) => (isObject(e) && typeof e.id === 'string' ? [e.id] : [])));

  const node: Hook = (read, raw, path) => {
    let valid = typeof read.id === 'string';
    if (valid && nodes.has(read.id as string)) {
      r.error(`${path}.id`, `duplicate id ${quote(read.id)}; node ids must be unique`);
      valid = false;
    }
    const kind = typeof raw.kind === 'string' ? getKind(raw.kind) : undefined;
    if (raw.kind !== undefined && !kind) {
      const guess = typeof raw.kind === 'string' ? suggestKind(raw.kind) : undefined;
      r.error(`${path}.kind`, `unknown kind ${quote(raw.kind)}${guess ? `; did you mean ${quote(guess)}?` : ''}`);
    }
    if (!kind) valid = false;
    const props: Record<string, PropValue> = {};
    if (raw.props !== undefined && !isObject(raw.props)) r.error(`${path}.props`, `expected an object, got ${describe(raw.props)}`);
    for (const [name, value] of Object.entries(isObject(raw.props) ? raw.props : {})) {
      const spec = kind?.props[name];
      if (!spec) {
        if (kind) r.info(`${path}.props.${name}`, `unknown property for ${kind.id}; kept as is`);
        props[name] = value as PropValue;
        continue;
      }
      if (value === null) continue; // null means unset, as DOMAIN.md's "—"
      const v = readPropValue(r, spec, value, `${path}.props.${name}`);
      if (v !== undefined) props[name] = v;
    }
    read.props = props;
    if (!valid) return undefined;
    nodes.set(read.id as string, read as unknown as DesignNode);
    return read;
  };

  const edge: Hook = (read, raw, path) => {
    let valid = true;
    for (const end of ['source', 'target'] as const) {
      const id = read[end];
      if (typeof id !== 'string') valid = false;
      else if (!nodes.has(id)) {
        const guess = closest(id, nodes.keys());
        r.error(`${path}.${end}`, `no node with id ${quote(id)}${guess ? `; did you mean ${quote(guess)}?` : ''}`);
        valid = false;
      }
    }
    if ((raw.flow !== undefined && read.flow === undefined) || (raw.id !== undefined && read.id === undefined)) valid = false;
    if (typeof read.id === 'string' && edgeIds.has(read.id)) {
      r.error(`${path}.id`, `duplicate id ${quote(read.id)}; edge ids must be unique`);
      valid = false;
    }
    if (!valid) return undefined;
    const e = read as unknown as DesignEdge;
    if (read.id === undefined) {
      e.id = uniqueEdgeId(e.source, e.target, taken);
      taken.add(e.id);
    } else edgeIds.add(e.id);
    if (e.flow === undefined) unflowed.push(e);
    return read;
  };

  const step: Hook = (read, _raw, path) => {
    if (!Array.isArray(read.nodeIds)) return read;
    read.nodeIds = (read.nodeIds as string[]).filter((id, j) => {
      if (!nodes.has(id)) r.error(`${path}.nodeIds[${j}]`, `no node with id ${quote(id)}`);
      return nodes.has(id);
    });
    return read;
  };

  // A comment on a node or edge that is gone stays (orphaned): deleting a card must not lose the
  // discussion about it, and a room must accept the delete. So targets are not checked against the graph.
  const commentIds = new Set<string>();
  const comment: Hook = (read, raw, path) => {
    const name = typeof raw.id === 'string' ? `comment ${quote(raw.id)}` : 'this comment';
    let valid = typeof read.id === 'string' && read.target !== undefined;
    if (typeof read.id === 'string' && commentIds.has(read.id)) {
      r.error(`${path}.id`, `duplicate id ${quote(read.id)}; comment ids must be unique`);
      valid = false;
    }
    const target = read.target as Record<string, unknown> | undefined;
    if (target && Object.keys(target).length !== 1) {
      r.error(`${path}.target`, `${name} must name one node or one edge`);
      valid = false;
    }
    const replyIds = new Set<string>();
    for (const [j, reply] of ((read.replies as { id: string }[] | undefined) ?? []).entries()) {
      if (replyIds.has(reply.id)) r.error(`${path}.replies[${j}].id`, `duplicate reply id ${quote(reply.id)} in ${name}`);
      replyIds.add(reply.id);
    }
    if (!valid) return undefined;
    commentIds.add(read.id as string);
    return read;
  };

  const settings: Hook = (read, _raw, path) => {
    for (const key of Object.keys(read)) if (!(key in SETTINGS.fields)) r.info(`${path}.${key}`, 'unknown setting; kept as is');
    return read;
  };

  return new Map<object, Hook>([
    [NODE, node],
    [EDGE, edge],
    [STEP, step],
    [SETTINGS, settings],
    [COMMENT, comment],
  ]);
}

const failed = (r: Reader): RestoreResult => ({ ok: false, errors: r.issues, issues: r.issues });

/** Reads a parsed design file. Never throws: bad input gives errors that name the JSON path. */
export function restore(input: unknown): RestoreResult {
  const r = new Reader();
  if (!isObject(input)) {
    r.error('$', `expected a design object, got ${describe(input)}`);
    return failed(r);
  }
  if (input.format !== FORMAT) {
    r.error('format', input.format === undefined ? `missing; not an MLSD Studio design (expected "format": "${FORMAT}")` : `expected ${quote(FORMAT)}, got ${describe(input.format)}`);
    return failed(r);
  }
  const version = input.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    r.error('version', `expected a whole number ≥ 1, got ${describe(version)}`);
    return failed(r);
  }
  if (version > CURRENT_VERSION) {
    r.error('version', `this file is format version ${version}, made by a newer MLSD Studio; this one reads up to version ${CURRENT_VERSION}`);
    return failed(r);
  }
  const doc: Json = migrate(input, version);
  for (const key of ['nodes', 'edges'] as const) {
    if (!Array.isArray(doc[key])) r.error(key, doc[key] === undefined ? `missing; ${DESIGN.fields[key].missing}` : `expected a list, got ${describe(doc[key])}`);
  }
  if (r.issues.length) return failed(r);

  const unflowed: DesignEdge[] = [];
  const design = readObject(r, DESIGN, doc, '$', documentHooks(r, doc.edges as unknown[], unflowed)) as Design | undefined;
  // Edges drawn without a flow get the editor's defaults, read from the whole graph (flow.ts).
  if (design && unflowed.length) design.edges = withDefaultFlows(design.nodes, design.edges);
  const errors = r.issues.filter((i) => i.severity === 'error');
  return errors.length || !design ? { ok: false, errors, issues: r.issues } : { ok: true, design, issues: r.issues };
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
