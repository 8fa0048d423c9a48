import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { KINDS } from '../catalog';
import { parseDesign } from './restore';
import { designJsonSchema, designJsonSchemaText } from './schemaJson';
import { isDateTime } from './schemaRead';

const dir = (rel: string) => fileURLToPath(new URL(rel, import.meta.url));
const jsonFiles = (rel: string) =>
  readdirSync(dir(rel))
    .filter((f) => f.endsWith('.json'))
    .map((f) => ({ name: f, text: readFileSync(`${dir(rel)}/${f}`, 'utf8') }));

const templates = jsonFiles('../../../templates/');
const fixtures = jsonFiles('../testing/fixtures/').filter((f) => {
  try {
    JSON.parse(f.text);
    return true;
  } catch {
    return false; // a file that is not JSON at all is no test of a schema
  }
});
const validate = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true, formats: { 'date-time': isDateTime } }).compile(designJsonSchema());

describe('the published JSON Schema of the design file', () => {
  it('is the file on disk (run `npm run schema` after changing the schema or the catalog)', () => {
    expect(readFileSync(dir('../../../public/schema/design.v1.json'), 'utf8')).toBe(designJsonSchemaText());
  });

  it('names every kind and every prop of the catalog, with enums', () => {
    const schema = designJsonSchema() as { $defs: { props: Record<string, { properties: Record<string, { enum?: unknown[] }> }> } };
    expect(Object.keys(schema.$defs.props)).toEqual(KINDS.map((k) => k.id));
    for (const kind of KINDS) expect(Object.keys(schema.$defs.props[kind.id].properties)).toEqual(Object.keys(kind.props));
    expect(schema.$defs.props['model-server'].properties.hardware.enum).toEqual(['cpu', 'gpu', null]);
  });

  it('finds templates and fixtures to check', () => {
    expect(templates.length).toBeGreaterThanOrEqual(12);
    expect(fixtures.filter((f) => !parseDesign(f.text).ok).length).toBeGreaterThanOrEqual(4);
  });

  it.each(templates.map((t) => [t.name, t.text]))('validates template %s', (_name, text) => {
    const ok = validate(JSON.parse(text));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it.each(fixtures.map((f) => [f.name, f.text]))('agrees with the reader on fixture %s', (_name, text) => {
    expect(validate(JSON.parse(text))).toBe(parseDesign(text).ok);
  });
});
