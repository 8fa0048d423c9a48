import { DESIGN, type FieldSpec, type ObjectSpec, SCHEMA_URL } from './schema';
import type { Design } from './types';

type Json = Record<string, unknown>;

function writeField(spec: FieldSpec, value: unknown): unknown {
  switch (spec.type) {
    case 'number': {
      const scale = 10 ** (spec.decimals ?? 0);
      return spec.decimals === undefined ? value : Math.round((value as number) * scale) / scale;
    }
    case 'array':
      return (value as unknown[]).map((item) => writeField(spec.items, item));
    case 'object':
      return writeObject(spec, value as Json);
    default:
      return value;
  }
}

/** Known fields in the schema's order, then the unknown ones the file carried. */
function writeObject(spec: ObjectSpec, value: Json): Json {
  const out: Json = {};
  for (const [key, field] of Object.entries(spec.fields)) {
    if (!field.transient && value[key] !== undefined) out[key] = writeField(field, value[key]);
  }
  if (spec.unknown === 'extra') Object.assign(out, value.extra);
  if (spec.unknown === 'inline') for (const key of Object.keys(value)) if (!(key in spec.fields)) out[key] = value[key];
  return out;
}

/** The design as format-1 JSON: only the design, no UI state; unknown fields written back. */
export function toJson(design: Design): Json {
  return writeObject(DESIGN, design as unknown as Json);
}

/** The design file's text, as the app's Save and the CLI write it: pointing editors at the JSON Schema. */
export function serialize(design: Design): string {
  return JSON.stringify({ $schema: SCHEMA_URL, ...toJson(design) }, null, 2) + '\n';
}
