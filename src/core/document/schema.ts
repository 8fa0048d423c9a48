import type { PropValue } from '../catalog/types';

/**
 * The one schema of the design document (format 1). The TypeScript types (`Infer`), the reader's
 * structural checks (restore.ts), the writer's field order (serialize.ts) and the published JSON
 * Schema (schemaJson.ts) are all derived from these tables, so a field is added in one place.
 * A home-made table rather than a schema library: it adds nothing to the app's initial bundle,
 * and the reader keeps its own messages (JSON paths, did-you-mean) on top.
 */

export const FORMAT = 'mlsd-studio/design';
export const CURRENT_VERSION = 1;
export const FLOWS = ['request', 'data', 'feedback'] as const;

/** Where editors find the JSON Schema; every file the app or the CLI writes points at it. */
export const SCHEMA_URL = 'https://mlsd.studio/schema/design.v1.json';

interface Common {
  description: string;
  /** The file must have it. */
  required?: true;
  /** The file may leave it out, but the reader always fills it in (so the type has it). */
  filled?: true;
  /** Checked when read, never kept: `$schema` is written afresh on every save. */
  transient?: true;
  /** Completes "expected …, got X" when the value has the wrong type. */
  expect?: string;
  /** Completes "missing; …" when a required field is absent. */
  missing?: string;
}

export type FieldSpec = Common &
  (
    | { type: 'string'; nonEmpty?: true; format?: 'date-time' }
    | { type: 'number'; min?: number; decimals?: number }
    | { type: 'boolean' }
    | { type: 'const'; value: string | number }
    | { type: 'enum'; options: readonly string[] }
    | { type: 'array'; items: FieldSpec }
    | { type: 'map'; values: FieldSpec }
    /** A catalog kind id: the reader checks it against the catalog (with did-you-mean). */
    | { type: 'kind' }
    /** Props of the node's kind: checked against the catalog by the reader. */
    | { type: 'props' }
    | ObjectSpec
  );

/** Unknown fields: kept in `extra` and written back, kept inline as they are, or dropped. */
export type Unknown = 'extra' | 'inline' | 'drop';

export interface ObjectSpec extends Common {
  type: 'object';
  fields: Record<string, FieldSpec>;
  unknown: Unknown;
}

/** Fields a file carried that this version does not know; written back unchanged on save. */
export type Extra = Record<string, unknown>;

const POSITION = {
  type: 'object',
  description: 'Where the card sits on the canvas. Missing on any node: the editor lays the design out when it opens the file.',
  expect: '{"x": number, "y": number}',
  unknown: 'drop',
  fields: {
    x: { type: 'number', required: true, decimals: 2, description: 'Left edge, in canvas pixels.' },
    y: { type: 'number', required: true, decimals: 2, description: 'Top edge, in canvas pixels.' },
  },
} as const satisfies ObjectSpec;

export const NODE = {
  type: 'object',
  description: 'A component of the system: one card on the canvas.',
  expect: 'a node object',
  unknown: 'extra',
  fields: {
    id: { type: 'string', required: true, nonEmpty: true, missing: 'every node needs a unique id', description: 'Unique among the nodes; edges and walkthrough steps refer to it.' },
    kind: { type: 'kind', required: true, missing: 'every node needs a kind', description: 'A component kind of the catalog.' },
    label: { type: 'string', description: "What the card says; unset means the kind's label." },
    position: POSITION,
    props: { type: 'props', filled: true, description: "Only the properties the design sets; the rest take the kind's defaults. null means unset." },
    notes: { type: 'string', description: 'Free notes: why this component, what it does here.' },
    pinned: { type: 'boolean', description: 'Tidy-up leaves a pinned node where the user put it.' },
  },
} as const satisfies ObjectSpec;

export const EDGE = {
  type: 'object',
  description: 'A connection, pointing the way data moves.',
  expect: 'an edge object',
  unknown: 'extra',
  fields: {
    id: { type: 'string', filled: true, nonEmpty: true, description: 'Unique among the edges; default: derived from source and target ("cg-lr").' },
    source: { type: 'string', required: true, expect: 'a node id', missing: 'name a node id', description: 'The id of the node the edge leaves.' },
    target: { type: 'string', required: true, expect: 'a node id', missing: 'name a node id', description: 'The id of the node the edge enters.' },
    flow: {
      type: 'enum',
      options: FLOWS,
      filled: true,
      description:
        'request: the online call chain and lookups by serving nodes; data: pipelines and deployments; feedback: logs and labels flowing back toward training (only feedback may close a cycle). Default: picked from the graph as the editor does.',
    },
    label: { type: 'string', description: 'Text drawn on the edge ("~1,000 candidates").' },
  },
} as const satisfies ObjectSpec;

export const SETTINGS = {
  type: 'object',
  description: 'Thresholds of the rules that a design may change.',
  unknown: 'inline',
  fields: {
    maxRankIn: { type: 'number', min: 0, description: 'The most candidates a ranker may score per request (single-stage-ranking). Default 10,000.' },
    hotQps: { type: 'number', min: 0, description: 'Traffic at which a serving path wants a cache (cache-on-hot-path). Default 1,000.' },
  },
} as const satisfies ObjectSpec;

const LINT = {
  type: 'object',
  description: 'How the linter treats this design.',
  expect: '{"off": {"rule-id": "reason"}}',
  unknown: 'inline',
  fields: {
    off: {
      type: 'map',
      filled: true,
      description: 'Rules turned off for this design, each with the reason a reviewer reads.',
      values: { type: 'string', expect: 'the reason as a string', description: 'Why the rule does not apply to this design.' },
    },
  },
} as const satisfies ObjectSpec;

export const STEP = {
  type: 'object',
  description: 'One step of the presenter: the components it highlights and its speaker notes.',
  expect: '{"title": string, "nodeIds": [node ids], "notes"?: string}',
  unknown: 'inline',
  fields: {
    title: { type: 'string', required: true, description: 'The heading shown for the step.' },
    nodeIds: { type: 'array', required: true, description: 'The nodes the step highlights.', items: { type: 'string', expect: 'a node id', description: 'A node id.' } },
    notes: { type: 'string', description: 'Speaker notes.' },
  },
} as const satisfies ObjectSpec;

const TARGET = {
  type: 'object',
  description: 'One node or one edge. Kept when that is deleted (orphaned).',
  expect: '{"node": id} or {"edge": id}',
  unknown: 'drop',
  fields: {
    node: { type: 'string', nonEmpty: true, description: 'A node id.' },
    edge: { type: 'string', nonEmpty: true, description: 'An edge id.' },
  },
} as const satisfies ObjectSpec;

const AUTHOR = { type: 'string', required: true, nonEmpty: true, description: 'Who wrote it.' } as const;
const TEXT = { type: 'string', required: true, nonEmpty: true, description: 'What they wrote.' } as const;
const AT = { type: 'string', required: true, format: 'date-time', expect: 'an ISO 8601 time ("2026-11-28T19:30:00.000Z")', description: 'When, in ISO 8601.' } as const;

export const REPLY = {
  type: 'object',
  description: 'An answer in a comment\'s thread.',
  expect: 'a reply object',
  unknown: 'inline',
  fields: {
    id: { type: 'string', required: true, nonEmpty: true, description: 'Unique within its thread.' },
    author: AUTHOR,
    text: TEXT,
    at: AT,
  },
} as const satisfies ObjectSpec;

export const COMMENT = {
  type: 'object',
  description: 'A question pinned to a component or an edge, with its replies.',
  expect: 'a comment object',
  unknown: 'extra',
  fields: {
    id: { type: 'string', required: true, nonEmpty: true, missing: 'every comment needs a unique id', description: 'Unique among the comments.' },
    target: { ...TARGET, required: true, missing: 'name the node or edge the comment is pinned to: {"node": id} or {"edge": id}' },
    author: AUTHOR,
    text: TEXT,
    at: AT,
    replies: { type: 'array', filled: true, items: REPLY, description: 'Oldest first.' },
    resolved: { type: 'boolean', filled: true, description: 'The question was answered.' },
  },
} as const satisfies ObjectSpec;

export const DESIGN = {
  type: 'object',
  description: 'An ML system design drawn in MLSD Studio.',
  expect: 'a design object',
  unknown: 'extra',
  fields: {
    $schema: { type: 'string', transient: true, description: 'The JSON Schema of this format, for editors.' },
    format: { type: 'const', value: FORMAT, required: true, description: 'Marks the file as an MLSD Studio design.' },
    version: { type: 'const', value: CURRENT_VERSION, required: true, description: 'Format version; earlier versions are migrated on read.' },
    title: { type: 'string', description: 'The design\'s name.' },
    description: { type: 'string', description: 'One paragraph: the problem, the ML task, the business objective.' },
    nodes: { type: 'array', required: true, missing: 'expected a list (it may be empty)', items: NODE, description: 'The components.' },
    edges: { type: 'array', required: true, missing: 'expected a list (it may be empty)', items: EDGE, description: 'The connections between components.' },
    settings: SETTINGS,
    lint: LINT,
    walkthrough: { type: 'array', expect: 'a list of steps', items: STEP, description: 'The order a presenter steps through the design.' },
    comments: { type: 'array', expect: 'a list of comments', items: COMMENT, description: 'Comments on components and edges.' },
  },
} as const satisfies ObjectSpec;

// ── Types derived from the tables ─────────────────────────────────────────────────────────────

type Simplify<T> = { [K in keyof T]: T[K] } & {};
type Kept<Fs> = { [K in keyof Fs]: Fs[K] extends { transient: true } ? never : K }[keyof Fs];
type Present<Fs> = { [K in Kept<Fs>]: Fs[K] extends { required: true } | { filled: true } ? K : never }[Kept<Fs>];
type Optional<Fs> = Exclude<Kept<Fs>, Present<Fs>>;

/** The TypeScript type of a value the reader returns for a field of this spec. */
export type Infer<F> = F extends { type: 'string' } | { type: 'kind' }
  ? string
  : F extends { type: 'number' }
    ? number
    : F extends { type: 'boolean' }
      ? boolean
      : F extends { type: 'const'; value: infer V }
        ? V
        : F extends { type: 'enum'; options: readonly (infer O)[] }
          ? O
          : F extends { type: 'array'; items: infer I }
            ? Infer<I>[]
            : F extends { type: 'map'; values: infer V }
              ? Record<string, Infer<V>>
              : F extends { type: 'props' }
                ? Record<string, PropValue>
                : F extends { type: 'object'; fields: infer Fs; unknown: infer U }
                  ? Simplify<{ [K in Present<Fs>]: Infer<Fs[K]> } & { [K in Optional<Fs>]?: Infer<Fs[K]> } & (U extends 'extra' ? { extra?: Extra } : unknown)>
                  : never;
