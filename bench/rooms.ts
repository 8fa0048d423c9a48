// `npm run bench:rooms` (`-- --quick` for a short run): live-room load on loopback with real Hocuspocus
// providers against the studio's room server, each edit scenario repeated on a bare Hocuspocus relay (no
// auth, validation or persistence) in the same run for the ratio. Prints one table and writes it into
// bench/results.md under its own heading. Asserts nothing: figures only.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as Y from 'yjs';
import type { Design } from '../src/core/document';
import { applyDesignToDoc, yDocToDesign } from '../src/core/sync';
import { generateDesign } from '../src/core/testing/generate';
import { ClientPool, until, type ClientSpec } from './rooms-clients';
import { connectClient, createRoom, waitFor, type TestClient } from '../src/server/test-clients';
import { startRedis } from '../src/server/test-process';
import { chromium } from '@playwright/test';
import { existsSync } from 'node:fs';
import { build, CHROMIUM_ARGS, CHROMIUM_PATH } from './lib.mjs';

const quick = process.argv.includes('--quick');
// `--client-threads N`: worker threads the clients run in. One on a 2-core machine: with two, the clients
// took the server's core (back to back at full size, p95 262 → 348 ms for 50 clients, 103 → 180 ms for
// 200 rooms, though medians fell); a machine with cores to spare plays 50 people better with more.
const threadsAt = process.argv.indexOf('--client-threads');
const THREADS = threadsAt > 0 ? Math.max(1, Number(process.argv[threadsAt + 1]) || 1) : 1;
const P = quick
  ? { rooms: 20, secs: 5, crowd: 10, redisRooms: 10, idleRooms: 20, joins: 3 }
  : { rooms: 200, secs: 60, crowd: 50, redisRooms: 100, idleRooms: 100, joins: 10 };
const log = (...a: unknown[]) => console.error('·', ...a);
const root = join(import.meta.dirname, '..');

interface Stats { cpuMs: number; rssMB: number; heapMB: number; at: number }
interface ServerProc { url: string; last(): Stats; kill(): void; settled(): Promise<Stats> }

async function spawnServer(args: string[]): Promise<ServerProc> {
  const child: ChildProcess = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', join(root, 'bench/rooms-server.ts'), ...args], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
  let last: Stats = { cpuMs: 0, rssMB: 0, heapMB: 0, at: 0 };
  let buffer = '';
  const url = await new Promise<string>((resolve, reject) => {
    child.on('exit', (code) => reject(new Error(`bench server exited with ${code}`)));
    child.stdout!.on('data', (d: Buffer) => {
      buffer += d;
      const lines = buffer.split('\n');
      buffer = lines.pop()!;
      for (const line of lines) {
        if (line.startsWith('READY ')) resolve(line.slice(6));
        if (line.startsWith('STATS ')) last = JSON.parse(line.slice(6));
      }
    });
  });
  const settled = async () => {
    const seen = last;
    child.kill('SIGUSR2');
    await waitFor(() => last !== seen, 'memory figures', 10_000);
    return last;
  };
  return { url, last: () => last, kill: () => child.kill('SIGKILL'), settled };
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] : NaN;
};
const now = () => performance.timeOrigin + performance.now();

interface EditRun { samples: number[]; diverged: number; cpuPct: number; rssMB: number }

/** Rooms of `perRoom` clients editing their own card `rate` times a second; latency = edit → seen by another client. */
async function editScenario(urls: string[], bare: boolean, rooms: number, perRoom: number, rate: number, cursorsHz: number, server: ServerProc[]): Promise<EditRun> {
  const design = JSON.parse(await readFile(join(root, 'templates/similar-items.json'), 'utf8')) as Design;
  const specs: ClientSpec[] = [];
  for (let r = 0; r < rooms; r++) {
    let name = `bench-${r}-${Math.random().toString(36).slice(2)}`;
    let token = '';
    if (!bare) ({ room: name, editToken: token } = await createRoom(urls[0], design));
    for (let i = 0; i < perRoom; i++) specs.push({ url: urls[(r + i) % urls.length], room: name, token, r, i, ...(bare && i === 0 && { seed: design }) });
  }
  const pool = new ClientPool(THREADS);
  try {
    await pool.connect(specs);
    await pool.addCards();
    await until(() => pool.holds(design.nodes.length + perRoom), 'every card to exist', 60_000);
    const before = server.map((s) => s.last());
    await pool.start(rate, cursorsHz);
    await new Promise((r) => setTimeout(r, P.secs * 1000));
    await pool.stop();
    const after = server.map((s) => s.last());
    const converged = async () => {
      const designs = await pool.designs();
      const byRoom = new Map<string, Set<string>>();
      for (const [key, json] of Object.entries(designs)) {
        const room = key.split('/')[0];
        byRoom.set(room, (byRoom.get(room) ?? new Set()).add(json));
      }
      return [...byRoom.values()].filter((set) => set.size > 1).length;
    };
    await until(async () => (await converged()) === 0, 'every room to converge', 15_000).catch(() => undefined);
    const diverged = await converged();
    const samples = await pool.finish();
    const cpuMs = after.reduce((s, a, i) => s + a.cpuMs - before[i].cpuMs, 0);
    const wallMs = Math.max(1, after[0].at - before[0].at);
    return { samples, diverged, cpuPct: (cpuMs / wallMs) * 100, rssMB: Math.max(...after.map((a) => a.rssMB)) };
  } finally {
    await pool.close();
  }
}

const rows: string[][] = [];
const fmt = (ms: number) => (Number.isFinite(ms) ? `${ms.toFixed(1)} ms` : '—');
function row(name: string, xs: number[], base: number[] | undefined, aim: string, met: boolean | undefined, note = '') {
  const m = pct(xs, 50);
  const bm = base ? pct(base, 50) : NaN;
  rows.push([name, fmt(m), fmt(pct(xs, 95)), fmt(pct(xs, 100)), base ? fmt(bm) : '—', base ? `${(pct(xs, 95) / pct(base, 95)).toFixed(2)}× (p95)` : '—', aim, met === undefined ? '—' : met ? 'met' : 'NOT MET', note]);
}

const dir = await mkdtemp(join(tmpdir(), 'mlsd-bench-rooms-'));
try {
  const real = await spawnServer(['real', join(dir, 'single')]);
  const bare = await spawnServer(['bare']);

  log(`${P.rooms} rooms × 3 clients, 2 edits/s, ${P.secs} s`);
  const a = await editScenario([real.url], false, P.rooms, 3, 2, 0, [real]);
  const ab = await editScenario([bare.url], true, P.rooms, 3, 2, 0, [bare]);
  const ratio1 = pct(a.samples, 95) / pct(ab.samples, 95);
  row(`${P.rooms} rooms × 3 clients, 2 edits/s each, ${P.secs} s, one instance (${a.samples.length} deliveries; ${a.diverged} rooms diverged; server ${a.cpuPct.toFixed(0)} % CPU, ${a.rssMB.toFixed(0)} MB RSS)`, a.samples, ab.samples, 'p95 ≤ 50 ms, ratio ≤ 1.5, 0 diverged', pct(a.samples, 95) <= 50 && ratio1 <= 1.5 && a.diverged === 0);

  log(`1 room × ${P.crowd} clients, 1 edit/s, cursors 10/s`);
  const b = await editScenario([real.url], false, 1, P.crowd, 1, 10, [real]);
  const bb = await editScenario([bare.url], true, 1, P.crowd, 1, 10, [bare]);
  row(`1 room × ${P.crowd} clients, 1 edit/s each, cursors 10/s (${b.diverged} diverged; server ${b.cpuPct.toFixed(0)} % CPU, ${b.rssMB.toFixed(0)} MB RSS; bare relay ${bb.cpuPct.toFixed(0)} % CPU)`, b.samples, bb.samples, 'p95 ≤ 100 ms', pct(b.samples, 95) <= 100 && b.diverged === 0);

  log(`two instances + Redis, ${P.redisRooms} rooms × 2 clients`);
  const redis = await startRedis();
  const one = await spawnServer(['real', join(dir, 'shared'), redis.url, 'one']);
  const two = await spawnServer(['real', join(dir, 'shared'), redis.url, 'two']);
  const c = await editScenario([one.url, two.url], false, P.redisRooms, 2, 2, 0, [one, two]);
  row(`two instances + Redis, ${P.redisRooms} rooms × 2 clients split across them, 2 edits/s (${c.diverged} diverged)`, c.samples, undefined, 'p95 ≤ 80 ms, 0 divergence', pct(c.samples, 95) <= 80 && c.diverged === 0);
  one.kill();
  two.kill();
  await redis.stop();

  log('join a 500-node room');
  const big = generateDesign(500);
  const bigState = Y.encodeStateAsUpdate(applyDesignDoc(big));
  const links = await createRoom(real.url, big);
  const joins: number[] = [];
  for (let i = 0; i < P.joins; i++) {
    const t0 = now();
    const j = connectClient(real.url, links.room, links.viewToken);
    await waitFor(() => j.provider.isSynced, 'join', 30_000);
    const nodes = yDocToDesign(j.doc).nodes.length;
    joins.push(now() - t0);
    j.destroy();
    if (nodes !== 500) throw new Error(`joined a 500-node room and got ${nodes} nodes`);
  }
  row(`join a 500-node room (${(bigState.byteLength / 1024).toFixed(0)} kB as one sync message, cap 2048 kB): connect → whole design decoded, Node client`, joins, undefined, 'the network and decoding part of the row below', undefined);

  log('join a 500-node room in the browser');
  const renders = await browserJoins(big, P.joins);
  row('join a 500-node room in Chromium: click "Join to watch" → all 500 cards on the canvas and painted', renders, undefined, '≤ 1.5 s to first full render', pct(renders, 95) <= 1500);

  log(`${P.idleRooms} idle rooms`);
  const design = JSON.parse(await readFile(join(root, 'templates/news-feed-ranking.json'), 'utf8'));
  const idle: TestClient[] = [];
  for (let i = 0; i < P.idleRooms; i++) {
    const l = await createRoom(real.url, design);
    idle.push(connectClient(real.url, l.room, l.viewToken));
  }
  await Promise.all(idle.map((x) => x.synced(120_000).catch(() => undefined)));
  await new Promise((r) => setTimeout(r, 1200));
  const heapLoaded = (await real.settled()).heapMB;
  idle.forEach((x) => x.destroy());
  await new Promise((r) => setTimeout(r, 3000));
  const heapAfter = (await real.settled()).heapMB;
  // What the rooms give back when they unload (the heap before them still held earlier scenarios' rooms).
  const perRoomKB = ((heapLoaded - heapAfter) * 1024) / P.idleRooms;
  rows.push([`memory per idle room, freed when it unloads (27-node design, one watcher each; ${P.idleRooms} rooms; heap ${heapLoaded.toFixed(0)} MB loaded → ${heapAfter.toFixed(0)} MB 3 s after everyone left: rooms unload)`, `${perRoomKB.toFixed(0)} kB`, '—', '—', '—', '—', 'printed; empty rooms unloaded', heapAfter < heapLoaded ? 'met' : 'NOT MET', '']);
  real.kill();
  bare.kill();
} finally {
  await rm(dir, { recursive: true, force: true });
}

/**
 * A person joining by a watch link in a fresh browser: the studio is loaded first (not timed), then
 * from their click on "Join to watch" until the canvas holds every card and a frame has been painted.
 */
async function browserJoins(design: Design, times: number): Promise<number[]> {
  const dist = join(root, 'dist');
  if (!existsSync(join(dist, 'index.html'))) build(dist);
  const web = await spawnServer(['real', join(dir, 'web'), '', 'web', dist]);
  const { room, viewToken: token } = await createRoom(web.url, design);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const samples: number[] = [];
  try {
    for (let i = 0; i < times; i++) {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      const page = await context.newPage();
      await page.goto(`${web.url}/#room=${room}&token=${token}&watch`);
      const dialog = page.getByRole('dialog', { name: 'Live session' });
      await dialog.getByRole('textbox', { name: 'Your name' }).fill(`Watcher ${i + 1}`);
      const join = dialog.getByRole('button', { name: 'Join to watch' });
      await join.evaluate((button) => button.addEventListener('click', () => ((window as unknown as { t0: number }).t0 = performance.now()), { capture: true, once: true }));
      await join.click();
      const handle = await page.waitForFunction(
        () => {
          const w = window as unknown as { t0?: number; t1?: number };
          // 0 (falsy) keeps Playwright polling.
          if (w.t0 === undefined || document.querySelectorAll('.react-flow__node').length < 500) return 0;
          w.t1 ??= performance.now();
          // The frame after the one where the cards appeared: they have been painted.
          return new Promise<number>((r) => requestAnimationFrame(() => r(w.t1! - w.t0!)));
        },
        undefined,
        { polling: 'raf', timeout: 60_000 },
      );
      samples.push(Number(await handle.jsonValue()));
      await context.close();
    }
  } finally {
    await browser.close();
    web.kill();
  }
  return samples;
}

function applyDesignDoc(design: Design): Y.Doc {
  const doc = new Y.Doc();
  applyDesignToDoc(doc, undefined, design, null);
  return doc;
}

const header = ['Scenario', 'Median', 'p95', 'Max', 'Bare relay median', 'Ratio', 'Aim', 'Met'];
const table = [header, header.map(() => '---'), ...rows.map((r) => r.slice(0, 8))].map((r) => `| ${r.join(' | ')} |`).join('\n');
const section = `<!-- rooms-bench:start -->
## Live rooms (\`npm run bench:rooms${quick ? ' -- --quick' : ''}\`)

- Date: ${new Date().toISOString()}; Node ${process.version}; load average at the end: ${(await import('node:os')).loadavg().map((x) => x.toFixed(2)).join(', ')}
- Clients: real Hocuspocus providers in ${THREADS} worker thread${THREADS > 1 ? 's' : ''} of one Node process (\`--client-threads N\`); servers in their own processes, on loopback. Latency = an edit's timestamp to its arrival at another client of the room. Ratio = p95 against a bare Hocuspocus relay (no auth, validation or persistence) in the same run.

${table}
<!-- rooms-bench:end -->
`;
console.log(table);
const resultsFile = join(root, 'bench/results.md');
const current = await readFile(resultsFile, 'utf8').catch(() => '# Benchmark results\n');
const kept = current.replace(/\n?<!-- rooms-bench:start -->[\s\S]*<!-- rooms-bench:end -->\n?/, '\n');
await writeFile(resultsFile, `${kept.trimEnd()}\n\n${section}`);
log('wrote the rooms section of bench/results.md');
process.exit(0);
