import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs, UsageError } from './args';
import { exportCommand } from './export-command';
import { USAGE } from './help';
import { EXIT, type Io } from './io';
import { lintCommand } from './lint-command';

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

export const nodeIo: Io = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readFile: (path) => readFileSync(path, 'utf8'),
  writeFile: (path, text) => writeFileSync(path, text),
  color: !!process.stdout.isTTY && !process.env.NO_COLOR,
};

/** Runs one `mlsd` command line and returns the exit code; never calls process.exit, so output is flushed. */
export async function run(argv: readonly string[], io: Io = nodeIo): Promise<number> {
  try {
    const line = parseArgs(argv);
    // `mlsd version` too: `npx mlsd --version` is answered by npx itself.
    if ((line.options.version && !line.command) || line.command === 'version') {
      io.stdout(`${version()}\n`);
      return EXIT.ok;
    }
    if (line.options.help || line.command === 'help') {
      io.stdout(USAGE);
      return EXIT.ok;
    }
    switch (line.command) {
      case 'lint':
        return lintCommand(line, io);
      case 'export':
        return await exportCommand(line, io);
      case undefined:
        io.stderr(USAGE);
        return EXIT.unusable;
      default:
        throw new UsageError(`unknown command "${line.command}"`);
    }
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.stderr(`mlsd: ${e.message}\n\n${USAGE}`);
    return EXIT.unusable;
  }
}
