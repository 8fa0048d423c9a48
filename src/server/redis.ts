import { Redis } from '@hocuspocus/extension-redis';
import type { Extension } from '@hocuspocus/server';
import type { Logger } from './logger';

const GIVE_UP_MS = 2000;

/**
 * Hocuspocus' Redis extension, made safe to lose Redis: its hooks never throw (a rejected hook from a
 * timer would end the process), a room still loads when Redis does not answer, and the lock it takes
 * before storing is skipped: each instance writes its own files (see storage.ts), so there is no write
 * to serialise. The ready check is off: with it, ioredis' subscriber never becomes ready.
 */
export function redisExtension(url: string, instanceId: string, logger: Logger): Extension {
  const parsed = new URL(url);
  if (parsed.protocol !== 'redis:') throw new Error(`--redis ${url}: expected redis://host:port`);
  let down = false;
  const options = {
    enableReadyCheck: false,
    maxRetriesPerRequest: 1,
    retryStrategy: (times: number) => Math.min(times * 200, 2000),
    password: parsed.password || undefined,
    username: parsed.username || undefined,
  };
  const redis = new Redis({
    host: parsed.hostname || '127.0.0.1',
    port: Number(parsed.port || 6379),
    identifier: `mlsd-${instanceId}`,
    prefix: 'mlsd-rooms',
    options,
  });
  for (const client of [redis.pub, redis.sub]) {
    client.on('error', (e: NodeJS.ErrnoException) => {
      if (!down) logger.error('redis-unavailable', { code: e.code ?? e.name, serving: 'rooms held by this instance' });
      down = true;
    });
    client.on('ready', () => {
      if (down) logger.info('redis-back');
      down = false;
    });
  }

  const guarded = <T>(hook: string, run: () => Promise<T>, timeoutMs = 0): Promise<T | undefined> => {
    const work = run().catch((e: unknown) => {
      logger.warn('redis-hook-failed', { hook, error: e instanceof Error ? e.name : 'error' });
      return undefined;
    });
    if (!timeoutMs) return work;
    let timer: number | NodeJS.Timeout | undefined;
    const giveUp = new Promise<undefined>((r) => {
      timer = setTimeout(r, timeoutMs) as number | NodeJS.Timeout;
    });
    return Promise.race([work, giveUp]).finally(() => clearTimeout(timer));
  };

  return {
    extensionName: 'mlsd-redis',
    priority: 1000,
    onConfigure: (data) => guarded('onConfigure', () => redis.onConfigure(data)),
    afterLoadDocument: (data) => guarded('afterLoadDocument', () => redis.afterLoadDocument(data), GIVE_UP_MS),
    onChange: (data) => guarded('onChange', () => redis.onChange(data)),
    onAwarenessUpdate: (data) => guarded('onAwarenessUpdate', () => redis.onAwarenessUpdate(data)),
    beforeBroadcastStateless: (data) => guarded('beforeBroadcastStateless', () => redis.beforeBroadcastStateless(data)),
    beforeUnloadDocument: (data) => guarded('beforeUnloadDocument', () => redis.beforeUnloadDocument(data)),
    afterUnloadDocument: (data) => guarded('afterUnloadDocument', () => redis.afterUnloadDocument(data)),
    onDestroy: () => guarded('onDestroy', () => redis.onDestroy()),
  };
}
