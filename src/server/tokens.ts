import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { mkdir, open, readFile } from 'node:fs/promises';
import { join } from 'node:path';

export type Role = 'edit' | 'view';

/** 18 random bytes: 144 bits, above the 128 the contract promises, and 24 URL-safe characters. */
const ROOM_BYTES = 18;
const ROOM_ID = /^[A-Za-z0-9_-]{24}$/;

export const newRoomId = (): string => randomBytes(ROOM_BYTES).toString('base64url');

/** Room ids name files on disk, so anything else is refused before it reaches a path. */
export const isRoomId = (value: string): boolean => ROOM_ID.test(value);

/**
 * Tokens are HMACs of the room id and role under a secret kept in the data directory, so the server
 * stores no tokens at all, and every instance sharing that directory accepts the same links.
 */
export class Tokens {
  private constructor(private readonly secret: Buffer) {}

  static async inDataDir(dataDir: string): Promise<Tokens> {
    await mkdir(dataDir, { recursive: true });
    const file = join(dataDir, 'secret');
    try {
      // 'wx': two instances starting at once on one directory must not each write their own secret.
      const handle = await open(file, 'wx', 0o600);
      try {
        await handle.writeFile(randomBytes(32).toString('hex'));
        await handle.sync();
      } finally {
        await handle.close();
      }
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    let hex = '';
    // A second instance can read the file between its creation and the write: wait for the write.
    for (let attempt = 0; hex.length < 64 && attempt < 50; attempt++) {
      hex = (await readFile(file, 'utf8')).trim();
      if (hex.length < 64) await new Promise((r) => setTimeout(r, 20));
    }
    if (!/^[0-9a-f]{64}$/.test(hex)) throw new Error(`${file} does not hold a 64-digit hex secret`);
    return new Tokens(Buffer.from(hex, 'hex'));
  }

  /** `role` is 'edit' or 'view' for a plain room; interview rooms mint their own roles (server/interview.ts). */
  tokenFor(room: string, role: Role | 'host' | 'candidate' | 'watcher'): string {
    return createHmac('sha256', this.secret).update(`${role}\n${room}`).digest('base64url');
  }

  /** The role a token grants in a room, or undefined for anything else (wrong room, forged, empty). */
  roleOf(room: string, token: string): Role | undefined {
    const given = Buffer.from(token, 'utf8');
    for (const role of ['edit', 'view'] as const) {
      const expected = Buffer.from(this.tokenFor(room, role), 'utf8');
      if (given.length === expected.length && timingSafeEqual(given, expected)) return role;
    }
    return undefined;
  }
}
