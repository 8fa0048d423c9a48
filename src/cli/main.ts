import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { designJsonSchemaText } from '../core/document/schemaJson';
import { exportCommand, writeOutput } from './export-command';
import { importCommand } from './import-command';
import { EXIT, type Io } from './io';
import { lintCommand } from './lint-command';
import { type CommandName, parseCommandLine, usage, UsageError, type Values } from './options';
import { newCommand, templatesCommand } from './templates-command';

export const VERSION = MLSD_VERSION;

export const nodeIo: Io = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readFile: (path) => readFileSync(path, 'utf8'),
  writeFile: (path, text) => writeFileSync(path, text),
  exists: (path) => existsSync(path),
  color: !!process.stdout.isTTY && !process.env.NO_COLOR,
};

type Handler = (args: string[], values: Values, io: Io) => number | Promise<number>;

/** What each command of the options table runs. */
const HANDLERS: Record<CommandName, Handler> = {
  lint: (args, values, io) => lintCommand(args, values, io, VERSION),
  export: exportCommand,
  import: importCommand,
  new: (_args, values, io) => newCommand(values, io),
  templates: (_args, values, io) => templatesCommand(values, io),
  schema: (_args, values, io) => writeOutput(values, designJsonSchemaText(), io),
  // The server (and Hocuspocus) load only for this command; it reads its options itself.
  serve: (_args, values) =>
    import('../server/serve').then(({ serveCommand }) =>
      serveCommand(Object.entries(values).flatMap(([name, v]) => (v === undefined || name === 'help' ? [] : [`--${name}`, String(v)]))),
    ),
  version: (_args, _values, io) => {
    io.stdout(`${VERSION}\n`);
    return EXIT.ok;
  },
};

/** Runs one `mlsd` command line and returns the exit code; never calls process.exit, so output is flushed. */
export async function run(argv: readonly string[], io: Io = nodeIo): Promise<number> {
  try {
    const line = parseCommandLine(argv);
    if (line.values.help) {
      io.stdout(usage(line.command));
      return EXIT.ok;
    }
    // `mlsd version` too: `npx mlsd --version` is answered by npx itself.
    if (!line.command && line.values.version) return HANDLERS.version([], line.values, io);
    if (!line.command) {
      io.stderr(usage());
      return EXIT.unusable;
    }
    return await HANDLERS[line.command](line.args, line.values, io);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.stderr(`mlsd: ${e.message}\n\n${usage()}`);
    return EXIT.unusable;
  }
}
