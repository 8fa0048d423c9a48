import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { jsonLogger, type Logger } from './logger';
import { SERVE_OPTIONS } from './serve-options';
import { startRoomServer } from './server';


export const SERVE_USAGE = `Usage: mlsd serve [options]

Serves the studio and its live rooms on one port.

${Object.entries(SERVE_OPTIONS)
  .map(([name, o]) => `  --${`${name} ${name === 'redis' ? 'URL' : 'VALUE'}`.padEnd(20)} ${o.help}${'default' in o ? ` (default: ${o.default})` : ''}`)
  .join('\n')}
`;

const packageRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

function build(outDir: string, logger: Logger): Promise<boolean> {
  logger.info('building-studio', { outDir });
  return new Promise((done) => {
    const child = spawn(process.execPath, [join(packageRoot, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', outDir], {
      cwd: packageRoot,
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    child.on('exit', (code) => done(code === 0));
    child.on('error', () => done(false));
  });
}

/**
 * `mlsd serve`: builds the studio if it is not built, starts the room server, and runs until SIGINT or
 * SIGTERM, when it stores every room and exits 0. Exit 2 on a bad command line, 1 when it cannot start.
 */
export async function serveCommand(argv: readonly string[], logger: Logger = jsonLogger()): Promise<number> {
  let values: Record<string, string | undefined>;
  try {
    ({ values } = parseArgs({ args: [...argv], options: SERVE_OPTIONS, strict: true, allowPositionals: false }));
  } catch (e) {
    process.stderr.write(`mlsd serve: ${e instanceof Error ? e.message : e}\n\n${SERVE_USAGE}`);
    return 2;
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(`mlsd serve: --port must be a whole number from 0 to 65535; got "${values.port}"\n`);
    return 2;
  }
  const distDir = resolve(values.dist ?? join(packageRoot, 'dist'));
  if (!existsSync(join(distDir, 'index.html'))) {
    if (values.dist) {
      process.stderr.write(`mlsd serve: ${distDir} holds no index.html\n`);
      return 1;
    }
    if (!(await build(distDir, logger))) {
      process.stderr.write('mlsd serve: building the studio failed (see above)\n');
      return 1;
    }
  }
  const host = values.host ?? '127.0.0.1';
  const instanceId = values.instance ?? (values.redis ? `${host}-${port}`.replace(/[^A-Za-z0-9_-]/g, '_') : 'main');
  // A hook that rejects on a timer (a library's) must not end a server that others are editing in.
  const onRejection = (e: unknown) => logger.error('unhandled-rejection', { error: e instanceof Error ? e.name : 'error' });
  process.on('unhandledRejection', onRejection);
  let server;
  try {
    server = await startRoomServer({ port, host, dataDir: resolve(values.data ?? './rooms'), distDir, redis: values.redis, instanceId, logger });
  } catch (e) {
    process.off('unhandledRejection', onRejection);
    process.stderr.write(`mlsd serve: cannot start: ${e instanceof Error ? e.message : e}\n`);
    return 1;
  }
  process.stdout.write(`MLSD Studio and live rooms at ${server.url}\n`);
  logger.info('listening', { url: server.url, redis: !!values.redis, instance: instanceId });
  await new Promise<void>((done) => {
    process.once('SIGINT', done);
    process.once('SIGTERM', done);
  });
  await server.close();
  process.off('unhandledRejection', onRejection);
  logger.info('stopped');
  return 0;
}
