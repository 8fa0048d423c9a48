import { KINDS } from '../catalog';
import type { KindSpec, PropSpec } from '../catalog/types';
import { DESIGN, type FieldSpec, type ObjectSpec, SCHEMA_URL } from './schema';

type JsonSchema = Record<string, unknown>;

function propSchema(name: string, spec: PropSpec): JsonSchema {
  const unit = spec.type === 'number' && spec.unit ? ` (${spec.unit})` : '';
  const base: JsonSchema = { description: `${spec.label ?? name}${unit}` };
  if (spec.default !== undefined) base.default = spec.default;
  switch (spec.type) {
    case 'number':
      return {
        ...base,
        // null means unset (DOMAIN.md's "—"), as in the reader.
        type: [spec.integer ? 'integer' : 'number', 'null'],
        ...(spec.min !== undefined && { minimum: spec.min }),
        ...(spec.max !== undefined && { maximum: spec.max }),
      };
    case 'boolean':
      return { ...base, type: ['boolean', 'null'] };
    case 'string':
      return { ...base, type: ['string', 'null'] };
    case 'enum':
      return { ...base, enum: [...spec.options, null] };
    case 'list':
      return { ...base, type: ['array', 'null'], items: { enum: [...spec.options] } };
  }
}

function propsSchema(kind: KindSpec): JsonSchema {
  return {
    type: 'object',
    description: `Properties of ${kind.label}: ${kind.description} Unknown properties are kept.`,
    properties: Object.fromEntries(Object.entries(kind.props).map(([name, spec]) => [name, propSchema(name, spec)])),
  };
}

function fieldSchema(spec: FieldSpec): JsonSchema {
  const base: JsonSchema = { description: spec.description };
  switch (spec.type) {
    case 'string':
      return { ...base, type: 'string', ...(spec.nonEmpty && { minLength: 1 }), ...(spec.format && { format: spec.format }) };
    case 'number':
      return { ...base, type: 'number', ...(spec.min !== undefined && { minimum: spec.min }) };
    case 'boolean':
      return { ...base, type: 'boolean' };
    case 'const':
      return { ...base, const: spec.value };
    case 'enum':
      return { ...base, enum: [...spec.options] };
    case 'array':
      return { ...base, type: 'array', items: fieldSchema(spec.items) };
    case 'map':
      return { ...base, type: 'object', additionalProperties: fieldSchema(spec.values) };
    case 'kind':
      return { ...base, anyOf: KINDS.map((k) => ({ const: k.id, title: k.label, description: k.description })) };
    case 'props':
      return { ...base, type: 'object' };
    case 'object':
      return objectSchema(spec);
  }
}

function objectSchema(spec: ObjectSpec): JsonSchema {
  const required = Object.entries(spec.fields).flatMap(([key, f]) => (f.required ? [key] : []));
  const schema: JsonSchema = {
    description: spec.description,
    type: 'object',
    properties: Object.fromEntries(Object.entries(spec.fields).map(([key, f]) => [key, fieldSchema(f)])),
    ...(required.length && { required }),
  };
  const hasProps = Object.values(spec.fields).some((f) => f.type === 'props');
  if (!hasProps) return schema;
  // Each kind's props, so that editors validate and complete them once the kind is chosen.
  return {
    ...schema,
    allOf: KINDS.map((k) => ({
      if: { properties: { kind: { const: k.id } }, required: ['kind'] },
      then: { properties: { props: { $ref: `#/$defs/props/${k.id}` } } },
    })),
  };
}

/**
 * The JSON Schema (2020-12) of design format 1, derived from the document schema and the catalog.
 * Unknown fields are allowed, as the reader keeps them. public/schema/design.v1.json is this value.
 */
export function designJsonSchema(): JsonSchema {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: SCHEMA_URL,
    title: 'MLSD Studio design (format 1)',
    ...objectSchema(DESIGN),
    $defs: { props: Object.fromEntries(KINDS.map((k) => [k.id, propsSchema(k)])) },
  };
}

export function designJsonSchemaText(): string {
  return JSON.stringify(designJsonSchema(), null, 2) + '\n';
}
