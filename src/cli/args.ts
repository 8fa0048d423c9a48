/** The parsed command line: a command, its files, and options as given (validated by each command). */
export interface CommandLine {
  command?: string;
  files: string[];
  options: Record<string, string | true>;
}

const ALIASES: Record<string, string> = { o: 'output', h: 'help', v: 'version', f: 'format' };
/** Options that take a value; every other option is a switch. */
const WITH_VALUE = new Set(['format', 'output', 'theme', 'direction']);

export class UsageError extends Error {}

/** Reads `cmd FILE… --opt value --opt=value -o value --switch`; `--` ends the options. */
export function parseArgs(argv: readonly string[]): CommandLine {
  const line: CommandLine = { files: [], options: {} };
  let onlyFiles = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (onlyFiles || !arg.startsWith('-') || arg === '-') {
      if (line.command === undefined && !onlyFiles) line.command = arg;
      else line.files.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyFiles = true;
      continue;
    }
    const [rawName, inlineValue] = arg.replace(/^--?/, '').split(/=(.*)/s, 2);
    const name = ALIASES[rawName] ?? rawName;
    if (!WITH_VALUE.has(name)) {
      if (inlineValue !== undefined) throw new UsageError(`option --${name} takes no value`);
      line.options[name] = true;
      continue;
    }
    const value = inlineValue ?? argv[++i];
    if (value === undefined || (inlineValue === undefined && value.startsWith('-') && value !== '-')) throw new UsageError(`option --${name} needs a value`);
    line.options[name] = value;
  }
  return line;
}

/** A string option restricted to a few choices, with its default. */
export function choice<T extends string>(options: CommandLine['options'], name: string, choices: readonly T[], fallback: T): T {
  const value = options[name];
  if (value === undefined) return fallback;
  if (typeof value !== 'string' || !choices.includes(value as T)) {
    throw new UsageError(`--${name} must be one of ${choices.join(', ')}${typeof value === 'string' ? `; got "${value}"` : ''}`);
  }
  return value as T;
}

export function rejectUnknown(options: CommandLine['options'], known: readonly string[]): void {
  for (const name of Object.keys(options)) if (!known.includes(name)) throw new UsageError(`unknown option --${name}`);
}
