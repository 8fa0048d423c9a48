import type { IncomingMessage, ServerResponse } from 'node:http';
import * as Y from 'yjs';
import { formatIssue, restore } from '../core/document';
import { readSessionOptions, writeSession } from '../core/interview/room';
import { designToYDoc } from '../core/sync';
import { Bucket } from './bucket';
import { readBody, sendJson } from './http';
import type { Interviews } from './interview';
import type { Logger } from './logger';
import type { RoomStorage } from './storage';
import { newRoomId } from './tokens';

export interface InterviewsApiOptions {
  storage: RoomStorage;
  interviews: Interviews;
  logger: Logger;
  maxDesignBytes: number;
  roomsPerMinutePerIp: number;
}

/**
 * `POST /api/interviews` with `{ design, interview: { minutes, hints, prompt? } }`: a new interview room
 * seeded with the design and its session, and three tokens (host, candidate, watcher). `/api/rooms` is
 * unchanged; only the host's token may change the session or end the interview.
 */
export function interviewsApi(options: InterviewsApiOptions) {
  const buckets = new Map<string, Bucket>();
  return async function handle(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
    if ((req.url ?? '/').split('?')[0] !== '/api/interviews') return false;
    if (req.method !== 'POST') {
      sendJson(res, 405, { error: 'interviews are created with POST; they cannot be listed' }, { Allow: 'POST' });
      return true;
    }
    const ip = req.socket.remoteAddress ?? 'unknown';
    if (buckets.size > 10_000) buckets.clear();
    const bucket = buckets.get(ip) ?? new Bucket(options.roomsPerMinutePerIp / 60, options.roomsPerMinutePerIp);
    buckets.set(ip, bucket);
    if (!bucket.take()) {
      sendJson(res, 429, { error: 'too many rooms created from this address; try again in a minute' });
      return true;
    }
    const body = await readBody(req, options.maxDesignBytes);
    if (body === null) {
      sendJson(res, 413, { error: `the request is larger than ${options.maxDesignBytes} bytes` }, { Connection: 'close' });
      return true;
    }
    let json: { design?: unknown; interview?: unknown };
    try {
      json = JSON.parse(body.toString('utf8')) as typeof json;
      if (typeof json !== 'object' || json === null) throw new Error('expected an object { design, interview }');
    } catch (e) {
      sendJson(res, 400, { error: 'the body is not a JSON object', errors: [`(root): ${e instanceof Error ? e.message : 'invalid JSON'}`] });
      return true;
    }
    const session = readSessionOptions(json.interview);
    const result = restore(json.design);
    const errors = [...(session.ok ? [] : session.errors), ...(result.ok ? [] : result.errors.map((e) => `design.${formatIssue(e)}`))];
    if (!session.ok || !result.ok) {
      sendJson(res, 400, { error: 'the body is not a valid interview', errors });
      return true;
    }
    const room = newRoomId();
    const doc = designToYDoc(result.design);
    writeSession(doc, { ...session.options, locked: false, ended: false });
    await options.interviews.create(room);
    await options.storage.create(room, Y.encodeStateAsUpdate(doc));
    doc.destroy();
    options.logger.info('interview-created', { room, ip, nodes: result.design.nodes.length });
    sendJson(res, 201, { room, ...options.interviews.tokensFor(room) });
    return true;
  };
}
