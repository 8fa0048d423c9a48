import { randomBytes } from 'node:crypto';
import * as nodeFs from 'node:fs/promises';
import { join } from 'node:path';
import * as Y from 'yjs';
import type { Logger } from './logger';

/** The file operations storage uses; tests swap in failing ones to play a full disk. */
export interface StorageIo {
  open: typeof nodeFs.open;
  rename: typeof nodeFs.rename;
  readdir: (dir: string) => Promise<string[]>;
  readFile: (file: string) => Promise<Buffer>;
  rm: (file: string) => Promise<void>;
  mkdir: (dir: string) => Promise<unknown>;
}

const nodeIo: StorageIo = {
  open: nodeFs.open,
  rename: nodeFs.rename,
  readdir: (dir) => nodeFs.readdir(dir),
  readFile: (file) => nodeFs.readFile(file),
  rm: (file) => nodeFs.rm(file, { force: true }),
  mkdir: (dir) => nodeFs.mkdir(dir, { recursive: true }),
};

interface RoomLog {
  gen: number;
  handle?: nodeFs.FileHandle;
  handleGen?: number;
  pending: { gen: number; bytes: Buffer; seq: number }[];
  appended: number;
  durable: number;
  waiters: { seq: number; resolve: () => void }[];
  writing?: Promise<void>;
}

const RETRY_MIN_MS = 100;
const RETRY_MAX_MS = 5000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Rooms on disk: `rooms/<room>/<instance>.snap` (a Yjs state, replaced atomically) and
 * `rooms/<room>/<instance>.<gen>.log` (every update since that snapshot, appended and fsynced before the
 * sender is acknowledged). A room loads from every instance's files merged, so instances sharing the
 * directory never overwrite each other, and a log replayed twice changes nothing (Yjs updates are idempotent).
 * A write that fails is retried with backoff until it succeeds; the document stays in memory meanwhile.
 */
export class RoomStorage {
  private readonly logs = new Map<string, RoomLog>();
  private closed = false;

  constructor(
    private readonly dataDir: string,
    private readonly instance: string,
    private readonly logger: Logger,
    private readonly io: StorageIo = nodeIo,
  ) {
    if (!/^[A-Za-z0-9_-]{1,64}$/.test(instance)) throw new Error(`instance id "${instance}": use 1-64 letters, digits, _ or -`);
  }

  roomDir(room: string): string {
    return join(this.dataDir, 'rooms', room);
  }

  async exists(room: string): Promise<boolean> {
    try {
      return (await this.io.readdir(this.roomDir(room))).length > 0;
    } catch {
      return false;
    }
  }

  /** Writes a new room's first snapshot; the room exists once this resolves. */
  async create(room: string, state: Uint8Array): Promise<void> {
    await this.io.mkdir(this.roomDir(room));
    await this.writeAtomically(join(this.roomDir(room), `${this.instance}.snap`), state);
  }

  /** Everything stored for the room as one update, or null when the room has no files. */
  async load(room: string): Promise<Uint8Array | null> {
    let names: string[];
    try {
      names = await this.io.readdir(this.roomDir(room));
    } catch {
      return null;
    }
    const updates: Uint8Array[] = [];
    let ownGen = 0;
    for (const name of names.sort()) {
      const file = join(this.roomDir(room), name);
      if (name.endsWith('.snap')) updates.push(await this.io.readFile(file));
      else if (name.endsWith('.log')) {
        updates.push(...readLog(await this.io.readFile(file)));
        const own = name.match(new RegExp(`^${this.instance}\\.(\\d+)\\.log$`));
        if (own) ownGen = Math.max(ownGen, Number(own[1]));
      }
    }
    if (!updates.length) return null;
    this.logs.set(room, this.logs.get(room) ?? { gen: ownGen + 1, pending: [], appended: 0, durable: 0, waiters: [] });
    return Y.mergeUpdates(updates);
  }

  /** Queues an update for the room's log; `durable(room)` resolves once it is on disk. */
  append(room: string, update: Uint8Array): void {
    const log = this.logFor(room);
    const framed = Buffer.alloc(4 + update.byteLength);
    framed.writeUInt32BE(update.byteLength, 0);
    framed.set(update, 4);
    log.pending.push({ gen: log.gen, bytes: framed, seq: ++log.appended });
    log.writing ??= this.writeLog(room, log);
  }

  /** Resolves when every update appended to the room so far is fsynced. */
  durable(room: string): Promise<void> {
    const log = this.logs.get(room);
    if (!log || log.durable >= log.appended) return Promise.resolve();
    const seq = log.appended;
    return new Promise((resolve) => log.waiters.push({ seq, resolve }));
  }

  /**
   * Replaces the instance's snapshot with `encode()` and drops the logs it covers. The log generation
   * moves on before encoding, so an update appended meanwhile lands in a log this call keeps.
   */
  async snapshot(room: string, encode: () => Uint8Array): Promise<void> {
    const log = this.logFor(room);
    const covered = log.gen;
    log.gen += 1;
    const state = encode();
    await this.retry('snapshot', room, () => this.writeAtomically(join(this.roomDir(room), `${this.instance}.snap`), state));
    while (log.writing) await log.writing;
    if (log.handle && (log.handleGen ?? 0) <= covered) await this.closeHandle(log);
    const names = await this.io.readdir(this.roomDir(room)).catch(() => [] as string[]);
    for (const name of names) {
      const own = name.match(new RegExp(`^${this.instance}\\.(\\d+)\\.log$`));
      if (own && Number(own[1]) <= covered) await this.io.rm(join(this.roomDir(room), name)).catch(() => undefined);
    }
  }

  /** Closes the room's log file once its writes are done (the room was unloaded). */
  async release(room: string): Promise<void> {
    const log = this.logs.get(room);
    if (!log) return;
    while (log.writing) await log.writing;
    if (log.pending.length === 0) {
      await this.closeHandle(log);
      this.logs.delete(room);
    }
  }

  /** Waits for queued writes (they keep retrying until then), then stops retrying. */
  async close(): Promise<void> {
    for (const log of this.logs.values()) while (log.writing) await log.writing;
    this.closed = true;
    for (const log of this.logs.values()) await this.closeHandle(log);
    this.logs.clear();
  }

  private logFor(room: string): RoomLog {
    let log = this.logs.get(room);
    if (!log) {
      log = { gen: 1, pending: [], appended: 0, durable: 0, waiters: [] };
      this.logs.set(room, log);
    }
    return log;
  }

  private async writeLog(room: string, log: RoomLog): Promise<void> {
    while (log.pending.length) {
      const batch = log.pending.splice(0);
      for (const gen of [...new Set(batch.map((e) => e.gen))]) {
        const bytes = Buffer.concat(batch.filter((e) => e.gen === gen).map((e) => e.bytes));
        await this.retry('log', room, async () => {
          if (log.handle && log.handleGen !== gen) await this.closeHandle(log);
          if (!log.handle) {
            await this.io.mkdir(this.roomDir(room));
            log.handle = await this.io.open(join(this.roomDir(room), `${this.instance}.${gen}.log`), 'a');
            log.handleGen = gen;
          }
          await log.handle.write(bytes);
          await log.handle.datasync();
        });
      }
      log.durable = batch[batch.length - 1].seq;
      const ready = log.waiters.filter((w) => w.seq <= log.durable);
      log.waiters = log.waiters.filter((w) => w.seq > log.durable);
      for (const w of ready) w.resolve();
    }
    log.writing = undefined;
  }

  private async closeHandle(log: RoomLog): Promise<void> {
    const handle = log.handle;
    log.handle = undefined;
    await handle?.close().catch(() => undefined);
  }

  private async retry(op: string, room: string, write: () => Promise<void>): Promise<void> {
    for (let wait = RETRY_MIN_MS; ; wait = Math.min(wait * 2, RETRY_MAX_MS)) {
      try {
        await write();
        return;
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code ?? 'error';
        if (this.closed) throw new Error(`storage closed with room ${room} unsaved (${op}: ${code})`);
        this.logger.error('storage-error', { room, op, code, retryInMs: wait });
        await sleep(wait);
      }
    }
  }

  /** Temp file, fsync, rename, fsync of the directory: a failed write never truncates the good file. */
  private async writeAtomically(file: string, bytes: Uint8Array): Promise<void> {
    const temp = `${file}.${randomBytes(6).toString('hex')}.tmp`;
    let handle: nodeFs.FileHandle | undefined;
    try {
      handle = await this.io.open(temp, 'w');
      await handle.writeFile(bytes);
      await handle.sync();
      await handle.close();
      handle = undefined;
      await this.io.rename(temp, file);
    } catch (e) {
      await handle?.close().catch(() => undefined);
      await this.io.rm(temp).catch(() => undefined);
      throw e;
    }
    const dir = await this.io.open(join(file, '..'), 'r');
    try {
      await dir.sync();
    } finally {
      await dir.close();
    }
  }
}

/** Log records are length-prefixed; a record cut short by a crash mid-append is ignored. */
function readLog(bytes: Buffer): Uint8Array[] {
  const updates: Uint8Array[] = [];
  for (let at = 0; at + 4 <= bytes.length; ) {
    const length = bytes.readUInt32BE(at);
    if (at + 4 + length > bytes.length) break;
    updates.push(bytes.subarray(at + 4, at + 4 + length));
    at += 4 + length;
  }
  return updates;
}
