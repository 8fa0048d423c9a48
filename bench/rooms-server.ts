// A room server process for `npm run bench:rooms`: the studio's server (serving the built studio too when
// given a dist folder), or (`bare`) a Hocuspocus relay with
// no auth, validation or persistence. Prints `READY url`, then its CPU and memory twice a second.
import { Server } from '@hocuspocus/server';
import { silentLogger } from '../src/server/logger';
import { startRoomServer } from '../src/server/server';

const [kind, dataDir, redis, instanceId, distDir] = process.argv.slice(2);
let url: string;
let rooms: () => number;
if (kind === 'bare') {
  const server = new Server({ port: 0, address: '127.0.0.1', quiet: true, stopOnSignals: false });
  await server.listen();
  url = server.httpURL;
  rooms = () => server.hocuspocus.getDocumentsCount();
} else {
  const server = await startRoomServer({
    port: 0,
    dataDir,
    redis: redis || undefined,
    instanceId: instanceId || 'main',
    // Given for the browser join: the studio itself, from the same origin as its rooms.
    distDir: distDir || undefined,
    logger: silentLogger,
    // Every bench client comes from 127.0.0.1; the per-address cap is for the open internet.
    maxConnectionsPerIp: 10_000,
    roomsPerMinutePerIp: 100_000,
  });
  url = server.url;
  rooms = () => -1;
}
// The bench may stop reading (and kill this process) at any time.
process.stdout.on('error', () => process.exit(0));
process.stdout.write(`READY ${url}\n`);
const report = () => {
  const cpu = process.cpuUsage();
  const mem = process.memoryUsage();
  process.stdout.write(`STATS ${JSON.stringify({ cpuMs: (cpu.user + cpu.system) / 1000, rssMB: mem.rss / 2 ** 20, heapMB: mem.heapUsed / 2 ** 20, rooms: rooms(), at: performance.now() })}\n`);
};
setInterval(report, 500);
// SIGUSR2: collect garbage first (started with --expose-gc), for the memory-per-room figure.
process.on('SIGUSR2', () => {
  (globalThis as { gc?: () => void }).gc?.();
  report();
});
