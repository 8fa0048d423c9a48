import { closest } from '../catalog';
import type { FieldSpec, ObjectSpec } from './schema';
import type { ReadIssue } from './types';

export type Json = Record<string, unknown>;

export const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
export const quote = (v: unknown) => JSON.stringify(v);
export const describe = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'an array' : `${typeof v} ${quote(v)}`);

export function optionProblem(options: readonly string[], value: unknown): string {
  const guess = typeof value === 'string' ? closest(value, options) : undefined;
  const hint = guess ? `; did you mean ${quote(guess)}?` : `; expected one of ${options.map(quote).join(', ')}`;
  return `unknown value ${describe(value)}${hint}`;
}

/** "nodes[3]" + "kind" → "nodes[3].kind"; the root is "$". */
export const at = (path: string, key: string) => (path === '$' ? key : `${path}.${key}`);

/** An ISO 8601 date and time with a zone, as `Date.toISOString` writes it (the JSON Schema's `date-time`). */
export const isDateTime = (v: string) => /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)$/.test(v) && !Number.isNaN(Date.parse(v));

export class Reader {
  issues: ReadIssue[] = [];
  error(path: string, message: string) {
    this.issues.push({ path, message, severity: 'error' });
  }
  info(path: string, message: string) {
    this.issues.push({ path, message, severity: 'info' });
  }
}

/**
 * Checks that run after the schema's on one object (a node's kind and props, an edge's ends):
 * they get what the schema read and the raw object, and return undefined to drop the object.
 */
export type Hook = (read: Json, raw: Json, path: string) => Json | undefined;

function expected(spec: FieldSpec): string {
  if (spec.expect) return spec.expect;
  switch (spec.type) {
    case 'string':
      return spec.nonEmpty ? 'a non-empty string' : 'a string';
    case 'number':
      return spec.min !== undefined ? `a number ≥ ${spec.min}` : 'a number';
    case 'boolean':
      return 'true or false';
    case 'const':
      return quote(spec.value);
    case 'array':
      return 'a list';
    default:
      return 'an object';
  }
}

/** Reads one value against its spec; undefined when it is unusable (the reason is recorded). */
export function readField(r: Reader, spec: FieldSpec, value: unknown, path: string, hooks: Map<object, Hook>): unknown {
  const wrong = () => {
    r.error(path, `expected ${expected(spec)}, got ${describe(value)}`);
    return undefined;
  };
  switch (spec.type) {
    case 'string':
      if (typeof value !== 'string' || (spec.nonEmpty && value === '')) return wrong();
      return spec.format === 'date-time' && !isDateTime(value) ? wrong() : value;
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) && (spec.min === undefined || value >= spec.min) ? value : wrong();
    case 'boolean':
      return typeof value === 'boolean' ? value : wrong();
    case 'const':
      return value === spec.value ? value : wrong();
    case 'enum':
      if (typeof value === 'string' && spec.options.includes(value)) return value;
      r.error(path, optionProblem(spec.options, value));
      return undefined;
    case 'kind':
    case 'props':
      return value; // the catalog's checks, in the hook of the enclosing object
    case 'array':
      if (!Array.isArray(value)) return wrong();
      return value.flatMap((item, i) => {
        const v = readField(r, spec.items, item, `${path}[${i}]`, hooks);
        return v === undefined ? [] : [v];
      });
    case 'map': {
      if (!isObject(value)) return wrong();
      const out: Json = {};
      for (const [key, item] of Object.entries(value)) {
        const v = readField(r, spec.values, item, at(path, key), hooks);
        if (v !== undefined) out[key] = v;
      }
      return out;
    }
    case 'object':
      return readObject(r, spec, value, path, hooks);
  }
}

export function readObject(r: Reader, spec: ObjectSpec, raw: unknown, path: string, hooks: Map<object, Hook>): Json | undefined {
  if (!isObject(raw)) {
    r.error(path, `expected ${expected(spec)}, got ${describe(raw)}`);
    return undefined;
  }
  const out: Json = {};
  for (const [key, field] of Object.entries(spec.fields)) {
    const value = raw[key];
    if (value === undefined) {
      if (field.required) r.error(at(path, key), `missing; ${field.missing ?? `expected ${expected(field)}`}`);
      else if (field.filled && (field.type === 'map' || field.type === 'props')) out[key] = {};
      else if (field.filled && field.type === 'array') out[key] = [];
      else if (field.filled && field.type === 'boolean') out[key] = false;
      continue;
    }
    const v = readField(r, field, value, at(path, key), hooks);
    if (v !== undefined && !field.transient) out[key] = v;
  }
  const unknown = Object.keys(raw).filter((k) => !(k in spec.fields));
  if (unknown.length && spec.unknown !== 'drop') {
    const kept = Object.fromEntries(unknown.map((k) => [k, raw[k]]));
    if (spec.unknown === 'extra') out.extra = kept;
    else Object.assign(out, kept);
  }
  const hook = hooks.get(spec);
  return hook ? hook(out, raw, path) : out;
}
