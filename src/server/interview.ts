import { randomUUID, timingSafeEqual } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Extension } from '@hocuspocus/server';
import * as Y from 'yjs';
import { INTERVIEW_ROLES, SESSION, judgeUpdate, readSession, type InterviewRole } from '../core/interview/room';
import type { Logger } from './logger';
import type { Role, Tokens } from './tokens';

/** Close code and reason a candidate or watcher gets when the host ends the interview. */
export const INTERVIEW_ENDED = { code: 4410, reason: 'interview-ended' } as const;

const BASE_ROLE: Readonly<Record<InterviewRole, Role>> = { host: 'edit', candidate: 'edit', watcher: 'view' };

interface Mark {
  ended: boolean;
}

/**
 * Interview rooms on the server: their three tokens, who may touch the session, and revocation. A room is
 * an interview when `interviews/<room>.json` exists in the data directory; the file also records the end,
 * so every instance sharing the directory refuses an ended room's candidate and watcher tokens, across
 * restarts. Roles are remembered per socket (keyed by the socket's own role map, one per WebSocket).
 */
export class Interviews {
  private readonly roles = new WeakMap<object, Map<string, InterviewRole>>();

  constructor(
    private readonly dataDir: string,
    private readonly tokens: Tokens,
    private readonly logger: Logger,
  ) {}

  private file(room: string) {
    return join(this.dataDir, 'interviews', `${room}.json`);
  }

  tokensFor(room: string): Record<`${InterviewRole}Token`, string> {
    return {
      hostToken: this.tokens.tokenFor(room, 'host'),
      candidateToken: this.tokens.tokenFor(room, 'candidate'),
      watcherToken: this.tokens.tokenFor(room, 'watcher'),
    };
  }

  async create(room: string): Promise<void> {
    await this.write(room, { ended: false });
  }

  private async read(room: string): Promise<Mark | undefined> {
    try {
      return JSON.parse(await readFile(this.file(room), 'utf8')) as Mark;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw e;
    }
  }

  private async write(room: string, mark: Mark): Promise<void> {
    await mkdir(join(this.dataDir, 'interviews'), { recursive: true });
    // Every instance on the shared directory records the end at once: each writes its own temporary file.
    const tmp = `${this.file(room)}.${randomUUID()}.tmp`;
    await writeFile(tmp, JSON.stringify(mark));
    await rename(tmp, this.file(room));
  }

  /**
   * The base role an interview token grants (and the interview role, remembered for the socket), or
   * undefined when the token is not one of this room's. Throws Hocuspocus' refusal for a revoked token.
   */
  async authenticate(room: string, token: string, socket: object): Promise<Role | undefined> {
    const given = Buffer.from(token, 'utf8');
    const role = INTERVIEW_ROLES.find((r) => {
      const expected = Buffer.from(this.tokens.tokenFor(room, r), 'utf8');
      return given.length === expected.length && timingSafeEqual(given, expected);
    });
    if (!role) return undefined;
    const mark = await this.read(room);
    if (!mark) return undefined;
    if (mark.ended && role !== 'host') throw { reason: INTERVIEW_ENDED.reason };
    let rooms = this.roles.get(socket);
    if (!rooms) this.roles.set(socket, (rooms = new Map()));
    rooms.set(room, role);
    return BASE_ROLE[role];
  }

  /** Why the socket may not make an update touching `touched` in `room`, or undefined (also for plain rooms). */
  judge(room: string, socket: object, before: Y.Doc, touched: ReadonlySet<string>): string | undefined {
    const role = this.roles.get(socket)?.get(room);
    return role ? judgeUpdate(role, readSession(before), touched) : undefined;
  }

  /** Watches each interview room for its end: records it, then closes the candidate's and watchers' connections. */
  extension(): Extension {
    const read = (room: string) => this.read(room);
    const write = (room: string, mark: Mark) => this.write(room, mark);
    const roleOf = (socket: object, room: string) => this.roles.get(socket)?.get(room);
    const logger = this.logger;
    return {
      extensionName: 'mlsd-interviews',
      async afterLoadDocument({ documentName, document, instance }) {
        const mark = await read(documentName);
        if (!mark) return;
        let ending: Promise<void> | undefined;
        const onSession = () => {
          if (ending || !readSession(document).ended) return;
          ending = (async () => {
            try {
              if (!mark.ended) await write(documentName, { ended: true });
              logger.info('interview-ended', { room: documentName });
            } finally {
              // Even when the record could not be written, the people on this instance leave the ended room.
              for (const connection of instance.documents.get(documentName)?.getConnections() ?? []) {
                const socket = (connection.context as { roles?: object } | undefined)?.roles;
                const role = socket && roleOf(socket, documentName);
                if (role !== 'host') connection.close(INTERVIEW_ENDED);
              }
            }
          })().catch((e: unknown) => logger.error('interview-end-failed', { room: documentName, error: e instanceof Error ? e.name : 'error' }));
        };
        document.getMap(SESSION).observe(onSession);
        onSession();
      },
    };
  }
}
