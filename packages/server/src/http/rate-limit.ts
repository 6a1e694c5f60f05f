import type { ServerResponse } from 'node:http';
import Redis from 'ioredis';
import type { Logger } from 'pino';

export interface RateLimitResult {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Milliseconds until the window resets. */
  resetMs: number;
}

/** Fixed-window counters: in process, or in Redis so that replicas share them. */
export interface RateLimiter {
  readonly kind: 'memory' | 'redis';
  /** Counts one hit: at once in process, through a promise from Redis. */
  hit(key: string, limit: number, windowMs: number): RateLimitResult | Promise<RateLimitResult>;
  close(): Promise<void>;
}

function result(count: number, limit: number, resetMs: number): RateLimitResult {
  return { allowed: count <= limit, limit, remaining: Math.max(0, limit - count), resetMs: Math.max(0, resetMs) };
}

export function memoryRateLimiter(): RateLimiter {
  const windows = new Map<string, { count: number; resetAt: number }>();
  let sweeps = 0;
  return {
    kind: 'memory',
    hit(key, limit, windowMs) {
      const now = Date.now();
      if ((sweeps += 1) % 1000 === 0) {
        for (const [k, w] of windows) if (w.resetAt <= now) windows.delete(k);
      }
      let window = windows.get(key);
      if (!window || window.resetAt <= now) {
        window = { count: 0, resetAt: now + windowMs };
        windows.set(key, window);
      }
      window.count += 1;
      return result(window.count, limit, window.resetAt - now);
    },
    async close() {
      windows.clear();
    },
  };
}

// INCR and set the expiry on the first hit, atomically; returns the count and the time left.
const HIT_SCRIPT = `
local count = redis.call('INCR', KEYS[1])
if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]); ttl = tonumber(ARGV[1]) end
return {count, ttl}`;

export function redisRateLimiter(url: string, prefix: string, logger: Logger): RateLimiter {
  const redis = new Redis(url, { lazyConnect: false, maxRetriesPerRequest: 1, enableOfflineQueue: true, connectTimeout: 2000 });
  let warned = false;
  redis.on('error', (error: Error) => {
    if (!warned) logger.warn({ err: error }, 'Redis unreachable: rate limits fail open until it answers');
    warned = true;
  });
  redis.on('ready', () => {
    warned = false;
  });
  const memory = memoryRateLimiter();
  return {
    kind: 'redis',
    async hit(key, limit, windowMs) {
      try {
        const [count, ttl] = (await redis.eval(HIT_SCRIPT, 1, `${prefix}rl:${key}`, String(windowMs))) as [number, number];
        return result(count, limit, ttl);
      } catch (error) {
        // Redis down: limit each replica on its own rather than refuse every request.
        if (!warned) logger.warn({ err: error }, 'Redis rate limit failed; counting in process');
        warned = true;
        return memory.hit(key, limit, windowMs);
      }
    },
    async close() {
      await memory.close();
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}

/** Sets the IETF RateLimit headers (draft-ietf-httpapi-ratelimit-headers) and, when refused, Retry-After. */
export function setRateLimitHeaders(res: ServerResponse, outcome: RateLimitResult, windowSeconds: number): void {
  const reset = Math.ceil(outcome.resetMs / 1000);
  res.setHeader('RateLimit-Limit', outcome.limit);
  res.setHeader('RateLimit-Remaining', outcome.remaining);
  res.setHeader('RateLimit-Reset', reset);
  res.setHeader('RateLimit-Policy', `${outcome.limit};w=${windowSeconds}`);
  if (!outcome.allowed) res.setHeader('Retry-After', Math.max(1, reset));
}
