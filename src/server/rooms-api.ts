import type { IncomingMessage, ServerResponse } from 'node:http';
import * as Y from 'yjs';
import { formatIssue, restore } from '../core/document';
import { designToYDoc } from '../core/sync';
import { Bucket } from './bucket';
import { readBody, sendJson } from './http';
import type { Logger } from './logger';
import type { RoomStorage } from './storage';
import { newRoomId, type Tokens } from './tokens';

export interface RoomsApiOptions {
  storage: RoomStorage;
  tokens: Tokens;
  logger: Logger;
  maxDesignBytes: number;
  roomsPerMinutePerIp: number;
}

/** `POST /api/rooms` with a format-1 design: a new room seeded with it, and its two tokens. Nothing lists rooms. */
export function roomsApi(options: RoomsApiOptions) {
  const buckets = new Map<string, Bucket>();
  const bucketFor = (ip: string) => {
    let bucket = buckets.get(ip);
    if (!bucket) {
      if (buckets.size > 10_000) buckets.clear();
      bucket = new Bucket(options.roomsPerMinutePerIp / 60, options.roomsPerMinutePerIp);
      buckets.set(ip, bucket);
    }
    return bucket;
  };

  return async function handle(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
    const path = (req.url ?? '/').split('?')[0];
    if (path !== '/api/rooms' && !path.startsWith('/api/')) return false;
    if (path !== '/api/rooms') {
      sendJson(res, 404, { error: 'no such endpoint' });
      return true;
    }
    if (req.method !== 'POST') {
      sendJson(res, 405, { error: 'rooms are created with POST; they cannot be listed' }, { Allow: 'POST' });
      return true;
    }
    const ip = req.socket.remoteAddress ?? 'unknown';
    if (!bucketFor(ip).take()) {
      sendJson(res, 429, { error: 'too many rooms created from this address; try again in a minute' });
      return true;
    }
    const body = await readBody(req, options.maxDesignBytes);
    if (body === null) {
      sendJson(res, 413, { error: `the design is larger than ${options.maxDesignBytes} bytes` }, { Connection: 'close' });
      return true;
    }
    let json: unknown;
    try {
      json = JSON.parse(body.toString('utf8'));
    } catch (e) {
      sendJson(res, 400, { error: 'the body is not JSON', errors: [`(root): ${e instanceof Error ? e.message : 'invalid JSON'}`] });
      return true;
    }
    const result = restore(json);
    if (!result.ok) {
      sendJson(res, 400, { error: 'the body is not a valid design', errors: result.errors.map(formatIssue) });
      return true;
    }
    const room = newRoomId();
    const doc = designToYDoc(result.design);
    await options.storage.create(room, Y.encodeStateAsUpdate(doc));
    doc.destroy();
    options.logger.info('room-created', { room, ip, nodes: result.design.nodes.length });
    sendJson(res, 201, { room, editToken: options.tokens.tokenFor(room, 'edit'), viewToken: options.tokens.tokenFor(room, 'view') });
    return true;
  };
}
