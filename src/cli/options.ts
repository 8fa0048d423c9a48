import { parseArgs } from 'node:util';
import { SERVE_OPTIONS } from '../server/serve-options';

/**
 * Every command and option of `mlsd`, in one table: the parser (node:util parseArgs), the checks
 * of choices and numbers, and `--help` all read it.
 */
export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  /** The value's name in --help ("FILE", "N"). */
  value?: string;
  choices?: readonly string[];
  default?: string;
  integer?: true;
  required?: true;
  help: string;
}

export interface CommandSpec {
  usage: string;
  summary: string;
  /** How many files or other arguments the command takes. */
  args: { min: number; max?: number };
  options: Record<string, OptionSpec>;
}

const output: OptionSpec = { type: 'string', short: 'o', value: 'FILE', help: 'Write to FILE instead of standard output' };

export const COMMANDS = {
  lint: {
    usage: 'lint FILE…',
    summary: 'Check designs against the ML system design rules',
    args: { min: 1 },
    options: {
      format: { type: 'string', short: 'f', value: 'F', choices: ['stylish', 'text', 'json', 'sarif', 'github'], default: 'stylish', help: 'Report format (sarif: SARIF 2.1.0; github: workflow annotations)' },
      output,
      'max-warnings': { type: 'string', value: 'N', integer: true, help: 'Exit 1 when there are more than N warnings' },
      quiet: { type: 'boolean', help: 'Report errors only' },
      config: { type: 'string', value: 'FILE', help: 'Use this mlsd.config.json instead of the nearest one above each design' },
      fix: { type: 'boolean', help: 'Apply every quick fix, write the designs back, report what remains' },
      'fix-dry-run': { type: 'boolean', help: 'Like --fix, but print the fixed design instead of writing it (the report goes to stderr)' },
    },
  },
  export: {
    usage: 'export FILE --format F',
    summary: 'Write a design as json, mermaid, markdown or svg',
    args: { min: 1, max: 1 },
    options: {
      format: { type: 'string', short: 'f', value: 'F', choices: ['json', 'mermaid', 'markdown', 'svg'], required: true, help: 'Output format' },
      output,
      theme: { type: 'string', value: 'T', choices: ['light', 'dark'], default: 'light', help: 'SVG colours' },
      direction: { type: 'string', value: 'D', choices: ['right', 'down'], default: 'right', help: 'SVG layout direction' },
      relayout: { type: 'boolean', help: 'SVG: lay out afresh instead of using saved positions' },
      lanes: { type: 'boolean', help: 'SVG: arrange nodes in online / nearline / offline bands' },
      findings: { type: 'boolean', help: 'SVG: badge nodes with their lint findings' },
      'no-groups': { type: 'boolean', help: 'Mermaid: no subgraph per category' },
    },
  },
  import: {
    usage: 'import DIAGRAM.mmd',
    summary: 'Read a Mermaid flowchart as a design (kinds matched by label, id or alias)',
    args: { min: 1, max: 1 },
    options: {
      output,
      'unknown-kind': { type: 'string', value: 'KIND', help: 'Give nodes that match no kind this kind instead of failing' },
    },
  },
  new: {
    usage: 'new --template ID',
    summary: 'Start a design file from a reference design',
    args: { min: 0, max: 0 },
    options: {
      template: { type: 'string', short: 't', value: 'ID', required: true, help: 'The template (see mlsd templates)' },
      output,
      force: { type: 'boolean', help: 'Overwrite the output file if it exists' },
    },
  },
  templates: {
    usage: 'templates',
    summary: 'List the reference designs mlsd new can start from',
    args: { min: 0, max: 0 },
    options: { format: { type: 'string', short: 'f', value: 'F', choices: ['text', 'json'], default: 'text', help: 'Output format' } },
  },
  schema: {
    usage: 'schema',
    summary: 'Print the JSON Schema of the design file (for editors)',
    args: { min: 0, max: 0 },
    options: { output },
  },
  serve: {
    usage: 'serve',
    summary: 'Serve the studio and its live rooms on one port (rooms kept on disk)',
    args: { min: 0, max: 0 },
    options: Object.fromEntries(
      Object.entries(SERVE_OPTIONS).map(([name, o]): [string, OptionSpec] => [name, { type: 'string', value: name === 'redis' ? 'URL' : 'VALUE', ...('default' in o && { default: o.default }), help: o.help }]),
    ),
  },
  version: { usage: 'version', summary: 'Show the version', args: { min: 0, max: 0 }, options: {} },
} as const satisfies Record<string, CommandSpec>;

export type CommandName = keyof typeof COMMANDS;

const GLOBAL: Record<string, OptionSpec> = {
  help: { type: 'boolean', short: 'h', help: 'Show this help (mlsd COMMAND --help: that command only)' },
  version: { type: 'boolean', short: 'v', help: 'Show the version' },
};

export class UsageError extends Error {}

export type Values = Record<string, string | boolean | number | undefined>;
export interface CommandLine {
  command?: CommandName;
  args: string[];
  values: Values;
}

const isCommand = (name: string): name is CommandName => Object.prototype.hasOwnProperty.call(COMMANDS, name);

function checkValues(name: CommandName, values: Values): void {
  const spec: Record<string, OptionSpec> = COMMANDS[name].options;
  for (const [option, o] of Object.entries(spec)) {
    const v = values[option];
    if (v === undefined) {
      if (o.required && !values.help) throw new UsageError(`${name} needs --${option}${o.choices ? ` (${o.choices.join(', ')})` : ''}`);
      if (o.default !== undefined) values[option] = o.default;
      continue;
    }
    if (o.choices && !o.choices.includes(v as string)) throw new UsageError(`--${option} must be one of ${o.choices.join(', ')}; got "${v}"`);
    if (o.integer) {
      if (!/^\d+$/.test(v as string)) throw new UsageError(`--${option} must be a whole number ≥ 0; got "${v}"`);
      values[option] = Number(v);
    }
  }
}

/** Reads `mlsd COMMAND [FILE…] [options]`; throws UsageError with a message a user can act on. */
export function parseCommandLine(argv: readonly string[]): CommandLine {
  const first = argv[0];
  const named = first !== undefined && !first.startsWith('-');
  if (named && !isCommand(first)) throw new UsageError(`unknown command "${first}"`);
  const command = named ? (first as CommandName) : undefined;
  const options: Record<string, OptionSpec> = { ...GLOBAL, ...(command ? COMMANDS[command].options : {}) };
  let parsed;
  try {
    parsed = parseArgs({
      args: named ? argv.slice(1) : [...argv],
      options: Object.fromEntries(Object.entries(options).map(([k, o]) => [k, { type: o.type, ...(o.short && { short: o.short }) }])),
      allowPositionals: true,
      strict: true,
    });
  } catch (e) {
    // parseArgs' messages name the option already; drop its advice about "--" for positionals.
    throw new UsageError((e as Error).message.replace(/\. To specify a positional argument.*$/s, ''));
  }
  const values = { ...parsed.values } as Values;
  if (command) checkValues(command, values);
  if (command && !values.help) {
    const { min, max } = COMMANDS[command].args as CommandSpec['args'];
    const n = parsed.positionals.length;
    if (n < min) throw new UsageError(`${command} needs ${min === 1 ? 'a file' : `${min} files`}: mlsd ${COMMANDS[command].usage}`);
    if (max !== undefined && n > max) throw new UsageError(`${command} takes ${max === 0 ? 'no files' : max === 1 ? 'one file' : `at most ${max} files`}, got ${n}`);
  } else if (!command && parsed.positionals.length) throw new UsageError(`unknown command "${parsed.positionals[0]}"`);
  return { command, args: parsed.positionals, values };
}

function optionLines(options: Record<string, OptionSpec>): string[] {
  const rows = Object.entries(options).map(([name, o]) => {
    const flag = `${o.short ? `-${o.short}, ` : '    '}--${name}${o.value ? ` ${o.value}` : ''}`;
    return [flag, `${o.help}${o.choices ? `: ${o.choices.join(', ')}` : ''}${o.default ? ` (default: ${o.default})` : ''}`] as const;
  });
  const width = 26;
  return rows.map(([flag, help]) => `    ${flag.padEnd(width - 2)}  ${help}`);
}

/** `--help`: every command, or one, with its options, straight from the table. */
export function usage(command?: CommandName): string {
  const names = command ? [command] : (Object.keys(COMMANDS) as CommandName[]);
  const out = [command ? `Usage: mlsd ${COMMANDS[command].usage} [options]` : 'Usage: mlsd <command> [options]', '', command ? COMMANDS[command].summary : 'Commands:'];
  for (const name of names) {
    const spec: CommandSpec = COMMANDS[name];
    if (!command) out.push(`  ${spec.usage.padEnd(26)}  ${spec.summary}`);
    if (Object.keys(spec.options).length) out.push(...optionLines(spec.options));
  }
  out.push('', 'Options:', ...optionLines(GLOBAL), '');
  out.push(
    'FILE is a design file (.json), or an SVG exported by MLSD Studio.',
    'Exit codes of lint: 0 no error finding, 1 some error finding (or more warnings than --max-warnings),',
    '2 a file or the config cannot be read or is not valid (the message names the file and the JSON path),',
    'or the command line is wrong.',
    '',
  );
  return out.join('\n');
}
