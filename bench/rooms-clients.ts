// The load bench's clients, in worker threads (`npm run bench:rooms -- --client-threads N`, one by
// default): fifty people in one room are fifty machines, and one thread playing all of them spends its
// time in the providers' presence handling (each cursor update is decoded by every client and echoed
// back). With cores to spare, more threads let the clients measure the server; on 2 cores a second
// thread takes the server's core. Each thread runs real Hocuspocus providers; the main thread drives
// them in phases through `ClientPool`.
import { isMainThread, parentPort, Worker } from 'node:worker_threads';
import * as Y from 'yjs';
import type { Design } from '../src/core/document';
import { applyDesignToDoc, yDocToDesign } from '../src/core/sync';
import { nodesOf } from '../src/core/sync/layout';
import { connectClient, type TestClient } from '../src/server/test-clients';

/** One client of the bench: room r, its i-th member, connected to url. */
export interface ClientSpec {
  url: string;
  room: string;
  token: string;
  r: number;
  i: number;
  /** Writes the design into the room first (a bare relay has no room API). */
  seed?: Design;
}

interface Calls {
  connect(specs: ClientSpec[]): Promise<void>;
  addCards(): void;
  /** True once every client of this thread sees `nodes` cards. */
  holds(nodes: number): boolean;
  start(rate: number, cursorsHz: number): void;
  stop(): void;
  /** Each client's design as JSON, keyed `r/i`. */
  designs(): Record<string, string>;
  /** Edit → seen latencies since start, in ms; then the clients leave. */
  finish(): number[];
}

const now = () => performance.timeOrigin + performance.now();

function serve(): void {
  let clients: { spec: ClientSpec; c: TestClient }[] = [];
  let samples: number[] = [];
  let timers: ReturnType<typeof setInterval>[] = [];
  const calls: Calls = {
    async connect(specs) {
      clients = specs.map((spec) => ({ spec, c: connectClient(spec.url, spec.room, spec.token) }));
      for (const { spec, c } of clients) if (spec.seed) applyDesignToDoc(c.doc, undefined, spec.seed, 'seed');
      await Promise.all(clients.map(({ c }) => c.synced(120_000)));
    },
    addCards() {
      for (const { spec, c } of clients) {
        const prev = c.design();
        applyDesignToDoc(c.doc, prev, { ...prev, nodes: [...prev.nodes, { id: `c${spec.r}-${spec.i}`, kind: 'cache', props: {} }] }, 'bench');
        nodesOf(c.doc).observeDeep((events, tx) => {
          if (tx.local) return;
          for (const e of events) {
            const sent = e.target instanceof Y.Map && (e as Y.YMapEvent<unknown>).keysChanged?.has('notes') ? Number(e.target.get('notes')) : NaN;
            if (Number.isFinite(sent) && sent > 0) samples.push(now() - sent);
          }
        });
      }
    },
    holds: (nodes) => clients.every(({ c }) => nodesOf(c.doc).size === nodes),
    start(rate, cursorsHz) {
      samples = [];
      for (const { spec, c } of clients) {
        const node = () => nodesOf(c.doc).get(`c${spec.r}-${spec.i}`) as Y.Map<unknown>;
        setTimeout(() => timers.push(setInterval(() => node().set('notes', String(now())), 1000 / rate)), Math.random() * (1000 / rate));
        if (cursorsHz) timers.push(setInterval(() => c.provider.setAwarenessField('cursor', { x: Math.random() * 1000, y: Math.random() * 1000 }), 1000 / cursorsHz));
      }
    },
    stop() {
      timers.forEach(clearInterval);
      timers = [];
    },
    designs: () => Object.fromEntries(clients.map(({ spec, c }) => [`${spec.r}/${spec.i}`, JSON.stringify(yDocToDesign(c.doc))])),
    finish() {
      clients.forEach(({ c }) => c.destroy());
      clients = [];
      return samples;
    },
  };
  parentPort!.on('message', async ({ id, method, args }: { id: number; method: keyof Calls; args: unknown[] }) => {
    try {
      const result = await (calls[method] as (...a: unknown[]) => unknown)(...args);
      parentPort!.postMessage({ id, result });
    } catch (e) {
      parentPort!.postMessage({ id, error: e instanceof Error ? e.message : String(e) });
    }
  });
}

// A worker thread does not inherit tsx's loader on Node 20: the thread loads this file through tsx's API.
const THREAD_ENTRY = `import { tsImport } from 'tsx/esm/api'; await tsImport(${JSON.stringify(import.meta.url)}, ${JSON.stringify(import.meta.url)});`;

type Remote = { [K in keyof Calls]: (...args: Parameters<Calls[K]>) => Promise<Awaited<ReturnType<Calls[K]>>> };

/** `threads` worker threads of clients; every call goes to all of them. */
export class ClientPool {
  private readonly workers: Worker[];
  private readonly remotes: Remote[];

  constructor(threads: number) {
    this.workers = Array.from({ length: threads }, () => new Worker(THREAD_ENTRY, { eval: true }));
    this.remotes = this.workers.map((worker) => {
      let next = 0;
      const waiting = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
      worker.on('message', ({ id, result, error }: { id: number; result?: unknown; error?: string }) => {
        const w = waiting.get(id)!;
        waiting.delete(id);
        if (error !== undefined) w.reject(new Error(`bench client thread: ${error}`));
        else w.resolve(result);
      });
      worker.on('error', (e) => waiting.forEach((w) => w.reject(e)));
      return new Proxy({} as Remote, {
        get: (_t, method: string) =>
          (...args: unknown[]) =>
            new Promise((resolve, reject) => {
              const id = next++;
              waiting.set(id, { resolve, reject });
              worker.postMessage({ id, method, args });
            }),
      });
    });
  }

  /** Spreads the clients over the threads, members of one room on different threads where there are enough. */
  async connect(specs: ClientSpec[]): Promise<void> {
    const shares: ClientSpec[][] = this.workers.map(() => []);
    specs.forEach((spec, k) => shares[k % shares.length].push(spec));
    await Promise.all(this.remotes.map((r, k) => r.connect(shares[k])));
  }

  addCards = () => Promise.all(this.remotes.map((r) => r.addCards()));
  holds = async (nodes: number) => (await Promise.all(this.remotes.map((r) => r.holds(nodes)))).every(Boolean);
  start = (rate: number, cursorsHz: number) => Promise.all(this.remotes.map((r) => r.start(rate, cursorsHz)));
  stop = () => Promise.all(this.remotes.map((r) => r.stop()));
  designs = async () => Object.assign({}, ...(await Promise.all(this.remotes.map((r) => r.designs())))) as Record<string, string>;
  finish = async () => (await Promise.all(this.remotes.map((r) => r.finish()))).flat();

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

/** Polls until `condition` holds. */
export async function until(condition: () => Promise<boolean>, what: string, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > end) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

if (!isMainThread) serve();
